namespace MockInterviewer.Domain.Flow;

public enum Role
{
    Interviewer,
    Candidate,
}
