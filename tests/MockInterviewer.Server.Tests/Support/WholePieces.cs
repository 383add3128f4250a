namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// The relay joins the model's pieces that were ready together into one delta, and never splits one: each delta
/// is a run of whole pieces, and the runs, in order, are every piece.
/// </summary>
internal static class WholePieces
{
    public static void AssertMadeOf(IReadOnlyList<string> pieces, IEnumerable<string> deltas)
    {
        var next = 0;
        foreach (var delta in deltas)
        {
            var first = next;
            var rest = delta;
            while (rest.Length > 0 && next < pieces.Count && rest.StartsWith(pieces[next], StringComparison.Ordinal))
            {
                rest = rest[pieces[next].Length..];
                next++;
            }

            Assert.True(rest.Length == 0 && next > first, $"The delta \"{delta}\" is not a run of whole pieces from piece {first}.");
        }

        Assert.Equal(pieces.Count, next);
    }

    /// <summary>Somewhere among the deltas received (of every message, in order), one message's deltas in a row: the pieces, as runs of whole pieces.</summary>
    public static void AssertReceivedInRuns(IReadOnlyList<string> pieces, IReadOnlyList<string> received)
    {
        var whole = string.Concat(pieces);
        for (var start = 0; start < received.Count; start++)
        {
            var text = "";
            var end = start;
            while (end < received.Count && text.Length < whole.Length && whole.StartsWith(text + received[end], StringComparison.Ordinal))
            {
                text += received[end++];
            }

            if (text == whole)
            {
                AssertMadeOf(pieces, received.Skip(start).Take(end - start));
                return;
            }
        }

        Assert.Fail($"\"{whole}\" never arrived in deltas of its own: {string.Join(" | ", received)}");
    }
}
