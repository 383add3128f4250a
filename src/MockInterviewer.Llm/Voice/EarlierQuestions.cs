using System.Globalization;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Llm.Voice;

/// <summary>
/// The interview before the current question, one short line per question (its topic, how it went), in place of
/// the whole transcript: the model stays aware of what came before while each prompt stays about the same size
/// however long the interview has run.
/// </summary>
internal static class EarlierQuestions
{
    public const string None = "none";

    // The model's own label for its drafts, like the outcomes below: a note to the model, never said to the candidate.
    private const string DraftedCategory = "drafted for the job posting";

    private const int TopicChars = 80;

    public static string Describe(InterviewSession session, int currentIndex, QuestionBank bank)
    {
        var language = session.Settings.Language;
        var lines = session.Questions
            .Take(Math.Min(currentIndex, session.Questions.Count))
            .Select((progress, index) => (Progress: progress, Index: index, Question: session.FindQuestion(progress.QuestionId, bank)))
            .Where(q => q.Progress.Asked && q.Question is not null)
            .Select(q => $"- Q{q.Index + 1} ({Category(q.Question!, bank, language)}): {Topic(q.Question!.Text.In(language))}: {Outcome(q.Progress)}")
            .ToList();
        return lines.Count == 0 ? None : string.Join('\n', lines);
    }

    public static string Topic(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= TopicChars ? line : line[..TopicChars].TrimEnd() + "…";
    }

    private static string Category(Question question, QuestionBank bank, Language language) =>
        question.Drafted ? DraftedCategory : bank.CategoryTitle(question).In(language);

    private static string Outcome(QuestionProgress progress) => progress switch
    {
        { NotGraded: not null } => "answered, not graded",
        { Assessment: { } assessment } => string.Create(CultureInfo.InvariantCulture,
            $"score {assessment.Score}/100, {progress.Answers.Count} answer(s), {progress.HintsGiven} hint(s)"),
        { Skipped: true } => "skipped",
        _ => "not answered",
    };
}
