using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.RateLimits;

namespace MockInterviewer.Server.Assessments;

public static class AssessmentEndpoints
{
    public static IEndpointRouteBuilder MapAssessmentEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Assessments").MapPost("/assessments", Assess).SpendsAnAnswer();
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
            return Problems.BadRequest("unknown-question", "The questionId is missing.", "Send the id of a question from GET /api/questions.");
        }

        var question = bank.Find(request.QuestionId);
        if (question is null)
        {
            return Problems.BadRequest("unknown-question", $"Unknown question '{ErrorText.Echo(request.QuestionId)}'.",
                "Send the id of a question from GET /api/questions.");
        }

        if (!rules.TryAccept(request.Answer, out var answer, out var refusal))
        {
            return refusal.ToProblem();
        }

        Language language;
        if (request.Language is null)
        {
            language = LanguageDetector.Detect(answer);
        }
        else if (!LanguageCodes.TryParse(request.Language, out language))
        {
            return Problems.BadRequest("unknown-language", $"Unknown language '{ErrorText.Echo(request.Language)}'.",
                "Use 'ko' or 'en', or leave it out to follow the answer.");
        }

        var assessment = await grader.GradeAsync(new GradingRequest(question, answer, language), cancellationToken);
        return TypedResults.Ok(assessment.ToDto());
    }
}
