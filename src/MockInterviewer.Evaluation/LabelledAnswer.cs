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

    /// <summary>A confident answer that swaps two definitions (bagging described as sequential): must earn less than a partial answer, with an incorrect point.</summary>
    Swapped,

    /// <summary>An answer that only repeats the rubric's words ("my strength is a concrete strength"): earns next to nothing.</summary>
    Echo,

    /// <summary>An answer to a different reading of the question (normalization for regularization): the grader names the misreading.</summary>
    Misread,

    /// <summary>A reply that is only a plea for help ("모르겠어요", "can I get a hint?"): it gets a hint, not a grade.</summary>
    Plea,
}

/// <summary>An answer a person wrote and labelled, to measure how far a grader agrees with people.</summary>
public sealed record LabelledAnswer(string QuestionId, Language Language, Label Label, string Answer);
