using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace MockInterviewer.Llm.Configuration;

/// <summary>Registers Semantic Kernel's chat completion for the configured provider, once per role.</summary>
internal static class ChatModelRegistration
{
    public static void Register(IServiceCollection services, LlmOptions options, string serviceKey, string model)
    {
        switch (options.Provider)
        {
            case LlmProviders.OpenAi when string.IsNullOrWhiteSpace(options.Endpoint):
                services.AddOpenAIChatCompletion(model, options.ApiKey!, serviceId: serviceKey);
                break;
            case LlmProviders.OpenAi or LlmProviders.OpenAiCompatible:
                // Servers without keys (Ollama, llama.cpp) still get a placeholder: the OpenAI client refuses an empty one.
                services.AddOpenAIChatCompletion(model, new Uri(options.Endpoint!), string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey, serviceId: serviceKey);
                break;
            case LlmProviders.AzureOpenAi:
                services.AddAzureOpenAIChatCompletion(model, options.Endpoint!, options.ApiKey!, serviceId: serviceKey);
                break;
            default:
                throw new InvalidOperationException($"{LlmOptions.SectionName}:Provider '{options.Provider}' has no chat model.");
        }
    }
}
