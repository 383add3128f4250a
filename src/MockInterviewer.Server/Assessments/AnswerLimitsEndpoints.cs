using MockInterviewer.Contracts.Assessments;

namespace MockInterviewer.Server.Assessments;

/// <summary>What a client needs to know before the candidate types: the page sets its textarea's maxlength from it.</summary>
public static class AnswerLimitsEndpoints
{
    public static IEndpointRouteBuilder MapAnswerLimitsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api").WithTags("Assessments").MapGet("/limits", (AnswerRules rules) => TypedResults.Ok(new AnswerLimitsDto(rules.MaxChars)));
        return routes;
    }
}
