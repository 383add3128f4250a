namespace MockInterviewer.Llm.Configuration;

/// <summary>The keys under which each role's chat completion service is registered.</summary>
public static class ChatModelKeys
{
    public const string Interviewer = "interviewer";
    public const string Grading = "grading";
}
