using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>What a drafter reads: the posting, and the bank's questions that already fit it, so that it drafts what they leave out.</summary>
/// <param name="Posting">The posting as pasted (accepted and cleaned by the server).</param>
/// <param name="Covered">The bank's best-fitting questions, best first.</param>
/// <param name="Language">The language the questions are drafted in: the session's (or the page's), whatever the posting's.</param>
public sealed record DraftingRequest(string Posting, IReadOnlyList<QuestionFit> Covered, Language Language);
