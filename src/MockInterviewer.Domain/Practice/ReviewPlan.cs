using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Practice;

/// <summary>The questions a review asks, in order, each with the reference points its follow-ups aim at first.</summary>
public sealed record ReviewPlan(IReadOnlyList<ReviewQuestion> Questions)
{
    public PlanPreferences Preferences => new(Questions.Select(q => q.QuestionId).ToList())
    {
        FocusPoints = Questions.ToDictionary(q => q.QuestionId, q => q.FocusPoints, StringComparer.Ordinal),
    };
}

/// <param name="FocusPoints">The question's points to probe first, the weakest first.</param>
public sealed record ReviewQuestion(string QuestionId, IReadOnlyList<string> FocusPoints);
