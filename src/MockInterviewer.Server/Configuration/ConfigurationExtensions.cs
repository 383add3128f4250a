using Microsoft.Extensions.Options;
using MockInterviewer.Domain;

namespace MockInterviewer.Server.Configuration;

public static class ConfigurationExtensions
{
    public static WebApplicationBuilder AddMockInterviewerOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SignalROptions>().BindConfiguration(SignalROptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<InterviewOptions>().BindConfiguration(InterviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>Loads prompts/ (bank, phrases, grader cues) now, so that a broken file stops start-up with its name.</summary>
    public static WebApplicationBuilder AddInterviewDomain(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PromptsOptions.SectionName).Get<PromptsOptions>() ?? new PromptsOptions();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<InterviewOptions>>().Value.ToPipeline());
        builder.Services.AddInterviewDomain(PromptLibrary.Load(options.ResolvePath()));
        return builder;
    }
}
