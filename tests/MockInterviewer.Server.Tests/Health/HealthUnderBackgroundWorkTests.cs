using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Health;

public sealed class HealthUnderBackgroundWorkTests
{
    [Fact]
    public async Task Healthz_and_requests_answer_while_every_background_worker_is_held_and_more_work_waits()
    {
        using var factory = new ServerFactory();
        using var client = factory.CreateClient();
        var runner = factory.Services.GetRequiredService<SessionRunner>();
        var workers = factory.Services.GetRequiredService<BackgroundScheduler>().Workers;
        using var release = new ManualResetEventSlim();
        var started = 0;

        // More work than workers, each piece holding its worker's thread as a long grading would.
        for (var i = 0; i < workers + 3; i++)
        {
            runner.RunInBackground($"held-{i}", ct =>
            {
                Interlocked.Increment(ref started);
                release.Wait(TimeSpan.FromSeconds(30), ct);
                return Task.CompletedTask;
            });
        }

        try
        {
            while (Volatile.Read(ref started) < workers)
            {
                await Task.Delay(10);
            }

            var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            var questions = await client.GetAsync(new Uri("/api/questions?track=ml-junior", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, questions.StatusCode);
            Assert.Equal(workers, Volatile.Read(ref started));
        }
        finally
        {
            release.Set();
            await runner.WhenIdleAsync();
        }

        Assert.Equal(workers + 3, started);
    }
}
