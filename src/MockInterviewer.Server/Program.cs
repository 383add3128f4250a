using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.Hubs;
using MockInterviewer.Server.Questions;
using MockInterviewer.Server.Sessions;
using MockInterviewer.Server.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddMockInterviewerOptions();
builder.AddInterviewDomain();
builder.AddInterviewStorage();
builder.AddInterviewHub();
builder.AddProblemResponses();
builder.Services.AddSingleton<AnswerRules>();
builder.Services.AddHealthChecks();

var app = builder.Build();

await app.MigrateInterviewDatabaseAsync();

app.UseProblemResponses();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapHealthChecks("/healthz");
app.MapQuestionEndpoints();
app.MapAssessmentEndpoints();
app.MapSessionEndpoints();
app.MapInterviewHub();

await app.RunAsync();

public partial class Program;
