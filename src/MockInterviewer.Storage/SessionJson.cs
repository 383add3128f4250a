using System.Text.Json;
using System.Text.Json.Serialization;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Storage;

/// <summary>How session state and assessments are written into their JSON columns.</summary>
public static class SessionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static InterviewSession ReadSession(string stateJson) =>
        JsonSerializer.Deserialize<InterviewSession>(stateJson, Options)
        ?? throw new JsonException("A stored session's state is empty.");
}
