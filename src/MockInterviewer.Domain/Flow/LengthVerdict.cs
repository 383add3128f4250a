namespace MockInterviewer.Domain.Flow;

/// <summary>How an answer's spoken length compares with its target (<see cref="SpokenLength.VerdictOf"/>).</summary>
public enum LengthVerdict
{
    TooShort,
    Good,
    TooLong,
}
