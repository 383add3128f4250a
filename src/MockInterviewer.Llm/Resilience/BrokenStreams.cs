using System.Runtime.CompilerServices;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Llm.Resilience;

/// <summary>
/// The utterance whose stream broke midway, per session, until it is tried again. The flow says a broken message
/// again under the same id (after a reset) and gives up after a few tries; a model that keeps cutting out would
/// use them all and leave the session with "interviewer unavailable". So the try after a break goes to the
/// offline phrases, which cannot break: a message is begun by the model at most once, and always finished.
/// The flow hands every try of one message the same session object, so the memory is keyed by that object and
/// goes with it: nothing to clean up when no try follows.
/// </summary>
internal sealed class BrokenStreams
{
    private readonly ConditionalWeakTable<InterviewSession, Utterance> _broken = new();

    public void Remember(InterviewSession session, Utterance utterance) => _broken.AddOrUpdate(session, utterance);

    /// <summary>Whether this utterance broke on its last try in this session; the answer is given once.</summary>
    public bool Forget(InterviewSession session, Utterance utterance) =>
        _broken.TryGetValue(session, out var broken) && broken == utterance && _broken.Remove(session);
}
