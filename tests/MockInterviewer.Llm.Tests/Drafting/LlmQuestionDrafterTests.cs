using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Llm.Drafting;
using MockInterviewer.Llm.Tests.Support;

namespace MockInterviewer.Llm.Tests.Drafting;

public sealed partial class LlmQuestionDrafterTests
{
    private const string Posting = "[주요 업무]\n- Kubernetes 클러스터에서 모델 서빙 운영\n- Kafka 기반 실시간 피처 파이프라인 구축";

    private static readonly object[] ThreePoints =
    [
        new { text = "Pods and Deployments", weight = 3 },
        new { text = "Readiness probes before traffic", weight = 2 },
        new { text = "Resource requests and limits", weight = 1 },
    ];

    [Fact]
    public async Task The_prompt_names_what_the_bank_covers_and_delimits_the_posting_as_data_asking_for_the_schema()
    {
        var chat = new ScriptedChat().Replies(Drafts());
        var docker = new QuestionFit(TestPrompts.Question("ml-docker"), 10, ["Docker"]);

        await Drafter(chat).DraftAsync(new DraftingRequest(Posting, [docker], Language.En), CancellationToken.None);

        var (history, settings) = Assert.Single(chat.Requests);
        var prompt = history[^1].Content!;
        Assert.Contains($"- {docker.Question.Text.En} (matched: Docker)", prompt, StringComparison.Ordinal);
        var marker = MarkerPattern().Match(prompt);
        Assert.True(marker.Success);
        Assert.Contains($"<<<JOB POSTING {marker.Groups[1].Value}>>>\n{Posting}\n<<<END OF JOB POSTING {marker.Groups[1].Value}>>>", prompt, StringComparison.Ordinal);
        Assert.Equal(typeof(ModelDrafts), Assert.IsType<OpenAIPromptExecutionSettings>(settings).ResponseFormat);
    }

    [Fact]
    public async Task Drafts_are_read_trimmed_with_their_words_and_points()
    {
        var chat = new ScriptedChat().Replies(Drafts(
            Draft("  Kubernetes에서 모델 서버를 무중단으로 배포하려면 어떻게 하나요?  ", ["Kubernetes", " 모델 서빙 "], ThreePoints)));

        var drafted = await Drafter(chat).DraftAsync(new DraftingRequest(Posting, [], Language.En), CancellationToken.None);

        var draft = Assert.Single(drafted);
        Assert.Equal("Kubernetes에서 모델 서버를 무중단으로 배포하려면 어떻게 하나요?", draft.Text);
        Assert.Equal(["Kubernetes", "모델 서빙"], draft.Why);
        Assert.Equal([new DraftedPoint("Pods and Deployments", 3), new DraftedPoint("Readiness probes before traffic", 2), new DraftedPoint("Resource requests and limits", 1)], draft.Points);
    }

    [Fact]
    public async Task At_most_three_drafts_are_kept_in_the_models_order()
    {
        var chat = new ScriptedChat().Replies(Drafts(Enumerable.Range(1, 5).Select(i => Draft($"Question {i}?", ["Kafka"], ThreePoints)).ToArray()));

        var drafted = await Drafter(chat).DraftAsync(new DraftingRequest(Posting, [], Language.En), CancellationToken.None);

        Assert.Equal(["Question 1?", "Question 2?", "Question 3?"], drafted.Select(d => d.Text));
    }

    [Fact]
    public async Task Malformed_drafts_and_questions_the_bank_already_asks_are_dropped()
    {
        var sevenPoints = Enumerable.Range(1, 7).Select(i => (object)new { text = $"Point {i}", weight = 1 }).ToArray();
        var chat = new ScriptedChat().Replies(Drafts(
            Draft("   ", ["Kafka"], ThreePoints),
            Draft("No points?", ["Kafka"], []),
            Draft("Seven points?", ["Kafka"], sevenPoints),
            Draft("A weightless point?", ["Kafka"], [new { text = "Offsets", weight = 0 }]),
            Draft("An empty point?", ["Kafka"], [new { text = " ", weight = 2 }]),
            Draft(" " + TestPrompts.Question("ml-docker").Text.Ko + " ", ["Docker"], ThreePoints),
            Draft("How do Kafka consumer groups share partitions?", ["Kafka"], ThreePoints),
            Draft("how do kafka  consumer groups share partitions", ["Kafka"], ThreePoints)));

        var drafted = await Drafter(chat).DraftAsync(new DraftingRequest(Posting, [], Language.En), CancellationToken.None);

        Assert.Equal(["How do Kafka consumer groups share partitions?"], drafted.Select(d => d.Text));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"questions\": 3}")]
    [InlineData("")]
    public async Task A_reply_that_does_not_parse_drafts_nothing(string reply)
    {
        var chat = new ScriptedChat().Replies(reply);

        Assert.Empty(await Drafter(chat).DraftAsync(new DraftingRequest(Posting, [], Language.En), CancellationToken.None));
    }

    [Fact]
    public async Task A_model_that_fails_drafts_nothing()
    {
        var chat = new ScriptedChat().Fails(new HttpRequestException("connection refused"));

        Assert.Empty(await Drafter(chat).DraftAsync(new DraftingRequest(Posting, [], Language.En), CancellationToken.None));
    }

    private static LlmQuestionDrafter Drafter(ScriptedChat chat) =>
        new(chat.Service, TestPrompts.Model, new DraftedQuestionCheck(TestPrompts.Library.Bank), NullLogger<LlmQuestionDrafter>.Instance);

    private static object Draft(string text, string[] why, object[] points) => new { text, why, points };

    private static string Drafts(params object[] questions) => JsonSerializer.Serialize(new { questions });

    [GeneratedRegex("<<<JOB POSTING ([0-9A-F]+)>>>")]
    private static partial Regex MarkerPattern();
}
