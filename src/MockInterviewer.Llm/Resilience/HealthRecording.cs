using Polly;

namespace MockInterviewer.Llm.Resilience;

/// <summary>
/// The outermost strategy of a model call: tells <see cref="ModelHealth"/> how the call ended once its retries
/// are spent. A call the caller cancelled says nothing about the model.
/// </summary>
internal sealed class HealthRecording(ModelHealth health) : ResilienceStrategy
{
    protected override async ValueTask<Outcome<TResult>> ExecuteCore<TResult, TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<TResult>>> callback, ResilienceContext context, TState state)
    {
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (!context.CancellationToken.IsCancellationRequested)
        {
            health.Record(outcome.Exception is null);
        }

        return outcome;
    }
}
