using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;
using static MockInterviewer.Domain.Tests.Support.InterviewHarness;

namespace MockInterviewer.Domain.Tests.Flow;

/// <summary>An answer sent again under its client id (a page that lost the acknowledgement) is taken once.</summary>
public sealed class ResentAnswerTests
{
    private const string Answer = "It shows whether the model is overfitting and how well it generalizes to unseen data.";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_sessions_own_state_refuses_it_with_no_query_to_the_store()
    {
        using var harness = new InterviewHarness(FlowBank.Value);
        var id = await harness.StartAsync(Settings());

        await harness.Service.SubmitAnswerAsync(id, Answer, "draft-1", None);
        await harness.Runner.WhenIdleAsync();
        await harness.Service.SubmitAnswerAsync(id, "Also, it guards against a lucky split.", "draft-2", None);
        await harness.Runner.WhenIdleAsync();
        await harness.Service.SubmitAnswerAsync(id, Answer, "draft-1", None);
        await harness.Runner.WhenIdleAsync();

        Assert.Equal(["draft-1", "draft-2"], harness.Transcript(id).Where(t => t.Role == Role.Candidate).Select(t => t.ClientMessageId));
        Assert.Equal(["draft-1", "draft-2"], harness.Session(id).AnswerClientIds);
        Assert.Equal(0, harness.Store.HasAnswerQueries);
    }

    [Fact]
    public async Task A_session_stored_before_the_state_kept_client_ids_asks_the_store_and_still_refuses_it()
    {
        using var harness = new InterviewHarness(FlowBank.Value);
        var id = await harness.StartAsync(Settings());
        var stored = harness.Session(id);
        stored.AnswerClientIds = null;
        await harness.Store.SaveAsync(stored, [], [], None);

        await harness.Service.SubmitAnswerAsync(id, Answer, "draft-1", None);
        await harness.Runner.WhenIdleAsync();
        await harness.Service.SubmitAnswerAsync(id, Answer, "draft-1", None);
        await harness.Runner.WhenIdleAsync();

        Assert.Single(harness.Transcript(id), t => t.Role == Role.Candidate);
        Assert.Equal(2, harness.Store.HasAnswerQueries);
    }
}
