using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Usage;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Usage;

namespace MockInterviewer.Llm.Tests.Grading;

/// <summary>A drafted question is graded by the model against its own points, and never by the offline engine in its place.</summary>
public sealed class DraftedGradingTests
{
    private const string Answer = "Each partition goes to exactly one consumer in the group. A rebalance hands partitions over when a consumer leaves.";

    private static readonly Question Kafka = new DraftedQuestion("How do consumers in a Kafka consumer group share the partitions?", ["Kafka"],
    [
        new DraftedPoint("Each partition is read by one consumer of the group", 3),
        new DraftedPoint("A rebalance moves partitions when consumers join or leave", 2),
        new DraftedPoint("Offsets are committed per partition", 1),
    ]).AsQuestion(1, "ml-junior");

    private static LlmGradingEngine Engine(ScriptedChat chat, SessionTokenBudget? budget = null) =>
        new(chat.Service, TestPrompts.Model, TestPrompts.OfflineGrader, NullLogger<LlmGradingEngine>.Instance, budget: budget);

    private static GradingRequest Request() => new(Kafka, Answer, Language.En) { SessionId = "session-1" };

    [Fact]
    public async Task The_model_grades_a_drafted_question_against_the_points_it_proposed()
    {
        var chat = new ScriptedChat().Replies(System.Text.Json.JsonSerializer.Serialize(new
        {
            Points = new[] { new { PointId = "p1", Status = "covered", Quote = "Each partition goes to exactly one consumer in the group" } },
            Misreading = (string?)null,
            FollowUpPointId = "p3",
            FollowUpText = "And where are the offsets kept?",
            OnlyKeywords = false,
            AddressedTheGrader = false,
        }));

        var assessment = await new AnswerAssessor(Engine(chat), TestPrompts.Verifier).GradeAsync(Request(), CancellationToken.None);

        var prompt = chat.Requests[0].History[^1].Content!;
        Assert.Contains(Kafka.Text.En, prompt, StringComparison.Ordinal);
        Assert.Contains("p1 (weight 50): Each partition is read by one consumer of the group", prompt, StringComparison.Ordinal);
        Assert.Contains("- Offsets are committed per partition", prompt, StringComparison.Ordinal);
        Assert.Equal((GradingEngine.Llm, 50), (assessment.Engine, assessment.Score));
        Assert.Equal(new SuggestedFollowUp(null, "p3", "And where are the offsets kept?"), assessment.FollowUp);
    }

    [Fact]
    public async Task A_model_that_cannot_be_reached_leaves_it_ungraded()
    {
        var chat = new ScriptedChat().Fails(new HttpRequestException("connection refused"));

        var failure = await Assert.ThrowsAsync<AnswerNotGradedException>(() => Engine(chat).ProposeAsync(Request(), CancellationToken.None));

        Assert.Equal(UngradedReason.ModelUnavailable, failure.Reason);
        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task Two_replies_that_do_not_parse_leave_it_ungraded()
    {
        var chat = new ScriptedChat().Replies("{\"Points\": [", "not json");

        var failure = await Assert.ThrowsAsync<AnswerNotGradedException>(() => Engine(chat).ProposeAsync(Request(), CancellationToken.None));

        Assert.Equal(2, chat.Requests.Count);
        Assert.Equal(UngradedReason.UnreadableReply, failure.Reason);
    }

    [Fact]
    public async Task A_session_past_its_allowance_leaves_it_ungraded_without_asking_the_model()
    {
        var chat = new ScriptedChat().Replies("{}");
        var budget = new SessionTokenBudget(new SessionUsageMeter(), maxTokensPerSession: 100);

        var failure = await Assert.ThrowsAsync<AnswerNotGradedException>(
            () => Engine(chat, budget).ProposeAsync(Request() with { SessionUsage = new TokenUsage(90, 0, 20) }, CancellationToken.None));

        Assert.Equal(UngradedReason.BudgetSpent, failure.Reason);
        Assert.Empty(chat.Requests);
    }

    [Fact]
    public async Task Cancellation_is_not_mistaken_for_a_failing_model()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var chat = new ScriptedChat().Fails(new OperationCanceledException(cancelled.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Engine(chat).ProposeAsync(Request(), cancelled.Token));
    }
}
