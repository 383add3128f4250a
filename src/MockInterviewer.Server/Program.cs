using MockInterviewer.Domain.Ports;
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

try
{
    await app.MigrateOnStartAsync();
}
catch (StoreUnavailableException e)
{
    // One line that names the database and the setting to change, not a stack trace.
    Console.Error.WriteLine(e.Message);
    return 1;
}

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

public partial class Program;
