namespace MockInterviewer.Domain.Bank;

/// <summary>The part of a STAR story (situation, task, action, result) or the reflection after it.</summary>
public enum StarStep
{
    Situation,
    Task,
    Action,
    Result,
    Reflection,
}
