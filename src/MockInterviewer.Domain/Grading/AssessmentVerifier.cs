using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Grading;

/// <summary>
/// The domain's step after any engine: keeps a quote only where it occurs in the candidate's words, takes the
/// credit away from a point whose quote does not, computes the score from statuses and weights (less a little
/// per hint), writes the feedback and picks the follow-up.
/// </summary>
public sealed class AssessmentVerifier(FeedbackWriter feedback)
{
    public Assessment Verify(GradingRequest request, GradingProposal proposal)
    {
        var words = new CandidateWords(request.Answers);
        var proposed = proposal.Points
            .GroupBy(p => p.PointId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var question = request.Question;
        var points = question.ReferencePoints
            .Select(point => Check(point, proposed.GetValueOrDefault(point.Id), words, request.Language))
            .ToList();

        var score = ScoreCalculator.Compute(question.ReferencePoints, points, request.HintsUsed);
        var followUp = FollowUpPicker.Pick(request, points, proposal.FollowUp);
        var (strengths, improvements) = feedback.Write(question, points, proposal.Observations, request.Language);
        return new Assessment(question.Id, request.Language, score, points, strengths, improvements, followUp, proposal.Engine)
        {
            Misreading = string.IsNullOrWhiteSpace(proposal.Misreading) ? null : proposal.Misreading.Trim(),
            HintsUsed = request.HintsUsed,
        };
    }

    private static PointAssessment Check(ReferencePoint point, PointProposal? proposal, CandidateWords words, Language language)
    {
        var text = point.Text.In(language);
        if (proposal is null || proposal.Status == PointStatus.Missing)
        {
            return new PointAssessment(point.Id, text, PointStatus.Missing, null);
        }

        // No words of the candidate's, no credit (and no blame): an unfounded status falls back to missing.
        var quote = words.Find(proposal.Quote);
        return quote is null
            ? new PointAssessment(point.Id, text, PointStatus.Missing, null)
            : new PointAssessment(point.Id, text, proposal.Status, quote);
    }
}
