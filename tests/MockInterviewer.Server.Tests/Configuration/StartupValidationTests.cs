using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Configuration;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("MockInterviewer:Llm:Provider", "gpt", "MockInterviewer:Llm:Provider")]
    [InlineData("MockInterviewer:Llm:Provider", "openai", "MockInterviewer:Llm:ApiKey is required")]
    [InlineData("MockInterviewer:Llm:Provider", "openai-compatible", "MockInterviewer:Llm:Endpoint is required")]
    [InlineData("MockInterviewer:Limits:MaxAnswerChars", "0", "MockInterviewer:Limits:MaxAnswerChars")]
    [InlineData("MockInterviewer:Storage:Provider", "mongodb", "MockInterviewer:Storage:Provider")]
    [InlineData("MockInterviewer:Interview:GradingTimeoutSeconds", "0", "MockInterviewer:Interview:GradingTimeoutSeconds")]
    [InlineData("MockInterviewer:Interview:SpeakingTimeoutSeconds", "-5", "MockInterviewer:Interview:SpeakingTimeoutSeconds")]
    [InlineData("MockInterviewer:Interview:SpeakingAttempts", "0", "MockInterviewer:Interview:SpeakingAttempts")]
    [InlineData("MockInterviewer:SignalR:Redis", "localhost:6379,nonsense=1", "MockInterviewer:SignalR:Redis")]
    [InlineData("MockInterviewer:SignalR:LeaseSeconds", "0", "MockInterviewer:SignalR:LeaseSeconds")]
    [InlineData("MockInterviewer:Sessions:IdleTimeoutMinutes", "0", "MockInterviewer:Sessions:IdleTimeoutMinutes")]
    [InlineData("MockInterviewer:Telemetry:OtlpEndpoint", "collector:4317", "MockInterviewer:Telemetry:OtlpEndpoint")]
    [InlineData("MockInterviewer:Telemetry:OtlpProtocol", "udp", "MockInterviewer:Telemetry:OtlpProtocol")]
    public async Task Invalid_setting_stops_start_up_with_one_line_naming_the_key(string key, string value, string named)
    {
        var reason = await RefusedStart.ReasonAsync(new Dictionary<string, string> { [key] = value });

        Assert.Contains(named, reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_prompts_folder_stops_start_up_naming_the_file()
    {
        var prompts = Directory.CreateTempSubdirectory("prompts-").FullName;
        Directory.CreateDirectory(Path.Combine(prompts, "bank"));
        File.WriteAllText(Path.Combine(prompts, "bank", "broken.yaml"), "track: broken\nquestions: [");

        var reason = await RefusedStart.ReasonAsync(new Dictionary<string, string> { ["MockInterviewer:Prompts:Path"] = prompts });

        Assert.Contains("broken.yaml", reason, StringComparison.Ordinal);
    }
}
