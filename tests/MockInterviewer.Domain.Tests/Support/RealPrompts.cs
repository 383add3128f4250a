using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Reports;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>The repository's own prompts/ folder, loaded once for the tests that use the real files.</summary>
internal static class RealPrompts
{
    private static readonly Lazy<PromptLibrary> Library = new(() => PromptLibrary.Load(RepositoryPaths.Prompts));

    public static PromptLibrary Value => Library.Value;

    public static OfflineGraderSettings GraderSettings { get; } =
        OfflineGraderSettingsLoader.Load(Path.Combine(RepositoryPaths.Prompts, "grading", "offline-grader.yaml"));

    public static AnswerWordCounter Words { get; } =
        new(WordListsLoader.Load(Path.Combine(RepositoryPaths.Prompts, "report", "words.yaml")));

    public static PhraseBook Phrases { get; } =
        PhraseBookLoader.LoadDirectory(Path.Combine(RepositoryPaths.Prompts, "offline"), PromptLibrary.RequiredPhraseKeys);
}
