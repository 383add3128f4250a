namespace MockInterviewer.Domain.Grading.Offline;

/// <param name="Text">Exactly as the candidate wrote it, so it can be quoted verbatim.</param>
/// <param name="Clauses">The sentence's clauses, in order, covering the whole text.</param>
internal sealed record AnswerSentence(string Text, SentenceKind Kind, IReadOnlyList<Clause> Clauses)
{
    /// <summary>The text as <see cref="TermPattern.Fold"/> writes it, to look for a pattern's anchors in; null where that is not safe.</summary>
    public string? Folded { get; } = TermPattern.Fold(Text);

    public int ClauseAt(int index)
    {
        for (var i = 0; i < Clauses.Count; i++)
        {
            if (index < Clauses[i].End)
            {
                return i;
            }
        }

        return Clauses.Count - 1;
    }
}

/// <summary>A clause of a sentence, as character offsets into the sentence's text.</summary>
internal readonly record struct Clause(int Start, int End);
