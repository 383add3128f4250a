using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Grading;

/// <summary>
/// Strengths and improvements in the answer's language, heaviest points first: strengths quote the candidate's
/// own words, improvements give the bank's advice to the candidate rather than the rubric's wording.
/// </summary>
public sealed class FeedbackWriter(PhraseBook phrases)
{
    public static readonly string[] PhraseKeys =
    [
        "grading.strength", "grading.strengthAgain", "grading.partial", "grading.missing", "grading.incorrect", "grading.offTopic",
        "grading.keywordsOnly", "grading.instructionIgnored",
    ];

    private static readonly Dictionary<PointStatus, string> ImprovementKeys = new()
    {
        [PointStatus.Incorrect] = "grading.incorrect",
        [PointStatus.Partial] = "grading.partial",
        [PointStatus.Missing] = "grading.missing",
    };

    public (List<string> Strengths, List<string> Improvements) Write(
        Question question,
        IReadOnlyList<PointAssessment> points,
        AnswerObservations observations,
        Language language)
    {
        var byWeight = points
            .Select(p => (Assessed: p, Point: question.FindPoint(p.PointId)!))
            .OrderByDescending(p => p.Point.Weight)
            .ToList();
        string Advice(ReferencePoint point) => point.Advice.In(language);

        // A sentence that carries several points is quoted once, with the first (heaviest) of them.
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        bool FirstTime(string? quote) => quote is not null && quoted.Add(quote);

        var strengths = byWeight
            .Where(p => p.Assessed.Status == PointStatus.Covered)
            .Select(p => FirstTime(p.Assessed.Evidence)
                ? phrases.Get("grading.strength", language, ("point", p.Assessed.Text), ("quote", p.Assessed.Evidence!))
                : phrases.Get("grading.strengthAgain", language, ("point", p.Assessed.Text)))
            .ToList();

        var improvements = new List<string>();
        if (observations.AddressedTheGrader)
        {
            improvements.Add(phrases.Get("grading.instructionIgnored", language));
        }

        if (byWeight.All(p => p.Assessed.Status == PointStatus.Missing))
        {
            improvements.Add(phrases.Get("grading.offTopic", language, ("advice", Advice(byWeight[0].Point))));
            byWeight.RemoveAt(0);
        }
        else if (observations.OnlyKeywords)
        {
            improvements.Add(phrases.Get("grading.keywordsOnly", language));
        }

        foreach (var status in (PointStatus[])[PointStatus.Incorrect, PointStatus.Partial, PointStatus.Missing])
        {
            improvements.AddRange(byWeight
                .Where(p => p.Assessed.Status == status)
                .Select(p => phrases.Get(
                    FirstTime(p.Assessed.Evidence) ? ImprovementKeys[status] : ImprovementKeys[PointStatus.Missing],
                    language,
                    ("quote", p.Assessed.Evidence ?? ""),
                    ("advice", Advice(p.Point)))));
        }

        return (strengths, improvements);
    }
}
