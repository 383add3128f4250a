namespace MockInterviewer.Evaluation;

/// <summary>
/// The labelled answers in two splits: tuning (what the grader's cues and concepts may be adjusted against) and
/// held-out (written before any tuning and never looked at while tuning), so the held-out figure tells how the
/// grader does on answers it was not fitted to.
/// </summary>
public sealed record LabelledSet(IReadOnlyList<LabelledAnswer> Tuning, IReadOnlyList<LabelledAnswer> HeldOut)
{
    public const string TuningFolder = "tuning";
    public const string HeldOutFolder = "held-out";

    public static LabelledSet Load(string directory) => new(
        LabelledSetLoader.LoadDirectory(Path.Combine(directory, TuningFolder)),
        LabelledSetLoader.LoadDirectory(Path.Combine(directory, HeldOutFolder)));
}
