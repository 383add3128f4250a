using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tailoring;

namespace MockInterviewer.Domain;

/// <summary>Everything under prompts/ that the domain reads, loaded and validated together at start-up.</summary>
public sealed record PromptLibrary(QuestionBank Bank, PhraseBook Phrases, OfflineGraderSettings GraderSettings, WordLists ReportWords, PostingWords PostingWords)
{
    public static IReadOnlyList<string> RequiredPhraseKeys { get; } =
        [.. FeedbackWriter.PhraseKeys, .. OfflineVoice.PhraseKeys, .. ReportBuilder.PhraseKeys];

    public static PromptLibrary Load(string promptsRoot)
    {
        var bank = QuestionBankLoader.LoadDirectory(Path.Combine(promptsRoot, "bank"));
        var phrases = PhraseBookLoader.LoadDirectory(Path.Combine(promptsRoot, "offline"), RequiredPhraseKeys);
        var grader = OfflineGraderSettingsLoader.Load(Path.Combine(promptsRoot, "grading", "offline-grader.yaml"));
        var reportWords = WordListsLoader.Load(Path.Combine(promptsRoot, "report", "words.yaml"));
        var postingWords = PostingWordsLoader.Load(Path.Combine(promptsRoot, "tailoring", "posting-words.yaml"));
        return new PromptLibrary(bank, phrases, grader, reportWords, postingWords);
    }
}
