using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Tailoring;

/// <summary>A new interview with a job posting drafts its own questions through the drafter, checked, or starts without them.</summary>
public sealed class SessionDraftingTests
{
    private static readonly InterviewSettings WithPosting =
        new(InterviewMode.Interview, "ml-junior", Language.En, 5, null, FeedbackTiming.AfterEach) { JobPosting = Postings.MlOpsKorean };

    private static SessionDrafting Drafting(IQuestionDrafter drafter, PipelineSettings? pipeline = null) => new(
        drafter, PostingTailorTests.Tailor, new DraftedQuestionCheck(RealPrompts.Value.Bank), pipeline ?? PipelineSettings.Default, NullLogger<SessionDrafting>.Instance);

    private static Mock<IQuestionDrafter> Drafter(params DraftedQuestion[] drafts)
    {
        var drafter = new Mock<IQuestionDrafter>();
        drafter.Setup(d => d.DraftAsync(It.IsAny<DraftingRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(drafts);
        return drafter;
    }

    [Fact]
    public async Task The_drafts_become_the_sessions_questions_in_its_track_drafted_in_its_language_for_what_the_track_leaves_out()
    {
        var drafter = Drafter(Drafts.Kafka, Drafts.Airflow);

        var questions = await Drafting(drafter.Object).DraftAsync(WithPosting, CancellationToken.None);

        Assert.Equal([Question.DraftedIdPrefix + "1", Question.DraftedIdPrefix + "2"], questions.Select(q => q.Id));
        Assert.All(questions, q => Assert.Equal(("ml-junior", true), (q.Track, q.Drafted)));
        Assert.Equal(Drafts.KafkaText, questions[0].Text.En);
        drafter.Verify(d => d.DraftAsync(
            It.Is<DraftingRequest>(r => r.Language == Language.En && r.Posting == Postings.MlOpsKorean && r.Covered.Count > 0 && r.Covered.All(f => f.Question.BelongsTo("ml-junior"))),
            It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task A_draft_that_fails_the_check_is_dropped()
    {
        var bankQuestion = new DraftedQuestion(RealPrompts.Value.Bank.Find("ml-docker")!.Text.En, ["Docker"], [new DraftedPoint("Images", 1)]);
        var pointless = Drafts.Kafka with { Points = [] };

        var questions = await Drafting(Drafter(bankQuestion, pointless, Drafts.Feast).Object).DraftAsync(WithPosting, CancellationToken.None);

        Assert.Equal([Drafts.Feast.Text], questions.Select(q => q.Text.En));
    }

    [Theory]
    [InlineData(InterviewMode.SelfIntro, "posting")]
    [InlineData(InterviewMode.Behavioral, "posting")]
    [InlineData(InterviewMode.Interview, null)]
    public async Task Nothing_is_drafted_without_a_posting_or_outside_a_technical_interview(InterviewMode mode, string? posting)
    {
        var drafter = Drafter(Drafts.Kafka);

        var questions = await Drafting(drafter.Object).DraftAsync(WithPosting with { Mode = mode, JobPosting = posting }, CancellationToken.None);

        Assert.Empty(questions);
        drafter.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task A_drafter_that_fails_or_hangs_leaves_the_session_without_drafts()
    {
        var failing = new Mock<IQuestionDrafter>();
        failing.Setup(d => d.DraftAsync(It.IsAny<DraftingRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("down"));
        var hanging = new Mock<IQuestionDrafter>();
        hanging.Setup(d => d.DraftAsync(It.IsAny<DraftingRequest>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource<IReadOnlyList<DraftedQuestion>>().Task);
        var shortWait = PipelineSettings.Default with { DraftingTimeout = TimeSpan.FromMilliseconds(50) };

        Assert.Empty(await Drafting(failing.Object).DraftAsync(WithPosting, CancellationToken.None));
        Assert.Empty(await Drafting(hanging.Object, shortWait).DraftAsync(WithPosting, CancellationToken.None));
    }

    [Fact]
    public async Task The_offline_engine_drafts_nothing()
    {
        Assert.Empty(await Drafting(new NoQuestionDrafter()).DraftAsync(WithPosting, CancellationToken.None));
    }
}
