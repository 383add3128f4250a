namespace MockInterviewer.Server.Errors;

/// <summary>400 problems with a title a person can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string title, string? detail = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
