namespace MockInterviewer.Domain.Grading.Offline;

/// <summary>What the offline engine found for one reference point.</summary>
/// <param name="Quote">The candidate's words that show it (for an incorrect point, the wrong statement), or null.</param>
/// <param name="IdeasFound">How many of the point's concepts the answer shows at all.</param>
/// <param name="StepsFound">How many of the point's story steps the answer tells (steps fit any story, so they count only beside a concept).</param>
/// <param name="EvidenceSentence">Which sentence the quote comes from, or -1.</param>
internal sealed record PointFinding(string PointId, PointStatus Status, string? Quote, int IdeasFound, int StepsFound, int EvidenceSentence);
