using Microsoft.Extensions.Logging;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>
/// The questions a new interview with a job posting asks beyond the bank's: drafted by the model for what the
/// track's best-fitting questions leave out, in the session's language, checked, and made the session's own. None
/// offline, none for a self-introduction or a behavioral interview, and none when the model fails or takes longer
/// than <see cref="PipelineSettings.DraftingTimeout"/>: the interview then starts on the bank alone.
/// </summary>
public sealed partial class SessionDrafting(
    IQuestionDrafter drafter,
    PostingTailor tailor,
    DraftedQuestionCheck check,
    PipelineSettings pipeline,
    ILogger<SessionDrafting> logger)
{
    public async Task<IReadOnlyList<Question>> DraftAsync(InterviewSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Mode != InterviewMode.Interview || settings.JobPosting is not { } posting)
        {
            return [];
        }

        var covered = tailor.Rank(posting).Where(f => f.Question.BelongsTo(settings.Track)).ToList();
        IReadOnlyList<DraftedQuestion> drafts;
        using (var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            limit.CancelAfter(pipeline.DraftingTimeout);
            try
            {
                drafts = await drafter.DraftAsync(new DraftingRequest(posting, covered, settings.Language), limit.Token).WaitAsync(limit.Token);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                LogDraftingFailed(logger, e);
                return [];
            }
        }

        return check.Keep(drafts).Select((draft, i) => draft.AsQuestion(i + 1, settings.Track)).ToList();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drafting questions for a job posting failed; the interview asks the bank's only")]
    private static partial void LogDraftingFailed(ILogger logger, Exception exception);
}
