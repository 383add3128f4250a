using MockInterviewer.Contracts.Assessments;
using MockInterviewer.Contracts.Sessions;

namespace MockInterviewer.Cli.Terminal;

/// <summary>Where the interview is shown. Texts arrive already in the candidate's language.</summary>
public interface IInterviewScreen
{
    void BeginInterviewerMessage(string messageId);

    void InterviewerText(string messageId, string text);

    /// <summary>The message is whole; <paramref name="kind"/> is the contract's message kind.</summary>
    /// <param name="drafted">It is about a question a model drafted for the job posting, not one of the bank's.</param>
    void EndInterviewerMessage(string messageId, string kind, int questionIndex, int totalQuestions, bool drafted);

    /// <summary>The pieces of a message shown so far were taken back; what follows starts it again.</summary>
    void MessageRestarted(string messageId);

    /// <summary>How the last answer was graded (feedback: after-each), shown before the interviewer's feedback.</summary>
    void Assessment(AssessmentDto assessment);

    void YourTurn();

    void Status(string text);

    void Refused(string text);

    void Report(ReportDto report);
}
