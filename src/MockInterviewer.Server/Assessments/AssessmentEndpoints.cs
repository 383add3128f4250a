using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Assessments;

public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Assessments").MapPost("/assessments", Assess);
        return routes;
    }

    private static async Task<Results<Ok<AssessmentDto>, ProblemHttpResult>> Assess(
        AssessmentRequest request,
        QuestionBank bank,
        IAnswerGrader grader,
        AnswerRules rules,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.QuestionId))
        {
            return Problems.BadRequest("The questionId is missing.", "Send the id of a question from GET /api/questions.");
        }

        var question = bank.Find(request.QuestionId);
        if (question is null)
        {
            return Problems.BadRequest($"Unknown question '{request.QuestionId}'.", "Send the id of a question from GET /api/questions.");
        }

        if (rules.Check(request.Answer) is { } refusal)
        {
            return Problems.BadRequest(refusal);
        }

        Language language;
        if (request.Language is null)
        {
            language = LanguageDetector.Detect(request.Answer!);
        }
        else if (!LanguageCodes.TryParse(request.Language, out language))
        {
            return Problems.BadRequest($"Unknown language '{request.Language}'.", "Use 'ko' or 'en', or leave it out to follow the answer.");
        }

        var assessment = await grader.GradeAsync(new GradingRequest(question, request.Answer!, language), cancellationToken);
        return TypedResults.Ok(assessment.ToDto());
    }
}
