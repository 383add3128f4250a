using Microsoft.Extensions.Options;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Llm.Configuration;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Server.Configuration;

/// <summary>
/// Why the server cannot start, told as the setting or the file to change. Left unhandled, these would print their
/// stack trace twice and abort the process (exit code 134, as if it had crashed).
/// </summary>
internal static class StartupFailure
{
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException settings => SettingsProblem.Describe(settings),
        PromptFileException or PromptTemplateException or StoreUnavailableException => exception.Message,
        _ => null,
    };
}
