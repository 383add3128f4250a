namespace MockInterviewer.Server.Errors;

/// <summary>
/// A code for the problems ASP.NET writes itself (an unknown path, a wrong media type, an unexpected failure),
/// so that every problem a client gets carries one.
/// </summary>
public static class FallbackCodes
{
    public static void AddWhenMissing(ProblemDetailsContext context)
    {
        var extensions = context.ProblemDetails.Extensions;
        if (!extensions.ContainsKey(Problems.CodeMember))
        {
            extensions[Problems.CodeMember] = Of(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode);
        }
    }

    private static string Of(int status) => status switch
    {
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
        StatusCodes.Status413PayloadTooLarge => "request-too-large",
        StatusCodes.Status415UnsupportedMediaType => "invalid-arguments",
        StatusCodes.Status429TooManyRequests => "rate-limited",
        >= 500 => "unexpected-error",
        _ => "invalid-arguments",
    };
}
