using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Practice;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Server.Errors;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Sessions;

/// <summary>
/// What a new session leans to: a review asks the account's due and weakest reference points first (their
/// questions, follow-ups aimed at those points); a job posting adds the questions that fit it best; the rest is
/// today's spread; with a model, the questions it drafts for what the posting asks and the bank lacks are mixed in
/// (<see cref="SessionDrafting"/>). A review needs an account, since a guest has no history to review: it is refused with
/// <see cref="SignInRequiredCode"/> rather than quietly turned into a general interview.
/// </summary>
public sealed class SessionPlanning(AccountHistory history, QuestionBank bank, PostingTailor tailor, SessionDrafting drafting, TimeProvider clock)
{
    public const string SignInRequiredCode = "sign-in-required";

    /// <param name="accountId">The signed-in account, or null for a guest.</param>
    public async Task<PlanPreferences> PreferencesAsync(InterviewSettings settings, string? accountId, CancellationToken cancellationToken)
    {
        var review = settings.Focus == InterviewFocus.Review
            ? await ReviewAsync(settings, accountId, cancellationToken)
            : PlanPreferences.None;
        var fitting = settings.JobPosting is { } posting ? tailor.PreferredQuestionIds(posting, settings.Track) : [];
        var drafted = await drafting.DraftAsync(settings, cancellationToken);
        return review with { Questions = [.. review.Questions.Union(fitting, StringComparer.Ordinal)], Drafted = drafted };
    }

    private async Task<PlanPreferences> ReviewAsync(InterviewSettings settings, string? accountId, CancellationToken cancellationToken)
    {
        if (accountId is null)
        {
            throw new Refusal(SignInRequiredCode, "A review session asks about your own weak points: sign in first, or start a general interview.").ToHubException();
        }

        var now = clock.GetUtcNow();
        var results = await history.PointResultsAsync(accountId, cancellationToken);
        var points = MasteryBoard.Build(results, bank, settings.Language, now);
        return ReviewPlanner.Plan(points, bank, settings, now).Preferences;
    }
}
