using MockInterviewer.Contracts.JobPostings;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tailoring;

namespace MockInterviewer.Server.JobPostings;

public static class JobPostingMapping
{
    // Drafting questions the bank lacks needs a model; that stage comes later, so the list is empty for now.
    public static JobPostingPlanDto ToDto(this IReadOnlyList<QuestionFit> ranking, Language language) => new(
        ranking.Select(f => new PlannedQuestionDto(f.Question.Id, f.Question.Text.In(language), f.Why)).ToList(),
        Drafted: []);
}
