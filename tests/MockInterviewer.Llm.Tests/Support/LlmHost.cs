using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using MockInterviewer.Domain;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A bare host with the interview domain, the Llm section set as given and <see cref="LlmServiceCollectionExtensions.AddLlmInterviewer"/> applied.</summary>
internal static class LlmHost
{
    public static IHost Build(IDictionary<string, string?> llmSettings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            llmSettings.Select(s => KeyValuePair.Create($"MockInterviewer:Llm:{s.Key}", s.Value)));
        builder.Services.AddInterviewDomain(TestPrompts.Library);
        builder.AddLlmInterviewer(RepositoryPaths.Prompts);
        return builder.Build();
    }
}
