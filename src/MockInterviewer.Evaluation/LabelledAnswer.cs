using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Evaluation;

public enum Label
{
    Strong,
    Partial,
    Weak,
    OffTopic,
    Keywords,
    Injection,
}

/// <summary>An answer a person wrote and labelled, to measure how far a grader agrees with people.</summary>
public sealed record LabelledAnswer(string QuestionId, Language Language, Label Label, string Answer);
