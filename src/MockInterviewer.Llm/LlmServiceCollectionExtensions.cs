using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewer.Llm.Configuration;

namespace MockInterviewer.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Llm</c> options, validated on start, and, for a provider other than offline, Semantic Kernel's chat
    /// completion for the interviewer and for grading (<see cref="ChatModelKeys"/>).
    /// </summary>
    public static IHostApplicationBuilder AddLlmInterviewer(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // The provider decides which services exist, so it is read now; invalid settings register nothing and
        // leave the start-up validation to say which key is wrong.
        var options = builder.Configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!options.UsesModel || !IsValid(options))
        {
            return builder;
        }

        builder.Services.AddKernel();
        ChatModelRegistration.Register(builder.Services, options, ChatModelKeys.Interviewer, options.Model!);
        ChatModelRegistration.Register(builder.Services, options, ChatModelKeys.Grading, options.ModelForGrading);
        return builder;
    }

    private static bool IsValid(LlmOptions options) =>
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);
}
