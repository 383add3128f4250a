using System.Security.Cryptography;

namespace MockInterviewer.Llm.Prompts;

/// <summary>
/// The marker lines around text from outside (the candidate's words, a pasted job posting) in a prompt,
/// unguessable per request, so that text cannot close its own block early and go on as if it were the system speaking.
/// </summary>
internal sealed record DataMarkers(string Open, string Close)
{
    public static DataMarkers Create(string what = "CANDIDATE ANSWER")
    {
        var marker = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        return new DataMarkers($"<<<{what} {marker}>>>", $"<<<END OF {what} {marker}>>>");
    }
}
