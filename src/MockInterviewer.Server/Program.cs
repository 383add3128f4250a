using MockInterviewer.Llm;
using MockInterviewer.Server.Accounts;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.Health;
using MockInterviewer.Server.Hubs;
using MockInterviewer.Server.JobPostings;
using MockInterviewer.Server.Nodes;
using MockInterviewer.Server.Practice;
using MockInterviewer.Server.Questions;
using MockInterviewer.Server.RateLimits;
using MockInterviewer.Server.Security;
using MockInterviewer.Server.Sessions;
using MockInterviewer.Server.Telemetry;
using MockInterviewer.Storage;

try
{
    // The app's own folder, not the working directory: a published server started from anywhere still finds its
    // appsettings.json and wwwroot (`dotnet run` serves the project's wwwroot as static web assets).
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = args,
        ContentRootPath = AppContext.BaseDirectory,
    });

    builder.AddMockInterviewerOptions();
    builder.AddInterviewDomain();
    builder.AddLlmInterviewer(builder.Configuration.PromptsRoot());
    builder.Services.AddInterviewStorage();
    builder.AddAccounts();
    builder.AddInterviewHub();
    builder.AddNodes();
    builder.AddProblemResponses();
    builder.AddSecurity();
    builder.AddRateLimits();
    builder.AddTelemetry();
    builder.Services.AddSingleton<AnswerRules>();
    builder.AddHealth();

    var app = builder.Build();

    if (DatabaseStartup.IsMigrateCommand(args))
    {
        return await app.RunMigrateCommandAsync();
    }

    await app.MigrateOnStartAsync();

    app.UseProblemResponses();
    app.UseSecurity();
    app.UseDefaultFiles();
    app.UseStaticFiles();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();

    app.MapHealth();
    app.MapQuestionEndpoints();
    app.MapAssessmentEndpoints();
    app.MapAnswerLimitsEndpoints();
    app.MapSessionEndpoints();
    app.MapJobPostingEndpoints();
    app.MapAccountEndpoints();
    app.MapMeEndpoints();
    app.MapInterviewHub();

    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartupFailure.Describe(e) is { } problem)
{
    // A wrong setting, a broken prompt file or an unreachable database: one line that names what to change.
    Console.Error.WriteLine($"MockInterviewer cannot start: {problem}");
    return 1;
}

public partial class Program;
