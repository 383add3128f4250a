using MockInterviewer.Domain;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Tests.Support;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>The repository's own prompts/ folder, loaded once.</summary>
internal static class TestPrompts
{
    private static readonly Lazy<PromptLibrary> Domain = new(() => PromptLibrary.Load(RepositoryPaths.Prompts));
    private static readonly Lazy<LlmPrompts> Llm = new(() => LlmPrompts.Load(RepositoryPaths.Prompts));

    public static PromptLibrary Library => Domain.Value;

    public static LlmPrompts Model => Llm.Value;

    public static OfflineGrader OfflineGrader => new(Library.Bank, Library.GraderSettings);

    public static AssessmentVerifier Verifier => new(new FeedbackWriter(Library.Phrases));

    public static Question Question(string id) => Library.Bank.Questions.Single(q => q.Id == id);
}
