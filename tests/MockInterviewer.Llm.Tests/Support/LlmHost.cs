using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>A bare host with the Llm section set as given and <see cref="LlmServiceCollectionExtensions.AddLlmInterviewer"/> applied.</summary>
internal static class LlmHost
{
    public static IHost Build(IDictionary<string, string?> llmSettings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
            llmSettings.Select(s => KeyValuePair.Create($"MockInterviewer:Llm:{s.Key}", s.Value)));
        builder.AddLlmInterviewer();
        return builder.Build();
    }
}
