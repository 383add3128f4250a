using System.Text.Json;

namespace MockInterviewer.Contracts;

/// <summary>Enums travel as lower-case kebab strings (very-common, follow-up).</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string wireName)
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(wireName.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
}
