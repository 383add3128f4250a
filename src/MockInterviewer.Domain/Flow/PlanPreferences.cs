using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Flow;

/// <summary>What a session's plan should lean to, beyond its settings.</summary>
/// <param name="Questions">Question ids to ask first, in order (see <see cref="QuestionPlanner.Plan"/>).</param>
public sealed record PlanPreferences(IReadOnlyList<string> Questions)
{
    public static PlanPreferences None { get; } = new([]);

    /// <summary>Per question id, the reference points its follow-ups aim at first, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FocusPoints { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Questions a model drafted for the session's job posting, to mix into the plan (see <see cref="QuestionPlanner.Plan"/>).</summary>
    public IReadOnlyList<Question> Drafted { get; init; } = [];
}
