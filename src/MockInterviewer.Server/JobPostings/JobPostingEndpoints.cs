using MockInterviewer.Contracts.JobPostings;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Server.Questions;
using MockInterviewer.Server.Security;

namespace MockInterviewer.Server.JobPostings;

public static class JobPostingEndpoints
{
    public static IEndpointRouteBuilder MapJobPostingEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/job-postings").WithTags("Job postings").MapPost("/plan", Plan).WithMetadata(new LongTextBody(JobPostingRules.MaxChars));
        return routes;
    }

    private static async Task<Results<Ok<JobPostingPlanDto>, ProblemHttpResult>> Plan(
        JobPostingPlanRequest request, PostingTailor tailor, IQuestionDrafter drafter, CancellationToken cancellationToken)
    {
        if (!JobPostingRules.TryAccept(request.Text, out var posting, out var refusal))
        {
            return refusal.ToProblem();
        }

        if (!QuestionEndpoints.TryLanguage(request.Language, out var language, out var problem))
        {
            return problem;
        }

        var ranking = tailor.Rank(posting);
        var drafted = await drafter.DraftAsync(new DraftingRequest(posting, ranking, language), cancellationToken);
        return TypedResults.Ok(ranking.ToDto(drafted, language));
    }
}
