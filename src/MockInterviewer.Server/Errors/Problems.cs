namespace MockInterviewer.Server.Errors;

/// <summary>Problems with a title a person can act on and a stable <c>code</c> a client can act on.</summary>
public static class Problems
{
    public const string CodeMember = "code";

    public static ProblemHttpResult BadRequest(string code, string title, string? detail = null) =>
        Of(StatusCodes.Status400BadRequest, code, title, detail);

    public static ProblemHttpResult Of(int status, string code, string title, string? detail = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status, extensions: new Dictionary<string, object?> { [CodeMember] = code });
}
