using System.Security.Cryptography;

namespace MockInterviewer.Llm.Prompts;

/// <summary>
/// The marker lines around the candidate's words in a prompt, unguessable per request, so an answer cannot
/// close its own block early and go on as if it were the system speaking.
/// </summary>
internal sealed record DataMarkers(string Open, string Close)
{
    public static DataMarkers Create()
    {
        var marker = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        return new DataMarkers($"<<<CANDIDATE ANSWER {marker}>>>", $"<<<END OF CANDIDATE ANSWER {marker}>>>");
    }
}
