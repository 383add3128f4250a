using System.Text.RegularExpressions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>
/// A question's patterns: built interpreted when the question is first graded, and compiled to IL once it has been
/// graded often enough to be worth it, which matches several times faster (the interpreter was a sixth of the
/// server's CPU under a class's load). The compiling runs on a thread of its own and is warmed there, each pattern
/// run over the question's own words: the JIT of a large pattern takes long on a busy machine, and a grader's match
/// would pay for it within its time limit. Graders go on with the interpreted patterns meanwhile; both match alike.
/// </summary>
internal sealed class QuestionPatterns(Question question, OfflineGraderSettings settings)
{
    // Compiling every question of the bank would take seconds and tens of megabytes; a process compiles those it uses.
    internal const int CompileAfterGradings = 20;

    private readonly Lazy<CompiledQuestion> _interpreted = new(() => new CompiledQuestion(question, settings));
    private CompiledQuestion? _compiled;
    private int _gradings;

    /// <summary>Completes once the compiled patterns are in use (or the compiling failed and they never will be).</summary>
    public Task Compiled { get; private set; } = Task.CompletedTask;

    public bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    public CompiledQuestion ForGrading()
    {
        if (Volatile.Read(ref _compiled) is { } compiled)
        {
            return compiled;
        }

        if (Interlocked.Increment(ref _gradings) == CompileAfterGradings)
        {
            StartCompiling();
        }

        return _interpreted.Value;
    }

    private void StartCompiling()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Compiled = done.Task;
        new Thread(() =>
        {
            try
            {
                var compiled = new CompiledQuestion(question, settings, toIl: true);
                var words = WordsOf(question);
                foreach (var pattern in compiled.OwnPatterns)
                {
                    Warm(pattern, words);
                }

                Volatile.Write(ref _compiled, compiled);
            }
            catch (Exception)
            {
                // Whatever stopped it, the interpreted patterns stay: they match alike, only slower. (Thrown on a
                // thread of its own, it would end the process.)
            }
            finally
            {
                done.SetResult();
            }
        })
        { IsBackground = true, Name = "Pattern compiler" }.Start();
    }

    // A match over the pattern's own terms runs (and so JIT-compiles) both its search and its matching code.
    private static void Warm(Regex pattern, string words)
    {
        try
        {
            pattern.IsMatch(words);
        }
        catch (RegexMatchTimeoutException)
        {
            // The JIT on a busy machine outlasted the time limit here, where nobody waits for the answer.
        }
    }

    private static string WordsOf(Question question) => string.Join('\n',
    [
        question.Text.Ko,
        question.Text.En,
        .. question.ReferencePoints.SelectMany(p => p.Concepts.SelectMany(c => c)
            .Concat(p.Subject)
            .Concat(p.Contradicts.SelectMany(c => c.Of.Concat(c.Says)))),
        .. question.Misreadings.SelectMany(m => m.Concepts.SelectMany(c => c)),
    ]);
}
