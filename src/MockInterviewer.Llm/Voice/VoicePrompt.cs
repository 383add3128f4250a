using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Llm.Voice;

/// <summary>
/// The conversation for one utterance: the stable prefix (persona, the speaking task), then the step, which sees
/// the earlier questions in brief (<see cref="EarlierQuestions"/>) and the current question's answers in full. Null for
/// what the offline phrases say better: the greeting and closing (counts and times that must be exact) and the
/// self-introduction's feedback (its timing advice).
/// </summary>
internal sealed class VoicePrompt(LlmPrompts prompts, QuestionBank bank, OfflineVoice offline)
{
    private const string Yes = "yes";
    private const string No = "no";
    private const int AdvisedGaps = 2;

    public string StablePrefix => prompts.InterviewerPrefix;

    public VoiceRequest? For(InterviewSession session, Utterance utterance)
    {
        if (session.Settings.Mode == InterviewMode.SelfIntro)
        {
            return null;
        }

        var language = session.Settings.Language;
        var progress = session.Questions[Math.Min(utterance.QuestionIndex, session.Questions.Count - 1)];
        var question = session.FindQuestion(progress.QuestionId, bank);
        if (question is null)
        {
            return null;
        }

        var markers = DataMarkers.Create();
        var common = new Dictionary<string, string>
        {
            ["language"] = language.DisplayName(),
            ["earlier"] = EarlierQuestions.Describe(session, utterance.QuestionIndex, bank),
            ["question"] = question.Text.In(language),
            ["answer_open"] = markers.Open,
            ["answers"] = string.Join("\n\n", progress.Answers),
            ["answer_close"] = markers.Close,
        };

        return utterance switch
        {
            QuestionUtterance q => new VoiceRequest(
                History(prompts.Question, common, ("position", $"{q.QuestionIndex + 1} / {session.TotalQuestions}"), ("first", q.QuestionIndex == 0 ? Yes : No), ("skipped", q.AfterSkip ? Yes : No)),
                Suffix: " " + question.Text.In(language)),
            FollowUpUtterance f when question.FindPoint(f.FollowUp.PointId) is { } point => new VoiceRequest(
                History(prompts.FollowUp, common, ("point", point.Text.In(language)), ("suggestion", f.FollowUp.Text), ("misreading", progress.Assessment?.Misreading ?? "none"))),
            HintUtterance h => Hint(session, h, question, progress, common),
            FeedbackUtterance when progress.Assessment is { } assessment => new VoiceRequest(
                History(prompts.Feedback, common, ("score", assessment.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("points", Points(question, assessment, language)))),
            _ => null,
        };
    }

    private VoiceRequest Hint(InterviewSession session, HintUtterance hint, Question question, QuestionProgress progress, Dictionary<string, string> common)
    {
        var language = session.Settings.Language;
        var point = HintPoint(hint, question, progress);
        return new VoiceRequest(
            History(prompts.Hint, common,
                ("point", point.Text.In(language)),
                ("bank_hint", offline.Compose(session, hint)),
                ("stuck", hint.CandidateWasStuck ? Yes : No),
                ("last", hint.HintNumber >= InterviewSettings.MaxHintsPerQuestion ? Yes : No)),
            Hint: new HintTarget(question, point, language));
    }

    // The follow-up's point when the hint is about one, else the heaviest point the answer so far left open.
    private static ReferencePoint HintPoint(HintUtterance hint, Question question, QuestionProgress progress)
    {
        if (hint.FollowUpIndex is { } index && index < question.FollowUps.Count && question.FindPoint(question.FollowUps[index].ProbesPointId) is { } probed)
        {
            return probed;
        }

        var covered = progress.Assessment?.Points.Where(p => p.Status == PointStatus.Covered).Select(p => p.PointId).ToHashSet(StringComparer.Ordinal) ?? [];
        return question.ReferencePoints.Where(p => !covered.Contains(p.Id)).MaxBy(p => p.Weight) ?? question.ReferencePoints.MaxBy(p => p.Weight)!;
    }

    // Advice only on the heaviest gaps: feedback names the most important thing to improve, and every other
    // point's advice would be tokens the model reads and leaves unsaid.
    private static string Points(Question question, Assessment assessment, Language language)
    {
        var ranked = assessment.Points
            .Select(p => (Assessed: p, Point: question.FindPoint(p.PointId)))
            .OrderByDescending(p => p.Point?.Weight ?? 0)
            .ToList();
        var advised = ranked.Where(p => p.Assessed.Status != PointStatus.Covered && p.Point is not null).Take(AdvisedGaps).Select(p => p.Point!).ToHashSet();
        return string.Join('\n', ranked.Select(p => $"- {p.Assessed.Status.ToString().ToLowerInvariant()} (weight {p.Point?.Weight ?? 0}): {p.Assessed.Text}; quote: "
            + (p.Assessed.Evidence is { } quote ? $"\"{quote}\"" : "none")
            + (p.Point is not null && advised.Contains(p.Point) ? $"; advice: {p.Point.Advice.In(language)}" : "")));
    }

    private ChatHistory History(PromptTemplate step, Dictionary<string, string> common, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string>(common);
        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        var history = new ChatHistory(StablePrefix);
        history.AddUserMessage(step.Render(all.Where(v => step.Variables.Contains(v.Key)).ToDictionary()));
        return history;
    }
}
