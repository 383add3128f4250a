using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Domain.Reports;

/// <summary>How the candidate's answers read: the words they lean on, the fillers, the usual length against the target.</summary>
public sealed record WordStats(IReadOnlyList<WordCount> MostUsed, IReadOnlyList<WordCount> Fillers, int AverageAnswerChars)
{
    public static WordStats None { get; } = new([], [], 0);

    /// <summary>About how long the average answer takes to say, estimated as the self-introduction's length is.</summary>
    public int AverageAnswerSeconds { get; init; }

    /// <summary>The mean of the answered questions' targets: what <see cref="AverageAnswerSeconds"/> compares with.</summary>
    public int TargetAnswerSeconds { get; init; }

    /// <summary>Null when nothing was answered (there is no target to compare with).</summary>
    public LengthVerdict? AverageVerdict => TargetAnswerSeconds > 0 ? SpokenLength.VerdictOf(AverageAnswerSeconds, TargetAnswerSeconds) : null;

    /// <summary>Every answered question's answer length against its target, in the interview's order.</summary>
    public IReadOnlyList<AnswerLength> Lengths { get; init; } = [];

    /// <summary>The self-introduction's attempts side by side: fillers, words leaned on and length, attempt by attempt.</summary>
    public IReadOnlyList<AttemptWords> Attempts { get; init; } = [];
}

public sealed record WordCount(string Word, int Count);

public sealed record AnswerLength(string QuestionId, int AverageChars, int AverageSeconds, int TargetSeconds)
{
    public LengthVerdict Verdict => SpokenLength.VerdictOf(AverageSeconds, TargetSeconds);
}

/// <param name="Attempt">1 for the first attempt.</param>
public sealed record AttemptWords(int Attempt, int Chars, int EstimatedSeconds, int TargetSeconds, IReadOnlyList<WordCount> Fillers, IReadOnlyList<WordCount> MostUsed)
{
    public LengthVerdict Verdict => SpokenLength.VerdictOf(EstimatedSeconds, TargetSeconds);
}
