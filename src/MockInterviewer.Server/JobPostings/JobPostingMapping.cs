using MockInterviewer.Contracts.JobPostings;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tailoring;

namespace MockInterviewer.Server.JobPostings;

public static class JobPostingMapping
{
    public static JobPostingPlanDto ToDto(this IReadOnlyList<QuestionFit> ranking, IReadOnlyList<DraftedQuestion> drafted, Language language) => new(
        ranking.Select(f => new PlannedQuestionDto(f.Question.Id, f.Question.Text.In(language), f.Why)).ToList(),
        drafted.Select(d => new DraftedQuestionDto(d.Text, d.Why, d.Points.Select(p => new DraftedPointDto(p.Text, p.Weight)).ToList())).ToList());
}
