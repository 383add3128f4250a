namespace MockInterviewer.Llm.Prompts;

/// <summary>Every text the model reads, from prompts/llm, loaded and validated together at start-up.</summary>
public sealed record LlmPrompts(
    PromptTemplate Persona,
    PromptTemplate GradingRubric,
    PromptTemplate GradingRequest,
    PromptTemplate Interviewer,
    PromptTemplate Question,
    PromptTemplate FollowUp,
    PromptTemplate Hint,
    PromptTemplate Feedback,
    PromptTemplate ReportSummary,
    PromptTemplate DraftQuestions)
{
    public const string Folder = "llm";

    /// <summary>What every interviewer request starts with (persona, the speaking task): it never changes, so providers' prompt caches hit.</summary>
    public string InterviewerPrefix => Persona.Render() + "\n\n" + Interviewer.Render();

    public static LlmPrompts Load(string promptsRoot)
    {
        var folder = Path.Combine(promptsRoot, Folder);
        PromptTemplate Read(string name) => PromptTemplateLoader.Load(Path.Combine(folder, name + ".yaml"));
        return new LlmPrompts(
            Read("persona"), Read("grading-rubric"), Read("grading-request"),
            Read("interviewer"), Read("question"), Read("follow-up"), Read("hint"), Read("feedback"), Read("report-summary"),
            Read("draft-questions"));
    }
}
