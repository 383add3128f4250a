namespace MockInterviewer.Server.Errors;

/// <summary>What a request sent, echoed in an error message: cut, so a huge value never comes back whole.</summary>
public static class ErrorText
{
    public const int MaxEchoChars = 64;

    public static string Echo(string? value)
    {
        if (value is null || value.Length <= MaxEchoChars)
        {
            return value ?? "";
        }

        // Never split a surrogate pair.
        var cut = char.IsHighSurrogate(value[MaxEchoChars - 1]) ? MaxEchoChars - 1 : MaxEchoChars;
        return value[..cut] + "…";
    }
}
