namespace MockInterviewer.Domain.Grading;

/// <summary>An engine that reads an answer and proposes per-point statuses with quotes; it never decides the score.</summary>
public interface IGradingEngine
{
    Task<GradingProposal> ProposeAsync(GradingRequest request, CancellationToken cancellationToken);
}
