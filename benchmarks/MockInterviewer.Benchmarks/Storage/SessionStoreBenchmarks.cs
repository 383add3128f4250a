using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewer.Benchmarks.Support;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Storage;

namespace MockInterviewer.Benchmarks.Storage;

/// <summary>
/// What one store call costs the server: a session halfway through an offline interview (two questions answered and
/// graded) read and saved through the store the server registers (the one writer over EF Core and a SQLite file),
/// and its state's JSON alone. An offline answer makes about one round trip per step of its work.
/// </summary>
[MemoryDiagnoser]
public class SessionStoreBenchmarks : IDisposable
{
    private string _folder = null!;
    private ServiceProvider _services = null!;
    private ISessionStore _store = null!;
    private InterviewSession _session = null!;
    private string _json = null!;
    private SessionRunner _runner = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _folder = Directory.CreateTempSubdirectory("mockinterviewer-bench-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["MockInterviewer:Storage:Provider"] = StorageOptions.Sqlite,
            ["MockInterviewer:Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "interviews.db")}",
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddInterviewStorage();
        _services = services.BuildServiceProvider();
        await _services.MigrateInterviewDatabaseAsync();
        _store = _services.GetRequiredService<ISessionStore>();
        _runner = new SessionRunner(NullLogger<SessionRunner>.Instance);

        _session = await HalfwayAsync();
        await _store.SaveAsync(_session, [], [], CancellationToken.None);
        _json = SessionJson.WriteSession(_session);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        Dispose();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public void Dispose()
    {
        _runner?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "find")]
    public Task<InterviewSession?> Find() => _store.FindAsync(_session.Id, CancellationToken.None);

    [Benchmark(Description = "find, then save")]
    public async Task FindThenSave()
    {
        var session = await _store.FindAsync(_session.Id, CancellationToken.None);
        await _store.SaveAsync(session!, [], [], CancellationToken.None);
    }

    [Benchmark(Description = "find, then save, under one hold (a command)")]
    public Task<int> Command() => _runner.RunAsync(_session.Id, async () =>
    {
        await FindThenSave();
        return 0;
    }, CancellationToken.None);

    [Benchmark(Description = "find under a hold, 6 reads, per read", OperationsPerInvoke = ReadsPerHold)]
    public Task<int> HeldFinds() => _runner.RunAsync(_session.Id, async () =>
    {
        for (var i = 0; i < ReadsPerHold; i++)
        {
            await _store.FindAsync(_session.Id, CancellationToken.None);
        }

        return ReadsPerHold;
    }, CancellationToken.None);

    // The background work of an offline answer reads the session about this many times under one hold.
    private const int ReadsPerHold = 6;

    [Benchmark(Description = "has answer")]
    public Task<bool> HasAnswer() => _store.HasAnswerAsync(_session.Id, "client-1", CancellationToken.None);

    [Benchmark(Description = "state JSON, write")]
    public string WriteJson() => SessionJson.WriteSession(_session);

    [Benchmark(Description = "state JSON, read")]
    public InterviewSession ReadJson() => SessionJson.ReadSession(_json);

    // Planned and answered as the offline engine does it, so the state holds what a real one holds.
    private static async Task<InterviewSession> HalfwayAsync()
    {
        var prompts = BenchmarkPrompts.Load();
        var settings = new InterviewSettings(InterviewMode.Interview, "ai-engineer", Language.En, 5, null, FeedbackTiming.AfterEach);
        var id = Guid.NewGuid().ToString("N");
        var plan = QuestionPlanner.Plan(prompts.Bank, settings, 1, [], []);
        var session = new InterviewSession
        {
            Id = id,
            Settings = settings,
            StartedAt = DateTimeOffset.UtcNow,
            Questions = [.. plan.Select(q => new QuestionProgress { QuestionId = q.Id })],
        };
        InterviewStateMachine.Begin(session);
        var assessor = AnswerAssessor.Offline(prompts.Bank, prompts.GraderSettings, prompts.Phrases);
        for (var i = 0; i < 2; i++)
        {
            var question = plan[i];
            var answer = question.ModelAnswer.In(Language.En);
            session.Questions[i].Answers.Add(answer);
            session.Questions[i].Asked = true;
            session.Questions[i].Assessment = await assessor.GradeAsync(new GradingRequest(question, [answer], Language.En), CancellationToken.None);
        }

        session.CurrentIndex = 2;
        return session;
    }
}
