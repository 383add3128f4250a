namespace MockInterviewer.Contracts.Assessments;

/// <param name="MaxAnswerChars">The longest answer accepted, in UTF-16 code units (what a textarea's maxlength counts).</param>
public sealed record AnswerLimitsDto(int MaxAnswerChars);
