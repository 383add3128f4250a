using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Contracts.Sessions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Server.Sessions;

/// <summary>Turns a StartSession request into settings, refusing anything unknown with a reason.</summary>
public sealed class SessionSettingsReader(QuestionBank bank)
{
    public const int MaxTimeLimitMinutes = 180;

    public InterviewSettings Read(StartSessionRequest? request)
    {
        if (request is null)
        {
            throw new HubException("StartSession needs { mode, track?, language, questionCount?, timeLimitMinutes?, feedback? }.");
        }

        var mode = request.Mode switch
        {
            "interview" => InterviewMode.Interview,
            "behavioral" => InterviewMode.Behavioral,
            "self-intro" => InterviewMode.SelfIntro,
            _ => throw new HubException($"Unknown mode '{request.Mode}': use interview, behavioral or self-intro."),
        };

        if (!LanguageCodes.TryParse(request.Language, out var language))
        {
            throw new HubException($"Unknown language '{request.Language}': use ko or en.");
        }

        var track = mode switch
        {
            InterviewMode.Behavioral => QuestionPlanner.BehavioralTrack,
            InterviewMode.SelfIntro => QuestionPlanner.SelfIntroTrack,
            _ => request.Track ?? throw new HubException("An interview needs a track, such as ml-junior or ai-engineer."),
        };
        if (!bank.HasTrack(track))
        {
            throw new HubException($"Unknown track '{track}': choose one of {string.Join(", ", bank.Tracks.Select(t => t.Id))}.");
        }

        var available = bank.InTrack(track).Count();
        var count = request.QuestionCount ?? InterviewService.DefaultQuestionCount;
        if (count < 1)
        {
            throw new HubException("questionCount must be at least 1.");
        }

        if (request.TimeLimitMinutes is < 0 or > MaxTimeLimitMinutes)
        {
            throw new HubException($"timeLimitMinutes must be between 0 (no limit) and {MaxTimeLimitMinutes}.");
        }

        // A self-introduction is always followed by feedback: revising it is the point.
        var feedback = mode == InterviewMode.SelfIntro ? FeedbackTiming.AfterEach : request.Feedback switch
        {
            null or "after-each" => FeedbackTiming.AfterEach,
            "at-end" => FeedbackTiming.AtEnd,
            _ => throw new HubException($"Unknown feedback '{request.Feedback}': use after-each or at-end."),
        };

        return new InterviewSettings(mode, track, language, Math.Min(count, available), request.TimeLimitMinutes, feedback);
    }
}
