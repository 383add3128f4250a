using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Flow.Offline;

/// <summary>
/// The words of one hint. The first hint after a follow-up nudges toward that follow-up; the others walk the
/// question's own hints, then the outline of a good answer for its track; the last one allowed says so, and
/// "that's all" is said only when nothing is left. A candidate who said they were stuck hears a word of
/// encouragement first.
/// </summary>
internal sealed class HintWording(PhraseBook phrases)
{
    public const string GenericOutline = "hint.outline";

    public static readonly string[] PhraseKeys =
        ["hint.thinking", "hint.question", "hint.followUp", "hint.last", "hint.exhausted", GenericOutline];

    public string Compose(InterviewSession session, HintUtterance utterance, Question question, Language language)
    {
        var nudge = Nudge(session, utterance, question, language);
        var parts = new List<string>(3);
        if (utterance.CandidateWasStuck && utterance.HintNumber == 1)
        {
            parts.Add(phrases.Get("hint.thinking", language));
        }

        parts.Add(nudge ?? phrases.Get("hint.exhausted", language));
        if (nudge is not null && utterance.HintNumber >= InterviewSettings.MaxHintsPerQuestion)
        {
            parts.Add(phrases.Get("hint.last", language));
        }

        return string.Join(" ", parts);
    }

    /// <summary>The outline key for a question: its track and category, else its track, else the generic one.</summary>
    public string OutlineKey(Question question) =>
        new[] { $"{GenericOutline}.{question.Track}.{question.Category}", $"{GenericOutline}.{question.Track}" }
            .FirstOrDefault(phrases.Contains) ?? GenericOutline;

    // Null when the question has nothing left to give.
    private string? Nudge(InterviewSession session, HintUtterance utterance, Question question, Language language)
    {
        if (utterance.FollowUpIndex is { } index && index < question.FollowUps.Count && question.FollowUps[index].Hint is { } followUpHint)
        {
            return phrases.Get("hint.followUp", language, ("hint", followUpHint.In(language)));
        }

        // Sessions stored before follow-up hints existed carry no question-hint number.
        var number = utterance.QuestionHintNumber > 0 ? utterance.QuestionHintNumber : utterance.HintNumber;
        if (number <= question.Hints.Count)
        {
            var variant = PhraseVariety.Pick(session.Id, utterance.QuestionIndex + number);
            return phrases.Variant("hint.question", variant, language, ("hint", question.Hints[number - 1].In(language)));
        }

        return number == question.Hints.Count + 1 ? phrases.Get(OutlineKey(question), language) : null;
    }
}
