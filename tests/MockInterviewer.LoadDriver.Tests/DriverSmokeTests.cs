using MockInterviewer.LoadDriver;
using MockInterviewer.LoadDriver.Reporting;
using MockInterviewer.LoadDriver.Scenarios;

namespace MockInterviewer.LoadDriver.Tests;

/// <summary>
/// The driver against a real child server, at a size that says only that it works: every answer heard, every
/// message whole, every token relayed. No figure is asserted (the machine's speed is not the code's).
/// </summary>
[Collection(Collection)]
public sealed class DriverSmokeTests
{
    /// <summary>The tests that measure in this process, one at a time: a driver's GC hold is for the whole process.</summary>
    public const string Collection = "Driver measurements";

    [Fact]
    public async Task Offline_run_hears_every_answer_and_loses_nothing()
    {
        var table = await OfflineScenario.RunAsync(DriverArguments.Parse(["offline", "--candidates", "5", "--answers", "1"]), CancellationToken.None);

        Assert.Equal("0", Value(table, "errors"));
        Assert.StartsWith("5 in ", Value(table, "answers"), StringComparison.Ordinal);
        Assert.EndsWith("/ 0", Value(table, "messages heard / broken"), StringComparison.Ordinal);
        Assert.DoesNotContain("n/a", Value(table, "server CPU per answer"), StringComparison.Ordinal);
        Assert.Matches(@"^(none|\d+ pauses?, .* ms in all: gen\d)", Value(table, "the server's pauses for garbage collection"));
    }

    [Theory]
    [InlineData("--seed")]
    [InlineData("--aligned")]
    public async Task Relay_run_receives_every_token_in_order(string phases)
    {
        // 20 tokens at 50/s: 400 ms a message, so steady streaming's two measured lengths outlast a skip's round trip
        // on a busy machine (with 5 tokens, every token could fall before the window or after it).
        var args = DriverArguments.Parse(["relay", "--sessions", "3", "--tokens", "20", "--rate", "50", .. phases == "--seed" ? new[] { phases, "3" } : [phases]]);

        var table = await StreamingScenario.RunAsync(args, "relay", CancellationToken.None);

        Assert.StartsWith("3 of 3", Value(table, "streams reaching the model"), StringComparison.Ordinal);
        Assert.Equal("60 / 0 / 0 / 0", Value(table, "tokens received / lost / doubled / reordered"));
        Assert.Contains("(3 streams, 60 tokens timed;", Value(table, "a later message of the same sessions"), StringComparison.Ordinal);
        Assert.Matches(@"\(3 sessions, \d+ messages, [1-9]\d* tokens timed; 0 failed;.*doubled / reordered meanwhile 0 / 0\)$", Value(table, "steady streaming (each"));
        Assert.Matches(@"^(none|\d+ pauses?, .* ms in all: gen\d)", Value(table, "the server's pauses for garbage collection"));
    }

    [Fact]
    public async Task A_message_longer_than_the_servers_reconnect_buffer_streams_whole_because_the_candidate_acknowledges()
    {
        // Messages of 1,600 deltas: by the second, more than the 256 KB the server keeps unacknowledged for stateful
        // reconnect, after which it holds back sends until the client acknowledges. With the acknowledgements turned off
        // the later message stalled and this failed.
        var args = DriverArguments.Parse(["relay", "--sessions", "1", "--tokens", "1600", "--rate", "1000", "--aligned"]);

        var table = await StreamingScenario.RunAsync(args, "relay", CancellationToken.None);

        Assert.Equal("1600 / 0 / 0 / 0", Value(table, "tokens received / lost / doubled / reordered"));
        Assert.Contains("(1 streams, 1600 tokens timed;", Value(table, "a later message of the same sessions"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locked_run_hears_an_answer_to_every_start_and_probe_and_is_ready_after_the_release()
    {
        var table = await LockedScenario.RunAsync(DriverArguments.Parse(["locked", "--candidates", "3", "--hold", "2"]), CancellationToken.None);

        var outcomes = Value(table, "StartSession outcomes");
        Assert.DoesNotContain("client error", outcomes, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(outcomes, @"(\d+) × ").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.EndsWith("statuses 200)", Value(table, "/api/tracks"), StringComparison.Ordinal);
        Assert.EndsWith("statuses 200)", Value(table, "/healthz"), StringComparison.Ordinal);
        Assert.Equal("200", Value(table, "/readyz"));
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var samples = new Samples();
        foreach (var ms in Enumerable.Range(1, 100))
        {
            samples.AddMilliseconds(ms);
        }

        Assert.Equal(50, samples.Median);
        Assert.Equal(99, samples.Percentile(99));
        Assert.Equal(100, samples.Percentile(100));
        Assert.True(double.IsNaN(new Samples().Median));
    }

    private static string Value(ResultTable table, string measure) =>
        table.Rows.Single(r => r.Measure.Contains(measure, StringComparison.Ordinal)).Value;
}
