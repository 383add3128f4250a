using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>The offline engine drafts nothing: a question without a model answer or patterns cannot be graded offline.</summary>
public sealed class NoQuestionDrafter : IQuestionDrafter
{
    public Task<IReadOnlyList<DraftedQuestion>> DraftAsync(DraftingRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DraftedQuestion>>([]);
}
