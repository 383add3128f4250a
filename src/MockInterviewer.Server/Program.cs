using MockInterviewer.Server.Assessments;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Errors;
using MockInterviewer.Server.Questions;

var builder = WebApplication.CreateBuilder(args);

builder.AddMockInterviewerOptions();
builder.AddInterviewDomain();
builder.AddProblemResponses();
builder.Services.AddSingleton<AnswerRules>();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseProblemResponses();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapHealthChecks("/healthz");
app.MapQuestionEndpoints();
app.MapAssessmentEndpoints();

app.Run();

public partial class Program;
