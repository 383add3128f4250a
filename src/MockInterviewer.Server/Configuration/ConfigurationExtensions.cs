using Microsoft.Extensions.Options;
using MockInterviewer.Domain;

namespace MockInterviewer.Server.Configuration;

public static class ConfigurationExtensions
{
    public static WebApplicationBuilder AddMockInterviewerOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignalROptions>().BindConfiguration(SignalROptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SessionsOptions>().BindConfiguration(SessionsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<InterviewOptions>().BindConfiguration(InterviewOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>Loads prompts/ (bank, phrases, grader cues) now, so that a broken file stops start-up with its name.</summary>
    public static WebApplicationBuilder AddInterviewDomain(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<InterviewOptions>>().Value.ToPipeline());
        builder.Services.AddInterviewDomain(PromptLibrary.Load(builder.Configuration.PromptsRoot()));
        return builder;
    }

    /// <summary>The prompts/ folder to load: <c>Prompts:Path</c>, or the copy next to the app.</summary>
    public static string PromptsRoot(this IConfiguration configuration) =>
        (configuration.GetSection(PromptsOptions.SectionName).Get<PromptsOptions>() ?? new PromptsOptions()).ResolvePath();
}
