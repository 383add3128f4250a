using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Grading;

/// <summary>Strengths and improvements in the answer's language, heaviest points first, quoting the candidate's own words.</summary>
public sealed class FeedbackWriter(PhraseBook phrases)
{
    public static readonly string[] PhraseKeys =
    [
        "grading.strength", "grading.partial", "grading.missing", "grading.incorrect", "grading.offTopic",
        "grading.keywordsOnly", "grading.instructionIgnored",
    ];

    public (List<string> Strengths, List<string> Improvements) Write(
        Question question,
        IReadOnlyList<PointAssessment> points,
        AnswerObservations observations,
        Language language)
    {
        var byWeight = points
            .Select(p => (Assessed: p, Weight: question.FindPoint(p.PointId)!.Weight))
            .OrderByDescending(p => p.Weight)
            .Select(p => p.Assessed)
            .ToList();

        var strengths = byWeight
            .Where(p => p.Status == PointStatus.Covered)
            .Select(p => phrases.Get("grading.strength", language, ("point", p.Text), ("quote", p.Evidence!)))
            .ToList();

        var improvements = new List<string>();
        if (observations.AddressedTheGrader)
        {
            improvements.Add(phrases.Get("grading.instructionIgnored", language));
        }

        if (byWeight.All(p => p.Status == PointStatus.Missing))
        {
            improvements.Add(phrases.Get("grading.offTopic", language, ("point", byWeight[0].Text)));
        }
        else if (observations.OnlyKeywords)
        {
            improvements.Add(phrases.Get("grading.keywordsOnly", language));
        }

        improvements.AddRange(byWeight
            .Where(p => p.Status == PointStatus.Incorrect)
            .Select(p => phrases.Get("grading.incorrect", language, ("point", p.Text), ("quote", p.Evidence!))));
        improvements.AddRange(byWeight
            .Where(p => p.Status == PointStatus.Partial)
            .Select(p => phrases.Get("grading.partial", language, ("point", p.Text), ("quote", p.Evidence!))));
        improvements.AddRange(byWeight
            .Where(p => p.Status == PointStatus.Missing)
            .Select(p => phrases.Get("grading.missing", language, ("point", p.Text))));

        return (strengths, improvements);
    }
}
