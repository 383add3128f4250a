using System.Text.Json;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Llm.Grading;

/// <summary>Turns the model's reply into the domain's proposal; a reply that does not parse is null.</summary>
internal static class ModelGradingReader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static GradingProposal? Read(string? reply, Question question)
    {
        var grading = Parse(reply);
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

    private static ModelGrading? Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ModelGrading>(Unfence(reply), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A server that ignores response_format may still wrap the JSON in a Markdown code fence.
    private static string Unfence(string reply)
    {
        var text = reply.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }

        var start = text.IndexOf('\n', StringComparison.Ordinal);
        var end = text.LastIndexOf("```", StringComparison.Ordinal);
        return start >= 0 && end > start ? text[(start + 1)..end] : text;
    }

    private static PointStatus ToStatus(ModelPointStatus status) => status switch
    {
        ModelPointStatus.Covered => PointStatus.Covered,
        ModelPointStatus.Partial => PointStatus.Partial,
        ModelPointStatus.Incorrect => PointStatus.Incorrect,
        _ => PointStatus.Missing,
    };
}
