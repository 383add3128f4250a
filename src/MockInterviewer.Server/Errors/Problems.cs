namespace MockInterviewer.Server.Errors;

/// <summary>400 problems with a title a person can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string title, string? detail = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>A refusal as a 400 problem whose extension member <c>code</c> a client can translate.</summary>
    public static ProblemHttpResult BadRequest(Refusal refusal) =>
        TypedResults.Problem(
            title: refusal.Message,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
}
