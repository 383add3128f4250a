using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class StreamedSpeechTests
{
    [Fact]
    public async Task A_streams_pieces_are_relayed_on_the_thread_they_arrive_on_and_the_message_is_still_saved()
    {
        var voice = new ArrivingVoice(new OfflineVoice(FlowBank.Value, RealPrompts.Phrases));
        using var harness = new InterviewHarness(FlowBank.Value, voice: voice);

        var id = await harness.StartAsync(InterviewHarness.Settings());

        // Each piece was asked for by whoever relayed the one before: not queued back to the session's lane.
        Assert.NotEmpty(voice.AskedInLane);
        Assert.DoesNotContain(true, voice.AskedInLane);
        Assert.Equal([MessageKind.Greeting, MessageKind.Question], harness.Transcript(id).Select(t => t.Kind));
        Assert.Equal([true, true], harness.Events.CompletedInLane); // saved back in the lane, not where the last piece arrived
        Assert.Equal(string.Concat(harness.Events.Deltas.Select(d => d.Text)), string.Concat(harness.Events.Completed.Select(t => t.Text)));
    }

    /// <summary>The offline voice's pieces, each arriving later on a thread of the pool, as a model's tokens do.</summary>
    private sealed class ArrivingVoice(IInterviewerVoice inner) : IInterviewerVoice
    {
        public ConcurrentQueue<bool> AskedInLane { get; } = new();

        public async IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var piece in inner.SpeakAsync(session, utterance, cancellationToken))
            {
                await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                yield return piece;
                AskedInLane.Enqueue(TaskScheduler.Current is BackgroundLane);
            }
        }
    }
}
