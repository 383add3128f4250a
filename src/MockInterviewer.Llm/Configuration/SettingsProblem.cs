using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace MockInterviewer.Llm.Configuration;

/// <summary>The options validation's failures as one line: the messages themselves (they name the key), without the framework's wrapping.</summary>
public static partial class SettingsProblem
{
    public static string Describe(OptionsValidationException exception) =>
        string.Join(" ", exception.Failures.Select(f => DataAnnotationFailure().Match(f) is { Success: true } m ? m.Groups["message"].Value : f));

    // "DataAnnotation validation failed for 'LlmOptions' members: 'ApiKey' with the error: 'MockInterviewer:Llm:ApiKey is required ...'."
    [GeneratedRegex("with the error: '(?<message>.*)'\\.$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
