namespace MockInterviewer.Domain.Reports;

/// <summary>How the candidate's answers read: the words they lean on, the fillers, the usual length.</summary>
public sealed record WordStats(IReadOnlyList<WordCount> MostUsed, IReadOnlyList<WordCount> Fillers, int AverageAnswerChars)
{
    public static WordStats None { get; } = new([], [], 0);
}

public sealed record WordCount(string Word, int Count);
