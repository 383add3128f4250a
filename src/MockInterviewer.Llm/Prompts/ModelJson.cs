using System.Text.Json;

namespace MockInterviewer.Llm.Prompts;

/// <summary>Reads a model's structured reply; a reply that does not parse is null.</summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static T? Read<T>(string? reply)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Unfence(reply), Options);
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
}
