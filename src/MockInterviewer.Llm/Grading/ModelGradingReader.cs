using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Llm.Grading;

/// <summary>Turns the model's reply into the domain's proposal; a reply that does not parse is null.</summary>
internal static class ModelGradingReader
{
    public static GradingProposal? Read(string? reply, Question question)
    {
        var grading = ModelJson.Read<ModelGrading>(reply);
        if (grading?.Points is null)
        {
            return null;
        }

        var points = grading.Points
            .Where(p => p is not null && question.FindPoint(p.PointId) is not null)
            .Select(p => new PointProposal(p.PointId, ToStatus(p.Status), p.Quote))
            .ToList();
        var followUp = !string.IsNullOrWhiteSpace(grading.FollowUpText) && grading.FollowUpPointId is { } pointId && question.FindPoint(pointId) is not null
            ? new ProposedFollowUp(pointId, grading.FollowUpText.Trim())
            : null;
        return new GradingProposal(
            points,
            GradingEngine.Llm,
            new AnswerObservations(grading.OnlyKeywords, grading.AddressedTheGrader),
            grading.Misreading,
            followUp);
    }

    private static PointStatus ToStatus(ModelPointStatus status) => status switch
    {
        ModelPointStatus.Covered => PointStatus.Covered,
        ModelPointStatus.Partial => PointStatus.Partial,
        ModelPointStatus.Incorrect => PointStatus.Incorrect,
        _ => PointStatus.Missing,
    };
}
