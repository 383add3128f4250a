using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewer.Llm.Configuration;
using MockInterviewer.Llm.Tests.Support;

namespace MockInterviewer.Llm.Tests.Configuration;

public sealed class LlmOptionsValidationTests
{
    private const string Secret = "sk-test-3f9a1c7e5b2d";

    [Theory]
    [InlineData("openai", "ApiKey")]
    [InlineData("openai", "Model")]
    [InlineData("azure-openai", "Endpoint")]
    [InlineData("azure-openai", "ApiKey")]
    [InlineData("azure-openai", "Model")]
    [InlineData("openai-compatible", "Endpoint")]
    [InlineData("openai-compatible", "Model")]
    public void A_provider_without_a_setting_it_needs_is_refused_naming_the_key(string provider, string missing)
    {
        var settings = Complete(provider);
        settings.Remove(missing);

        var error = ValidationError(settings);

        Assert.Contains($"MockInterviewer:Llm:{missing} is required when MockInterviewer:Llm:Provider is '{provider}'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("offline")]
    [InlineData("openai")]
    [InlineData("azure-openai")]
    [InlineData("openai-compatible")]
    public void A_provider_with_what_it_needs_starts(string provider)
    {
        using var host = LlmHost.Build(Complete(provider));

        Assert.Equal(provider, host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider);
    }

    [Fact]
    public void Offline_needs_no_endpoint_key_or_model_and_registers_no_chat_model()
    {
        using var host = LlmHost.Build(new Dictionary<string, string?> { ["Provider"] = "offline" });

        Assert.Equal("offline", host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.Provider);
        Assert.Null(host.Services.GetKeyedService<Microsoft.SemanticKernel.ChatCompletion.IChatCompletionService>(ChatModelKeys.Interviewer));
    }

    [Fact]
    public void Openai_compatible_needs_no_key()
    {
        var settings = Complete("openai-compatible");
        settings.Remove("ApiKey");

        using var host = LlmHost.Build(settings);

        Assert.Null(host.Services.GetRequiredService<IOptions<LlmOptions>>().Value.ApiKey);
    }

    [Theory]
    [InlineData("Provider", "gpt", "MockInterviewer:Llm:Provider")]
    [InlineData("Endpoint", "localhost:11434/v1", "MockInterviewer:Llm:Endpoint")]
    [InlineData("Endpoint", "ftp://models.example/v1", "MockInterviewer:Llm:Endpoint")]
    [InlineData("MaxTokensPerSession", "10", "MockInterviewer:Llm:MaxTokensPerSession")]
    [InlineData("Retries", "11", "MockInterviewer:Llm:Retries")]
    [InlineData("RetryDelaySeconds", "-1", "MockInterviewer:Llm:RetryDelaySeconds")]
    [InlineData("FirstTokenTimeoutSeconds", "0", "MockInterviewer:Llm:FirstTokenTimeoutSeconds")]
    [InlineData("IdleTimeoutSeconds", "601", "MockInterviewer:Llm:IdleTimeoutSeconds")]
    [InlineData("RequestTimeoutSeconds", "0", "MockInterviewer:Llm:RequestTimeoutSeconds")]
    [InlineData("BreakerFailureRatio", "0", "MockInterviewer:Llm:BreakerFailureRatio")]
    [InlineData("BreakerFailureRatio", "1.5", "MockInterviewer:Llm:BreakerFailureRatio")]
    [InlineData("BreakerMinimumThroughput", "1", "MockInterviewer:Llm:BreakerMinimumThroughput")]
    [InlineData("BreakerSamplingSeconds", "0.1", "MockInterviewer:Llm:BreakerSamplingSeconds")]
    [InlineData("BreakerBreakSeconds", "0.1", "MockInterviewer:Llm:BreakerBreakSeconds")]
    public void An_invalid_value_is_refused_naming_the_key(string key, string value, string named)
    {
        var settings = Complete("openai-compatible");
        settings[key] = value;

        Assert.Contains(named, ValidationError(settings), StringComparison.Ordinal);
    }

    [Fact]
    public void Timeouts_and_breaker_settings_accept_fractions_of_a_second()
    {
        var settings = Complete("openai-compatible");
        settings["FirstTokenTimeoutSeconds"] = "0.5";
        settings["IdleTimeoutSeconds"] = "0.25";
        settings["BreakerBreakSeconds"] = "0.5";

        using var host = LlmHost.Build(settings);
        var options = host.Services.GetRequiredService<IOptions<LlmOptions>>().Value;

        Assert.Equal(0.5, options.FirstTokenTimeoutSeconds);
        Assert.Equal(0.25, options.IdleTimeoutSeconds);
    }

    [Theory]
    [InlineData("openai", "Model")]
    [InlineData("azure-openai", "Endpoint")]
    [InlineData("openai-compatible", "Endpoint")]
    [InlineData("bogus", "Provider")]
    public void The_key_never_appears_in_validation_output(string provider, string broken)
    {
        var settings = Complete(provider);
        settings[broken] = broken == "Endpoint" ? $"not a url {Secret}" : null;
        settings["ApiKey"] = Secret;

        var error = ValidationError(settings);

        Assert.DoesNotContain(Secret, error, StringComparison.Ordinal);
    }

    private static string ValidationError(Dictionary<string, string?> settings)
    {
        using var host = LlmHost.Build(settings);
        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LlmOptions>>().Value);
        return error.ToString();
    }

    private static Dictionary<string, string?> Complete(string provider) => new()
    {
        ["Provider"] = provider,
        ["Endpoint"] = provider == "azure-openai" ? "https://example-resource.openai.azure.com" : "http://127.0.0.1:11434/v1",
        ["ApiKey"] = Secret,
        ["Model"] = "model-under-test",
    };
}
