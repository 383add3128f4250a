namespace MockInterviewer.Domain.Tests.Support;

internal static class Eventually
{
    /// <summary>Generous for a slow machine, yet far shorter than the pipeline's default time limits, so waiting one out fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task HoldsAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not come true in time.");
            }

            await Task.Delay(10);
        }
    }
}
