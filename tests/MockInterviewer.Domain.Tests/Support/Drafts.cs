using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tailoring;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>Questions a model might draft for a job posting, and the model's grading of their answers.</summary>
internal static class Drafts
{
    public const string KafkaText = "How do consumers in a Kafka consumer group share the partitions?";

    public static DraftedQuestion Kafka { get; } = new(KafkaText, ["Kafka"],
    [
        new DraftedPoint("Each partition is read by one consumer of the group", 3),
        new DraftedPoint("A rebalance moves partitions when consumers join or leave", 2),
        new DraftedPoint("Offsets are committed per partition", 1),
    ]);

    public static DraftedQuestion Airflow { get; } = new("How would you schedule a daily retraining job with Airflow?", ["Airflow"],
    [
        new DraftedPoint("A DAG of tasks with their dependencies", 1),
        new DraftedPoint("Retries and alerts when a task fails", 1),
    ]);

    public static DraftedQuestion Feast { get; } = new("What does a feature store give an ML team?", ["feature store"],
    [
        new DraftedPoint("The same features in training and serving", 1),
    ]);

    public static IReadOnlyList<Question> Questions(string track, params DraftedQuestion[] drafts) =>
        drafts.Select((d, i) => d.AsQuestion(i + 1, track)).ToList();

    /// <summary>A model's grading: the first point covered by <paramref name="quote"/>, the others missing.</summary>
    public static GradingProposal FirstPointCovered(Question question, string quote) => new(
        question.ReferencePoints.Select((p, i) => new PointProposal(p.Id, i == 0 ? PointStatus.Covered : PointStatus.Missing, i == 0 ? quote : null)).ToList(),
        GradingEngine.Llm,
        AnswerObservations.None);
}
