using BenchmarkDotNet.Attributes;
using MockInterviewer.Benchmarks.Support;
using MockInterviewer.Domain;
using MockInterviewer.Domain.Grading.Offline;

namespace MockInterviewer.Benchmarks.StartUp;

/// <summary>The domain's share of the server's start-up: reading prompts/ and readying the offline grader's patterns.</summary>
[MemoryDiagnoser]
public class StartUpBenchmarks
{
    private PromptLibrary _prompts = null!;
    private string _root = "";

    [GlobalSetup]
    public void Setup()
    {
        _root = BenchmarkPrompts.Root();
        _prompts = BenchmarkPrompts.Load();
    }

    [Benchmark(Description = "load prompts/ (bank, phrases, grader settings)")]
    public PromptLibrary LoadPrompts() => PromptLibrary.Load(_root);

    [Benchmark(Description = "build the offline grader (every question's patterns)")]
    public OfflineGrader BuildGrader() => new(_prompts.Bank, _prompts.GraderSettings);
}
