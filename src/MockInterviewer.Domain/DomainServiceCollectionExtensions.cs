using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;

namespace MockInterviewer.Domain;

public static class DomainServiceCollectionExtensions
{
    public static IServiceCollection AddInterviewDomain(this IServiceCollection services, PromptLibrary prompts)
    {
        services.AddSingleton(prompts);
        services.AddSingleton(prompts.Bank);
        services.AddSingleton(prompts.Phrases);
        services.AddSingleton(prompts.GraderSettings);
        services.AddSingleton<OfflineGrader>();
        services.AddSingleton<IAnswerGrader>(sp => sp.GetRequiredService<OfflineGrader>());
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
