using MockInterviewer.Domain.Tailoring;

namespace MockInterviewer.Domain.Ports;

/// <summary>Drafts up to <see cref="DraftedQuestionCheck.MaxQuestions"/> questions a job posting asks for and the bank lacks.</summary>
public interface IQuestionDrafter
{
    /// <returns>The drafts that pass <see cref="DraftedQuestionCheck"/>; none when drafting is not possible (no model, or it failed).</returns>
    Task<IReadOnlyList<DraftedQuestion>> DraftAsync(DraftingRequest request, CancellationToken cancellationToken);
}
