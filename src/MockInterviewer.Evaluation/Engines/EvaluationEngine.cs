using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MockInterviewer.Domain;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Evaluation.Engines;

/// <summary>The grader an evaluation runs, with the offline grader to fall back on and, for a model, its token meter.</summary>
public sealed class EvaluationEngine : IDisposable
{
    private readonly IHost? _host;

    private EvaluationEngine(string description, IAnswerGrader grader, IAnswerGrader offline, TokenMeter? tokens, IHost? host)
    {
        Description = description;
        Grader = grader;
        Offline = offline;
        Tokens = tokens;
        _host = host;
    }

    public string Description { get; }

    public IAnswerGrader Grader { get; }

    /// <summary>What an answer the model could not grade is graded by, as the server does.</summary>
    public IAnswerGrader Offline { get; }

    /// <summary>Null for the offline engine, which spends no tokens.</summary>
    public TokenMeter? Tokens { get; }

    public bool UsesModel => Tokens is not null;

    public static EvaluationEngine ForOffline(PromptLibrary library)
    {
        var offline = AnswerAssessor.Offline(library.Bank, library.GraderSettings, library.Phrases);
        return new EvaluationEngine("Offline grader", offline, offline, tokens: null, host: null);
    }

    /// <param name="warnings">Where the model layer's warnings (why an answer fell back) go, or null for nowhere.</param>
    public static EvaluationEngine ForModel(
        PromptLibrary library, string promptsRoot, string? configFile, Action<IConfigurationBuilder> addEnvironment, TextWriter? warnings)
    {
        var tokens = new TokenMeter();
        var host = ModelGraderHost.Build(library, promptsRoot, configFile, addEnvironment, tokens, warnings);
        return new EvaluationEngine(
            $"Model grader ({ModelGraderHost.Describe(host)})",
            host.Services.GetRequiredService<IAnswerGrader>(),
            AnswerAssessor.Offline(library.Bank, library.GraderSettings, library.Phrases),
            tokens,
            host);
    }

    public void Dispose() => _host?.Dispose();
}
