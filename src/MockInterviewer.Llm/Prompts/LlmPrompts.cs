namespace MockInterviewer.Llm.Prompts;

/// <summary>Every text the model reads, from prompts/llm, loaded and validated together at start-up.</summary>
public sealed class LlmPrompts(
    PromptTemplate persona,
    PromptTemplate gradingRubric,
    PromptTemplate gradingRequest,
    PromptTemplate interviewer,
    PromptTemplate question,
    PromptTemplate followUp,
    PromptTemplate hint,
    PromptTemplate feedback,
    PromptTemplate reportSummary,
    PromptTemplate draftQuestions)
{
    public const string Folder = "llm";

    public PromptTemplate Persona { get; } = persona;

    public PromptTemplate GradingRubric { get; } = gradingRubric;

    public PromptTemplate GradingRequest { get; } = gradingRequest;

    public PromptTemplate Interviewer { get; } = interviewer;

    public PromptTemplate Question { get; } = question;

    public PromptTemplate FollowUp { get; } = followUp;

    public PromptTemplate Hint { get; } = hint;

    public PromptTemplate Feedback { get; } = feedback;

    public PromptTemplate ReportSummary { get; } = reportSummary;

    public PromptTemplate DraftQuestions { get; } = draftQuestions;

    /// <summary>
    /// What every interviewer request starts with (persona, the speaking task): it never changes, so providers' prompt
    /// caches hit. Rendered once: each request used to render both templates anew into a 13 KB string of its own,
    /// which lived as long as the request's stream.
    /// </summary>
    public string InterviewerPrefix { get; } = persona.Render() + "\n\n" + interviewer.Render();

    /// <summary>What every grading request starts with (persona, the rubric), rendered once for the same reasons.</summary>
    public string GradingPrefix { get; } = persona.Render() + "\n\n" + gradingRubric.Render();

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
