namespace MockInterviewer.Server.Errors;

/// <summary>Why a request is refused: a stable code a client can translate, and the English for everyone else.</summary>
public sealed record Refusal(string Code, string Message)
{
    /// <summary>The HubException message: "code: English sentence" (the page reads the code before the first ': ').</summary>
    public string ForHub => $"{Code}: {Message}";
}
