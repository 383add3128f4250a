namespace MockInterviewer.Domain.Grading.Offline;

/// <param name="Text">Exactly as the candidate wrote it, so it can be quoted verbatim.</param>
/// <param name="Clauses">The sentence's clauses, in order, covering the whole text.</param>
internal sealed record AnswerSentence(string Text, SentenceKind Kind, IReadOnlyList<Clause> Clauses)
{
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
