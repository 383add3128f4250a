using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain;
using MockInterviewer.Evaluation.Command;
using MockInterviewer.Llm;
using MockInterviewer.Llm.Configuration;

namespace MockInterviewer.Evaluation.Engines;

/// <summary>
/// The model's grading exactly as the server builds it: the <c>MockInterviewer:Llm</c> settings from an optional
/// appsettings-style file and then the environment, through <see cref="LlmServiceCollectionExtensions.AddLlmInterviewer"/>
/// and its start-up validation; only the grading model is wrapped, to count its tokens.
/// </summary>
internal static class ModelGraderHost
{
    /// <param name="warnings">Where the Llm layer's warnings (why an answer fell back) go, or null for nowhere.</param>
    public static IHost Build(
        PromptLibrary library, string promptsRoot, string? configFile, Action<IConfigurationBuilder> addEnvironment, TokenMeter meter, TextWriter? warnings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (warnings is not null)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning).AddProvider(new WarningLines(warnings));
        }

        if (configFile is not null)
        {
            AddConfigFile(builder.Configuration, configFile);
        }

        addEnvironment(builder.Configuration);
        builder.Services.AddInterviewDomain(library);
        builder.AddLlmInterviewer(promptsRoot);
        MeterGrading(builder.Services, meter);

        var host = builder.Build();
        try
        {
            // The same checks that stop the server's start-up; their messages name keys, never values.
            host.Services.GetService<IStartupValidator>()?.Validate();
            var provider = host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider;
            if (provider == LlmProviders.Offline)
            {
                throw new EvaluationSetupException(
                    $"--engine llm needs {LlmOptions.SectionName}:Provider set to {LlmProviders.OpenAi}, {LlmProviders.AzureOpenAi} or {LlmProviders.OpenAiCompatible} (environment variable MockInterviewer__Llm__Provider, or --config FILE).");
            }
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    public static string Describe(IHost host)
    {
        var options = host.Services.GetRequiredService<IOptions<LlmOptions>>().Value;
        return $"{options.Provider}, grading model {options.ModelForGrading}";
    }

    private static void AddConfigFile(IConfigurationBuilder configuration, string file)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new EvaluationSetupException($"--config: no file at {path}.");
        }

        try
        {
            configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        }
        catch (InvalidDataException e)
        {
            throw new EvaluationSetupException($"--config: {path} is not a JSON settings file ({e.InnerException?.Message ?? e.Message}).");
        }
    }

    private static void MeterGrading(IServiceCollection services, TokenMeter meter)
    {
        var registered = services.LastOrDefault(d =>
            d.IsKeyedService && d.ServiceType == typeof(IChatCompletionService) && Equals(d.ServiceKey, ChatModelKeys.Grading));
        if (registered is null)
        {
            // Settings that fail validation register no model; the validation says which key is wrong.
            return;
        }

        services.Remove(registered);
        services.AddKeyedSingleton<IChatCompletionService>(ChatModelKeys.Grading, (provider, key) =>
            new MeteredChatCompletion(Create(registered, provider, key), meter));
    }

    private static IChatCompletionService Create(ServiceDescriptor registered, IServiceProvider provider, object? key) =>
        (IChatCompletionService)(registered.KeyedImplementationInstance
            ?? registered.KeyedImplementationFactory?.Invoke(provider, key)
            ?? ActivatorUtilities.CreateInstance(provider, registered.KeyedImplementationType!));
}
