using System.Runtime.CompilerServices;

namespace MockInterviewer.Domain.Flow;

/// <summary>
/// <c>await SchedulerSwitch.To(scheduler)</c> goes on on <paramref name="scheduler"/>: at once when already there,
/// else as a task queued to it. Work that left its lane for a while (a model's stream, relayed where its tokens
/// arrive) comes back to it this way before it saves.
/// </summary>
public readonly struct SchedulerSwitch(TaskScheduler scheduler) : INotifyCompletion
{
    public static SchedulerSwitch To(TaskScheduler scheduler) => new(scheduler);

    public SchedulerSwitch GetAwaiter() => this;

    public bool IsCompleted => TaskScheduler.Current == scheduler;

    public void OnCompleted(Action continuation) =>
        Task.Factory.StartNew(continuation, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);

    public void GetResult()
    {
    }
}
