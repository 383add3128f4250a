using System.Globalization;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation.Command;

/// <summary>"tuning: 37/446 graded" on one line of the error output, rewritten as answers are graded from any thread.</summary>
internal sealed class ProgressLine(TextWriter error, string split, int total, bool countFallbacks)
{
    private readonly Lock _writing = new();
    private int _graded;
    private int _fellBack;

    public void Graded(ScoredAnswer answer)
    {
        lock (_writing)
        {
            _graded++;
            if (answer.Assessment.Engine == GradingEngine.Offline)
            {
                _fellBack++;
            }

            error.Write(string.Create(CultureInfo.InvariantCulture,
                $"\r{split}: {_graded}/{total} graded{(countFallbacks ? $", {_fellBack} fell back to offline" : "")}"));
        }
    }

    public void Finish()
    {
        lock (_writing)
        {
            if (_graded > 0)
            {
                error.WriteLine();
            }
        }
    }
}
