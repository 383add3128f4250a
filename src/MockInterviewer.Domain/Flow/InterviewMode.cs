namespace MockInterviewer.Domain.Flow;

public enum InterviewMode
{
    Interview,
    SelfIntro,
    Behavioral,
}
