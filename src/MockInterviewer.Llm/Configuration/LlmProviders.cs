namespace MockInterviewer.Llm.Configuration;

/// <summary>The values of <c>Llm:Provider</c> and what each needs to reach its model.</summary>
public static class LlmProviders
{
    public const string Offline = "offline";
    public const string OpenAi = "openai";
    public const string AzureOpenAi = "azure-openai";

    /// <summary>Any server with an OpenAI-style <c>/v1</c> base (Ollama, vLLM, llama.cpp server, LM Studio); most need no key.</summary>
    public const string OpenAiCompatible = "openai-compatible";

    public static ProviderNeeds Needs(string? provider) => provider switch
    {
        OpenAi => new ProviderNeeds(Endpoint: false, ApiKey: true, Model: true),
        AzureOpenAi => new ProviderNeeds(Endpoint: true, ApiKey: true, Model: true),
        OpenAiCompatible => new ProviderNeeds(Endpoint: true, ApiKey: false, Model: true),
        _ => new ProviderNeeds(Endpoint: false, ApiKey: false, Model: false),
    };
}
