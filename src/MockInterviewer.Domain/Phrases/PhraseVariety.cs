namespace MockInterviewer.Domain.Phrases;

/// <summary>
/// Which wording of a phrase to say: fixed by the session and the position in it, so a resumed session says the
/// same words again, and one step apart for consecutive positions, so the same wording never comes twice in a row.
/// </summary>
public static class PhraseVariety
{
    // Small enough that adding a position never overflows.
    private const uint Spread = 9973;

    public static int Pick(string sessionId, int position) => (int)(Fnv1a(sessionId) % Spread) + position;

    // string.GetHashCode differs from one process to the next; a resumed session must pick the same words.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
