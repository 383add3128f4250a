using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Tailoring;

public sealed class DraftedQuestionCheckTests
{
    private static readonly DraftedQuestionCheck Check = new(RealPrompts.Value.Bank);

    private static readonly DraftedPoint[] Points = [new("Consumer groups share partitions", 2), new("Offsets are committed", 1)];

    [Fact]
    public void A_bank_question_is_dropped_in_either_language_whatever_its_spacing_and_closing_mark()
    {
        var docker = RealPrompts.Value.Bank.Find("ml-docker")!.Text;

        var kept = Check.Keep([
            Draft(docker.Ko.Replace(" ", "  ", StringComparison.Ordinal).TrimEnd('?')),
            Draft(" " + docker.En.ToUpperInvariant() + " "),
            Draft("Kafka 컨슈머 그룹은 파티션을 어떻게 나눠 가지나요?"),
        ]);

        Assert.Equal(["Kafka 컨슈머 그룹은 파티션을 어떻게 나눠 가지나요?"], kept.Select(d => d.Text));
    }

    [Fact]
    public void Blank_and_repeated_words_of_the_posting_are_left_out_and_points_are_trimmed()
    {
        var kept = Assert.Single(Check.Keep([
            new DraftedQuestion("Kafka?", ["Kafka", " ", " kafka ", "스트리밍"], [new DraftedPoint("  Offsets  ", 3)]),
        ]));

        Assert.Equal(["Kafka", "스트리밍"], kept.Why);
        Assert.Equal([new DraftedPoint("Offsets", 3)], kept.Points);
    }

    [Fact]
    public void A_missing_draft_or_a_negative_weight_is_dropped()
    {
        var kept = Check.Keep([null, new DraftedQuestion("Kafka?", [], [new DraftedPoint("Offsets", -1)]), Draft("Streams?")]);

        Assert.Equal(["Streams?"], kept.Select(d => d.Text));
    }

    private static DraftedQuestion Draft(string text) => new(text, ["Kafka"], Points);
}
