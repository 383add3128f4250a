using System.Globalization;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Evaluation.Command;

/// <summary>The command line of the evaluation tool; <see cref="Usage"/> says what each option does.</summary>
public sealed record EvaluationArguments
{
    public const string Offline = "offline";
    public const string Llm = "llm";

    public const string Usage =
        "dotnet run --project src/MockInterviewer.Evaluation -- [--engine offline|llm] [--config FILE] [--split tuning|held-out] "
        + "[--limit N] [--parallel N] [--timeout SECONDS] [--prompts DIR] [--set DIR] [--verbose] [--grade QUESTION_ID ko|en \"answer\"]";

    public string Engine { get; init; } = Offline;

    /// <summary>An appsettings-style JSON file with the <c>MockInterviewer:Llm</c> section; environment variables override it.</summary>
    public string? ConfigFile { get; init; }

    public string Prompts { get; init; } = "prompts";

    public string Set { get; init; } = Path.Combine("tests", "MockInterviewer.Evaluation.Tests", "LabelledAnswers");

    public string? Split { get; init; }

    /// <summary>The first N answers of each split, to try an engine cheaply.</summary>
    public int? Limit { get; init; }

    public int Parallel { get; init; } = 4;

    /// <summary>How long one answer's grading may take before it counts as a fallback; the server's default grading timeout.</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public bool Verbose { get; init; }

    public OneAnswer? Grade { get; init; }

    public bool UsesModel => Engine == Llm;

    public static EvaluationArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new EvaluationArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => ++i < args.Count ? args[i] : throw Problem($"{name} needs a value.");
            parsed = name switch
            {
                "--engine" => parsed with { Engine = OneOf(name, Value(), Offline, Llm) },
                "--config" => parsed with { ConfigFile = Value() },
                "--prompts" => parsed with { Prompts = Value() },
                "--set" => parsed with { Set = Value() },
                "--split" => parsed with { Split = OneOf(name, Value(), LabelledSet.TuningFolder, LabelledSet.HeldOutFolder) },
                "--limit" => parsed with { Limit = Positive(name, Value()) },
                "--parallel" => parsed with { Parallel = Positive(name, Value()) },
                "--timeout" => parsed with { AnswerTimeout = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--verbose" => parsed with { Verbose = true },
                "--grade" => parsed with { Grade = new OneAnswer(Value(), Language(Value()), Value()) },
                _ => throw Problem($"unknown option '{name}'."),
            };
        }

        return parsed;
    }

    private static string OneOf(string name, string value, params string[] allowed) =>
        allowed.Contains(value, StringComparer.Ordinal) ? value : throw Problem($"{name} must be one of: {string.Join(", ", allowed)}.");

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? number
            : throw Problem($"{name} must be a whole number of at least 1.");

    private static Language Language(string value) =>
        LanguageCodes.TryParse(value, out var language) ? language : throw Problem("--grade's language must be ko or en.");

    private static EvaluationSetupException Problem(string message) => new($"{message} Usage: {Usage}");

    /// <param name="QuestionId">The bank question the answer is to.</param>
    public sealed record OneAnswer(string QuestionId, Language Language, string Answer);
}
