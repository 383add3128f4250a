using MockInterviewer.Llm;
using MockInterviewer.Server.Accounts;
using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.Hubs;
using MockInterviewer.Server.JobPostings;
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
builder.AddProblemResponses();
builder.AddSecurity();
builder.AddRateLimits();
builder.AddTelemetry();
builder.Services.AddSingleton<AnswerRules>();
builder.Services.AddHealthChecks();

var app = builder.Build();

await app.Services.MigrateInterviewDatabaseAsync();

app.UseProblemResponses();
app.UseSecurity();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapHealthChecks("/healthz");
app.MapQuestionEndpoints();
app.MapAssessmentEndpoints();
app.MapAnswerLimitsEndpoints();
app.MapSessionEndpoints();
app.MapJobPostingEndpoints();
app.MapAccountEndpoints();
app.MapMeEndpoints();
app.MapInterviewHub();

await app.RunAsync();

public partial class Program;
