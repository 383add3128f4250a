using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterviewer.Server.Storage;

/// <summary>How session state and assessments are written into their JSON columns.</summary>
public static class SessionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
