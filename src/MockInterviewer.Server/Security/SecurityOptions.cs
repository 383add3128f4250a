namespace MockInterviewer.Server.Security;

public sealed class SecurityOptions
{
    public const string SectionName = "MockInterviewer:Security";

    /// <summary>
    /// Origins besides the server's own (e.g. "https://bootcamp.example") whose pages may open the hub and call
    /// the API from a browser. Empty: same origin only, and CORS stays closed.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
