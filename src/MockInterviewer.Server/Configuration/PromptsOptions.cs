namespace MockInterviewer.Server.Configuration;

public sealed class PromptsOptions
{
    public const string SectionName = "MockInterviewer:Prompts";

    /// <summary>The prompts/ folder; empty means the copy next to the app.</summary>
    public string? Path { get; set; }

    public string ResolvePath() =>
        string.IsNullOrWhiteSpace(Path) ? System.IO.Path.Combine(AppContext.BaseDirectory, "prompts") : Path;
}
