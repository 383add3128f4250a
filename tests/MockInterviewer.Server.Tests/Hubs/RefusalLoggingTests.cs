using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Hubs;

public sealed class RefusalLoggingTests
{
    [Fact]
    public async Task A_refused_call_is_logged_once_as_information_with_its_code_never_as_an_error()
    {
        var logs = new RecordingLoggerProvider();
        using var factory = new ServerFactory();
        using var server = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));
        await using var mallory = await CandidateConnection.ConnectAsync(server);
        Assert.Equal("not-joined", await Refusals.CodeOfAsync(() => mallory.AnswerAsync("someone-elses-session", "hello")));

        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Single(logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("not-joined", StringComparison.Ordinal));
    }
}
