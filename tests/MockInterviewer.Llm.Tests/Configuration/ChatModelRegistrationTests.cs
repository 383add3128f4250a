using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel.Services;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Llm.Configuration;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Voice;
using MockInterviewer.Llm.Tests.Support;

namespace MockInterviewer.Llm.Tests.Configuration;

public sealed class ChatModelRegistrationTests
{
    [Theory]
    [InlineData("openai", typeof(OpenAIChatCompletionService))]
    [InlineData("openai-compatible", typeof(OpenAIChatCompletionService))]
    [InlineData("azure-openai", typeof(AzureOpenAIChatCompletionService))]
    public void Each_provider_registers_its_connector_for_the_interviewer_and_for_grading(string provider, Type connector)
    {
        using var host = LlmHost.Build(Settings(provider));

        Assert.IsType(connector, host.Services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Interviewer));
        Assert.IsType(connector, host.Services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Grading));
    }

    [Fact]
    public void Grading_uses_its_own_model_when_one_is_set()
    {
        var settings = Settings("openai-compatible");
        settings["GradingModel"] = "grader-model";

        using var host = LlmHost.Build(settings);

        Assert.Equal("chat-model", host.Services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Interviewer).GetModelId());
        Assert.Equal("grader-model", host.Services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Grading).GetModelId());
    }

    [Fact]
    public void A_model_provider_puts_the_models_engine_and_voice_in_place_of_the_offline_ones()
    {
        using var host = LlmHost.Build(Settings("openai-compatible"));

        Assert.IsType<LlmGradingEngine>(host.Services.GetRequiredService<IGradingEngine>());
        Assert.IsType<LlmVoice>(host.Services.GetRequiredService<IInterviewerVoice>());
    }

    [Fact]
    public void Offline_keeps_the_offline_engine_and_voice()
    {
        using var host = LlmHost.Build(new Dictionary<string, string?> { ["Provider"] = "offline" });

        Assert.IsType<OfflineGrader>(host.Services.GetRequiredService<IGradingEngine>());
        Assert.IsType<OfflineVoice>(host.Services.GetRequiredService<IInterviewerVoice>());
    }

    private static Dictionary<string, string?> Settings(string provider) => new()
    {
        ["Provider"] = provider,
        ["Endpoint"] = provider == "azure-openai" ? "https://example-resource.openai.azure.com" : provider == "openai" ? null : "http://127.0.0.1:11434/v1",
        ["ApiKey"] = "sk-test-key",
        ["Model"] = "chat-model",
    };
}
