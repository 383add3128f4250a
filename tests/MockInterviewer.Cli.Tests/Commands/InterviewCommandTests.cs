using MockInterviewer.Cli.Commands;

namespace MockInterviewer.Cli.Tests.Commands;

public sealed class InterviewCommandTests
{
    [Fact]
    public void The_options_make_the_settings()
    {
        var parsed = InterviewCommand.Create().Parse(
            ["--server", "http://127.0.0.1:5187", "--mode", "behavioral", "--track", "behavioral", "--lang", "en", "--questions", "3", "--time-limit", "20"]);

        Assert.Empty(parsed.Errors);
        var settings = InterviewCommand.SettingsOf(parsed);
        Assert.Equal(new Uri("http://127.0.0.1:5187"), settings.Server);
        Assert.Equal(("behavioral", "behavioral", "en", 3, 20), (settings.Mode, settings.Track, settings.Language, settings.Questions, settings.TimeLimitMinutes));
    }

    [Fact]
    public void Without_options_the_interview_is_in_Korean_against_the_local_server()
    {
        var settings = InterviewCommand.SettingsOf(InterviewCommand.Create().Parse([]));

        Assert.Equal(new Uri("http://localhost:5080"), settings.Server);
        Assert.Equal(("interview", "ko", "after-each"), (settings.Mode, settings.Language, settings.Feedback));
    }

    [Theory]
    [InlineData("--server", "localhost")]
    [InlineData("--lang", "fr")]
    [InlineData("--mode", "quiz")]
    public void A_wrong_option_is_a_parse_error(string option, string value)
    {
        Assert.NotEmpty(InterviewCommand.Create().Parse([option, value]).Errors);
    }
}
