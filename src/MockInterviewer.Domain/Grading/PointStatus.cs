namespace MockInterviewer.Domain.Grading;

public enum PointStatus
{
    Covered,
    Partial,
    Missing,
}
