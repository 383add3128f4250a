namespace MockInterviewer.Domain.Grading.Offline;

internal sealed record AnswerSignals(bool OnlyKeywords, bool AddressedTheGrader);
