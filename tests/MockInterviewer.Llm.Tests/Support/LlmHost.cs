using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MockInterviewer.Domain;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A bare host with the interview domain, the Llm section set as given and <see cref="LlmServiceCollectionExtensions.AddLlmInterviewer"/> applied.</summary>
internal static class LlmHost
{
    /// <param name="logs">Receives every log entry, down to trace.</param>
    /// <param name="services">Replaces services after the model interviewer registered its own.</param>
    public static IHost Build(IDictionary<string, string?> llmSettings, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (logs is not null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        }

        builder.Configuration.AddInMemoryCollection(
            llmSettings.Select(s => KeyValuePair.Create($"MockInterviewer:Llm:{s.Key}", s.Value)));
        builder.Services.AddInterviewDomain(TestPrompts.Library);
        builder.AddLlmInterviewer(RepositoryPaths.Prompts);
        services?.Invoke(builder.Services);
        return builder.Build();
    }
}
