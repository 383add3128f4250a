using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>A model server that asks the client to slow down, through the hub.</summary>
public sealed class RateLimitFaultTests
{
    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_tried_again_and_the_model_speaks_without_a_notice()
    {
        await using var model = new LoopbackOpenAiServer { Responder = FaultyModelServer.Healthy }.Status(429, retryAfterSeconds: 1);
        using var factory = FaultyModelServer.Factory(model);
        await using var candidate = await CandidateConnection.ConnectAsync(factory);

        await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        var question = await candidate.NextMessageAsync(1);

        Assert.Equal("question", question.Kind);
        Assert.StartsWith(FaultyModelServer.ModelWords, question.Text, StringComparison.Ordinal);
        Assert.Equal(2, model.Requests.Count);
        Assert.DoesNotContain(candidate.Completed, m => m.Kind == "notice");
    }
}
