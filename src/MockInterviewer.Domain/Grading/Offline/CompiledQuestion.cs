using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>A question's reference points with their concepts turned into patterns once, at start-up.</summary>
internal sealed class CompiledQuestion(Question question)
{
    public Question Question { get; } = question;

    public IReadOnlyList<CompiledPoint> Points { get; } = question.ReferencePoints
        .Select(p => new CompiledPoint(p, p.Concepts.Select(TermPattern.Build).ToList()))
        .ToList();
}

internal sealed record CompiledPoint(ReferencePoint Point, IReadOnlyList<Regex> Concepts);
