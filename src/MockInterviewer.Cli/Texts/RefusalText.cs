using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR;

namespace MockInterviewer.Cli.Texts;

/// <summary>Turns a refused hub call into one line in the candidate's language, from the code the server puts first.</summary>
public static partial class RefusalText
{
    public static string? CodeOf(HubException refusal)
    {
        var match = Code().Match(refusal.Message);
        return match.Success ? match.Groups[1].Value : null;
    }

    public static string Of(HubException refusal, Labels labels) =>
        CodeOf(refusal) is { } code && labels.Has("error." + code) ? labels.Text("error." + code) : labels.Text("error.generic");

    // The client's message ends "HubException: code: sentence".
    [GeneratedRegex(@"HubException: ([a-z]+(?:-[a-z]+)*): ")]
    private static partial Regex Code();
}
