using System.Text.Json.Serialization;

namespace MockInterviewer.Llm.Grading;

[JsonConverter(typeof(JsonStringEnumConverter<ModelPointStatus>))]
internal enum ModelPointStatus
{
    [JsonStringEnumMemberName("covered")]
    Covered,

    [JsonStringEnumMemberName("partial")]
    Partial,

    [JsonStringEnumMemberName("missing")]
    Missing,

    [JsonStringEnumMemberName("incorrect")]
    Incorrect,
}
