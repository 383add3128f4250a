namespace MockInterviewer.Domain.Grading;

public enum GradingEngine
{
    Offline,
    Llm,
}
