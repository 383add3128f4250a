using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Hubs;

/// <summary>
/// The hub's interview with <c>Llm:Provider=openai-compatible</c> pointed at a scripted model on a loopback
/// server: the same tests, with the model's words streamed and its grading verified through SK's real connector.
/// </summary>
public sealed class ModelInterviewHubTests(ScriptedModelServer model)
    : InterviewHubTests(dataDirectory => new ServerFactory(dataDirectory, model.Settings)), IClassFixture<ScriptedModelServer>
{
    protected override string Engine => "llm";

    [Fact]
    public async Task The_models_words_arrive_piece_by_piece_before_each_message_completes()
    {
        using var factory = new ServerFactory(settings: model.Settings);
        await using var candidate = await CandidateConnection.ConnectAsync(factory);
        var started = await candidate.StartAsync("interview", "en", "ml-junior", questionCount: 2);
        var question = await candidate.NextMessageAsync(1);

        await candidate.AnswerAsync(started.SessionId, "I would split the data into folds. Then I would train on the rest and validate on each fold.");
        var followUp = await candidate.NextMessageAsync(2);

        Assert.StartsWith(ScriptedModelServer.Words + " ", question.Text, StringComparison.Ordinal);
        Assert.Equal("follow-up", followUp.Kind);
        Assert.Equal(ScriptedModelServer.Words, followUp.Text);
        WholePieces.AssertMadeOf(ScriptedModelServer.Pieces, candidate.Deltas.Where(d => d.MessageId == followUp.MessageId).Select(d => d.Text));
    }
}
