using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Flow.Offline;

/// <summary>
/// The interviewer without a model: the bank's questions, follow-ups and hints in the authored phrases of
/// prompts/offline, streamed word by word like a model's reply.
/// </summary>
public sealed class OfflineVoice(QuestionBank bank, PhraseBook phrases) : IInterviewerVoice
{
    public static readonly string[] PhraseKeys =
    [
        "greeting.interview", "greeting.behavioral", "greeting.self-intro", "duration.limited", "duration.unlimited",
        "question.first", "question.next", "question.afterSkip", "question.selfIntro",
        .. FollowUpLeadIn.PhraseKeys,
        .. HintWording.PhraseKeys,
        "feedback.score", "feedback.selfIntroScore", "feedback.wentWell", "feedback.toImprove", "feedback.allCovered",
        "feedback.selfIntroInvite",
        "length.tooShort", "length.tooLong", "length.good",
        "closing.completed", "closing.timeUp", "closing.ended",
        "notice.modelUnavailable", "notice.modelBack", "notice.budgetSpent",
        .. NumberForms.PhraseKeys("questions", "minutes", "seconds"),
    ];

    private readonly HintWording _hints = new(phrases);

    public IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, CancellationToken cancellationToken) =>
        Words(Compose(session, utterance)).ToAsyncEnumerable();

    public string Compose(InterviewSession session, Utterance utterance)
    {
        var language = session.Settings.Language;
        return utterance switch
        {
            GreetingUtterance => Greeting(session, language),
            QuestionUtterance q => Question(session, q, language),
            FollowUpUtterance f => FollowUp(session, f, language),
            HintUtterance h => Hint(session, h, language),
            FeedbackUtterance f => Feedback(session, f, language),
            ClosingUtterance c => Closing(session, c, language),
            NoticeUtterance n => Notice(n, language),
            _ => throw new ArgumentOutOfRangeException(nameof(utterance), utterance, "Unknown utterance."),
        };
    }

    private string Greeting(InterviewSession session, Language language)
    {
        var duration = session.Settings.TimeLimitMinutes is > 0 and var minutes
            ? phrases.Get("duration.limited", language, ("minutes", phrases.Count("minutes", minutes, language)))
            : phrases.Get("duration.unlimited", language);
        var key = "greeting." + session.Settings.Mode switch
        {
            InterviewMode.SelfIntro => "self-intro",
            InterviewMode.Behavioral => "behavioral",
            _ => "interview",
        };
        return phrases.Get(key, language,
            ("count", session.TotalQuestions),
            ("questions", phrases.Count("questions", session.TotalQuestions, language)),
            ("duration", duration));
    }

    // Transitions vary by session and question, so a resumed session repeats its words and no two in a row match.
    private string Question(InterviewSession session, QuestionUtterance utterance, Language language)
    {
        var text = QuestionAt(session, utterance.QuestionIndex).Text.In(language);
        var key = session.Settings.Mode == InterviewMode.SelfIntro ? "question.selfIntro"
            : utterance.QuestionIndex == 0 ? "question.first"
            : utterance.AfterSkip ? "question.afterSkip"
            : "question.next";
        return phrases.Variant(key, PhraseVariety.Pick(session.Id, utterance.QuestionIndex), language, ("question", text));
    }

    private string FollowUp(InterviewSession session, FollowUpUtterance utterance, Language language)
    {
        var progress = session.Questions[utterance.QuestionIndex];
        var (key, misreading) = FollowUpLeadIn.Choose(progress.Assessment);
        var position = utterance.QuestionIndex * InterviewSettings.MaxFollowUpsPerQuestion
            + Math.Max(0, progress.ProbedPoints.IndexOf(utterance.FollowUp.PointId));
        return phrases.Variant(key, PhraseVariety.Pick(session.Id, position), language,
            ("followUp", utterance.FollowUp.Text), ("misreading", misreading ?? ""));
    }

    private string Hint(InterviewSession session, HintUtterance utterance, Language language) =>
        _hints.Compose(session, utterance, QuestionAt(session, utterance.QuestionIndex), language);

    // The score, then the strongest point and the most important gap, each quoting the candidate where it can.
    private string Feedback(InterviewSession session, FeedbackUtterance utterance, Language language)
    {
        var progress = session.Questions[utterance.QuestionIndex];
        var assessment = progress.Assessment!;
        var selfIntro = session.Settings.Mode == InterviewMode.SelfIntro;
        var parts = new List<string>();

        if (selfIntro)
        {
            var attempt = progress.Attempts[^1];
            parts.Add(phrases.Get("feedback.selfIntroScore", language,
                ("ordinal", phrases.Ordinal(progress.Attempts.Count, language)),
                ("score", attempt.Score),
                ("seconds", phrases.Count("seconds", attempt.EstimatedSeconds, language)),
                ("lengthAdvice", phrases.Get(LengthAdviceKey(attempt.Verdict), language))));
        }
        else
        {
            parts.Add(phrases.Get("feedback.score", language, ("score", assessment.Score)));
        }

        if (assessment.Strengths.Count > 0)
        {
            parts.Add(phrases.Get("feedback.wentWell", language, ("strength", assessment.Strengths[0])));
        }

        parts.Add(assessment.Improvements.Count > 0
            ? phrases.Get("feedback.toImprove", language, ("improvement", assessment.Improvements[0]))
            : phrases.Get("feedback.allCovered", language));

        if (selfIntro)
        {
            parts.Add(phrases.Get("feedback.selfIntroInvite", language));
        }

        return string.Join(" ", parts);
    }

    private string Closing(InterviewSession session, ClosingUtterance utterance, Language language) => utterance.Reason switch
    {
        ClosingReason.TimeUp => phrases.Get("closing.timeUp", language,
            ("duration", phrases.Count("minutes", session.Settings.TimeLimitMinutes ?? 0, language))),
        ClosingReason.EndedByCandidate => phrases.Get("closing.ended", language),
        _ => phrases.Get("closing.completed", language),
    };

    private string Notice(NoticeUtterance utterance, Language language) => phrases.Get(utterance.State switch
    {
        EngineState.ModelUnavailable => "notice.modelUnavailable",
        EngineState.BudgetSpent => "notice.budgetSpent",
        _ => "notice.modelBack",
    }, language);

    private static string LengthAdviceKey(LengthVerdict verdict) => verdict switch
    {
        LengthVerdict.TooShort => "length.tooShort",
        LengthVerdict.TooLong => "length.tooLong",
        _ => "length.good",
    };

    private Question QuestionAt(InterviewSession session, int index) => session.QuestionAt(index, bank);

    // A word with the spaces after it (and the first with any before it): the pieces concatenate back to the whole
    // text. A scan rather than a regex's matches, which made a Match object for every word of every message.
    private static IEnumerable<string> Words(string text)
    {
        var start = 0;
        while (true)
        {
            var end = SkipSpaces(text, start);
            if (end == text.Length)
            {
                yield break;
            }

            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            end = SkipSpaces(text, end);
            yield return text[start..end];
            start = end;
        }
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
