using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Llm.Voice;

/// <summary>The point a hint leads to, against which its words are checked.</summary>
internal sealed record HintTarget(Question Question, ReferencePoint Point, Language Language);
