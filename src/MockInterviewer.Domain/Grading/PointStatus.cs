namespace MockInterviewer.Domain.Grading;

public enum PointStatus
{
    Covered,
    Partial,
    Missing,

    /// <summary>The answer states the point wrongly (e.g. swaps two definitions); it earns nothing.</summary>
    Incorrect,
}
