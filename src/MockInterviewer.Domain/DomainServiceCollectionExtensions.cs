using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Flow.Offline;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Reports;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Usage;

namespace MockInterviewer.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// The interview domain with the offline engine; the host adds an <see cref="ISessionStore"/> and
    /// <see cref="IInterviewEvents"/>, and may add its own <see cref="PipelineSettings"/>, <see cref="LeaseSettings"/> and
    /// <see cref="ISessionLease"/> (several nodes) first.
    /// </summary>
    public static IServiceCollection AddInterviewDomain(this IServiceCollection services, PromptLibrary prompts)
    {
        services.AddSingleton(prompts);
        services.AddSingleton(prompts.Bank);
        services.AddSingleton(prompts.Phrases);
        services.AddSingleton(prompts.GraderSettings);
        services.AddSingleton(new StuckCues(prompts.GraderSettings));
        services.AddSingleton<OfflineGrader>();
        services.AddSingleton<IGradingEngine>(sp => sp.GetRequiredService<OfflineGrader>());
        services.AddSingleton<FeedbackWriter>();
        services.AddSingleton<AssessmentVerifier>();
        services.AddSingleton<IAnswerGrader, AnswerAssessor>();
        services.AddSingleton<IInterviewerVoice, OfflineVoice>();
        services.AddSingleton<IEngineStatus, OfflineEngineStatus>();
        services.AddSingleton(new AnswerWordCounter(prompts.ReportWords));
        services.AddSingleton<ReportBuilder>();
        services.AddSingleton(_ => new PostingTailor(prompts.Bank, prompts.GraderSettings, prompts.PostingWords, prompts.ReportWords));
        services.AddSingleton<DraftedQuestionCheck>();
        services.AddSingleton<IQuestionDrafter, NoQuestionDrafter>();
        services.AddSingleton<SessionDrafting>();
        services.AddSingleton<IReportSummaryWriter, OfflineSummaryWriter>();
        services.AddSingleton<SessionUsageMeter>();
        services.TryAddSingleton<ISessionLease, LocalSessionLease>();
        services.TryAddSingleton(LeaseSettings.Default);
        services.AddSingleton<SessionHolds>();
        services.TryAddSingleton(_ => new BackgroundScheduler(BackgroundScheduler.DefaultWorkers));
        services.AddSingleton<SessionRunner>();
        services.TryAddSingleton(PipelineSettings.Default);
        services.AddSingleton<InterviewerWork>();
        services.AddSingleton<InterviewService>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
