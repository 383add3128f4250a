namespace MockInterviewer.Domain.Grading.Offline;

/// <param name="Text">Exactly as the candidate wrote it, so it can be quoted verbatim.</param>
internal sealed record AnswerSentence(string Text, SentenceKind Kind);
