using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using Polly.CircuitBreaker;

namespace MockInterviewer.Llm.Resilience;

/// <summary>
/// Whether the configured model is answering, for every session alike: unavailable while the circuit breaker is
/// open, or when the latest call failed even after its retries (its words or grade came from the offline
/// engine); available again once a call succeeds. A stream that broke midway does not count here (the message
/// was still begun by the model); it counts with the breaker, which opens when the model keeps cutting out.
/// </summary>
public sealed class ModelHealth : IEngineStatus
{
    private volatile bool _lastCallFailed;

    /// <summary>The breaker's state, read here; attached to the one breaker in <see cref="ModelCalls"/>.</summary>
    internal CircuitBreakerStateProvider Breaker { get; } = new();

    public bool Available => !_lastCallFailed && Breaker.CircuitState is not (CircuitState.Open or CircuitState.Isolated);

    public EngineState StateFor(InterviewSession session) => Available ? EngineState.Model : EngineState.ModelUnavailable;

    internal void Record(bool succeeded) => _lastCallFailed = !succeeded;
}
