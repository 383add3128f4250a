using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Phrases;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Usage;
using MockInterviewer.Llm.Configuration;
using MockInterviewer.Llm.Drafting;
using MockInterviewer.Llm.Grading;
using MockInterviewer.Llm.Prompts;
using MockInterviewer.Llm.Reports;
using MockInterviewer.Llm.Resilience;
using MockInterviewer.Llm.Usage;
using MockInterviewer.Llm.Voice;

namespace MockInterviewer.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// The <c>Llm</c> options, validated on start; prompts/llm, loaded now so that a broken file stops start-up
    /// with its name; and, for a provider other than offline, Semantic Kernel's chat completion for the
    /// interviewer and for grading (<see cref="ChatModelKeys"/>), with the model's grading engine and voice in
    /// place of the offline ones, one resilience pipeline for both (<see cref="ModelCalls"/>), and the model's
    /// health as the engine status (<see cref="ModelHealth"/>; a decorator of <see cref="IEngineStatus"/> may
    /// wrap it), and the model drafting questions for a job posting (<see cref="LlmQuestionDrafter"/>). Call it after the interview domain, whose offline engine it replaces.
    /// </summary>
    public static IHostApplicationBuilder AddLlmInterviewer(this IHostApplicationBuilder builder, string promptsRoot)
    {
        builder.Services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(LlmPrompts.Load(promptsRoot));

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
        builder.Services.AddSingleton<ModelHealth>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IEngineStatus>(services => services.GetRequiredService<ModelHealth>()));
        builder.Services.AddSingleton(services => ModelCalls.Create(
            ResilienceSettings.From(services.GetRequiredService<IOptions<LlmOptions>>().Value),
            services.GetRequiredService<ModelHealth>(),
            services.GetService<TimeProvider>() ?? TimeProvider.System));
        builder.Services.AddSingleton(services => new SessionTokenBudget(
            services.GetRequiredService<SessionUsageMeter>(), services.GetRequiredService<IOptions<LlmOptions>>().Value.MaxTokensPerSession));
        builder.Services.AddSingleton(services => new LlmGradingEngine(
            services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Grading),
            services.GetRequiredService<LlmPrompts>(),
            services.GetRequiredService<OfflineGrader>(),
            services.GetRequiredService<ILogger<LlmGradingEngine>>(),
            services.GetRequiredService<ModelCalls>(),
            services.GetRequiredService<SessionTokenBudget>()));
        builder.Services.AddSingleton(services => new LlmVoice(
            services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Interviewer),
            services.GetRequiredService<LlmPrompts>(),
            services.GetRequiredService<QuestionBank>(),
            new OfflineVoice(services.GetRequiredService<QuestionBank>(), services.GetRequiredService<PhraseBook>()),
            services.GetRequiredService<ILogger<LlmVoice>>(),
            services.GetRequiredService<ModelCalls>(),
            services.GetRequiredService<SessionTokenBudget>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IGradingEngine>(services => services.GetRequiredService<LlmGradingEngine>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IInterviewerVoice>(services => services.GetRequiredService<LlmVoice>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IReportSummaryWriter>(services => new LlmSummaryWriter(
            services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Interviewer),
            services.GetRequiredService<LlmPrompts>(),
            services.GetRequiredService<ILogger<LlmSummaryWriter>>(),
            services.GetRequiredService<ModelCalls>(),
            services.GetRequiredService<SessionTokenBudget>())));
        builder.Services.Replace(ServiceDescriptor.Singleton<IQuestionDrafter>(services => new LlmQuestionDrafter(
            services.GetRequiredKeyedService<IChatCompletionService>(ChatModelKeys.Grading),
            services.GetRequiredService<LlmPrompts>(),
            services.GetRequiredService<DraftedQuestionCheck>(),
            services.GetRequiredService<ILogger<LlmQuestionDrafter>>(),
            services.GetRequiredService<ModelCalls>())));

        // Last, so that it wraps whatever says the model's state by now.
        builder.Services.AddTokenBudget();
        return builder;
    }

    private static bool IsValid(LlmOptions options) =>
        Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true);
}
