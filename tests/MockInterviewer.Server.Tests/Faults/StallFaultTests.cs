using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Faults;

/// <summary>A stall before the model's first token, through the hub.</summary>
public sealed class StallFaultTests
{
    [Fact]
    public async Task A_stall_before_the_first_token_leaves_the_question_to_the_offline_words_and_the_candidate_hears_once()
    {
        await using var model = new LoopbackOpenAiServer { Responder = _ => LoopbackReply.Status(500) }.Stall().Stall();
        using var factory = FaultyModelServer.Factory(model, ("FirstTokenTimeoutSeconds", "0.5"));
        await using var candidate = await CandidateConnection.ConnectAsync(factory);

        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        var question = await candidate.NextMessageAsync(1);
        await FaultyModelServer.AnswerAndWaitAsync(candidate, started);
        await candidate.EndAsync(started.SessionId);
        await candidate.WaitUntilAsync(() => !candidate.Finished.IsEmpty);

        Assert.Equal("question", question.Kind);
        Assert.DoesNotContain(FaultyModelServer.ModelWords, question.Text, StringComparison.Ordinal);
        Assert.Equal(question.Text, candidate.ShownText(question.MessageId));
        Assert.Single(candidate.Completed, m => m.Kind == "notice");
        Assert.Single((await candidate.JoinAsync(started.SessionId, started.ResumeToken)).Transcript, t => t.Kind == "notice");
    }
}
