using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.JobPostings;

namespace MockInterviewer.Server.Sessions;

/// <summary>Turns a StartSession request into settings, refusing anything unknown with a reason.</summary>
public sealed class SessionSettingsReader(QuestionBank bank)
{
    public const int MaxTimeLimitMinutes = 180;

    public InterviewSettings Read(StartSessionRequest? request)
    {
        if (request is null)
        {
            throw Refuse("invalid-settings", "StartSession needs { mode, track?, language, questionCount?, timeLimitMinutes?, feedback?, focus?, jobPosting? }.");
        }

        var mode = request.Mode switch
        {
            "interview" => InterviewMode.Interview,
            "behavioral" => InterviewMode.Behavioral,
            "self-intro" => InterviewMode.SelfIntro,
            _ => throw Refuse("invalid-settings", $"Unknown mode '{ErrorText.Echo(request.Mode)}': use interview, behavioral or self-intro."),
        };

        if (!LanguageCodes.TryParse(request.Language, out var language))
        {
            throw Refuse("unknown-language", $"Unknown language '{ErrorText.Echo(request.Language)}': use ko or en.");
        }

        var track = mode switch
        {
            InterviewMode.Behavioral => QuestionPlanner.BehavioralTrack,
            InterviewMode.SelfIntro => QuestionPlanner.SelfIntroTrack,
            _ => request.Track ?? throw Refuse("invalid-settings", "An interview needs a track, such as ml-junior or ai-engineer."),
        };
        if (!bank.HasTrack(track))
        {
            throw Refuse("unknown-track", $"Unknown track '{ErrorText.Echo(track)}': choose one of {string.Join(", ", bank.Tracks.Select(t => t.Id))}.");
        }

        var available = bank.InTrack(track).Count();
        var count = request.QuestionCount ?? InterviewService.DefaultQuestionCount;
        if (count < 1)
        {
            throw Refuse("invalid-settings", "questionCount must be at least 1.");
        }

        if (request.TimeLimitMinutes is < 0 or > MaxTimeLimitMinutes)
        {
            throw Refuse("invalid-settings", $"timeLimitMinutes must be between 0 (no limit) and {MaxTimeLimitMinutes}.");
        }

        // A self-introduction is always followed by feedback: revising it is the point.
        var feedback = mode == InterviewMode.SelfIntro ? FeedbackTiming.AfterEach : request.Feedback switch
        {
            null or "after-each" => FeedbackTiming.AfterEach,
            "at-end" => FeedbackTiming.AtEnd,
            _ => throw Refuse("invalid-settings", $"Unknown feedback '{ErrorText.Echo(request.Feedback)}': use after-each or at-end."),
        };

        var focus = request.Focus switch
        {
            null or "general" => InterviewFocus.General,
            "review" => InterviewFocus.Review,
            _ => throw Refuse("invalid-settings", $"Unknown focus '{ErrorText.Echo(request.Focus)}': use general or review."),
        };

        // An empty posting field means none; a posting given is cleaned and limited as the plan endpoint's is.
        string? jobPosting = null;
        if (!string.IsNullOrWhiteSpace(request.JobPosting) && !JobPostingRules.TryAccept(request.JobPosting, out jobPosting, out var refusal))
        {
            throw refusal.ToHubException();
        }

        return new InterviewSettings(mode, track, language, Math.Min(count, available), request.TimeLimitMinutes, feedback)
        {
            Focus = focus,
            JobPosting = jobPosting,
        };
    }

    private static HubException Refuse(string code, string message) => new Refusal(code, message).ToHubException();
}
