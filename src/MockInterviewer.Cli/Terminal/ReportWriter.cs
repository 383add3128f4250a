using System.Globalization;
using MockInterviewer.Cli.Texts;
using MockInterviewer.Contracts.Sessions;
using Spectre.Console;

namespace MockInterviewer.Cli.Terminal;

/// <summary>
/// The report as the page lays it out, in text: the overall score and summary, a table of scores, the strongest
/// moments and biggest gaps in the candidate's own words, the speaking habits, then each question with its points
/// and model answer.
/// </summary>
internal sealed class ReportWriter(IAnsiConsole console, Labels labels)
{
    public void Write(ReportDto report)
    {
        var selfIntro = report.Mode == "self-intro";
        var scored = report.Questions.Any(q => q.Assessment is not null);
        console.Write(new Rule(Escape(labels.Text("report.title"))));
        console.MarkupLine($"[bold]{Escape(labels.Text("report.overall"))}: {(scored ? Escape(Score(report.OverallScore)) : "—")}[/]");
        console.WriteLine(report.Summary);
        console.WriteLine();
        ScoreTable(report.Questions);
        var numbers = Numbered(report.Questions).DistinctBy(q => q.Question.QuestionId).ToDictionary(q => q.Question.QuestionId, q => q.Number, StringComparer.Ordinal);
        Moments("report.highlights", report.Highlights, "report.noHighlights", selfIntro ? null : numbers);

        // "No gaps" would praise a report where nothing was graded (every question skipped, say).
        Moments("report.gaps", report.Gaps, scored ? "report.noGaps" : "report.nothingGraded", selfIntro ? null : numbers);
        Words(report.Words);
        Details(report.Questions, report.Words, selfIntro);
    }

    private void ScoreTable(IReadOnlyList<ReportQuestionDto> questions)
    {
        var table = new Table { Title = new TableTitle(Escape(labels.Text("report.questions"))) }
            .AddColumn("#").AddColumn(Escape(labels.Text("report.question"))).AddColumn(Escape(labels.Text("report.score")));
        foreach (var (question, number) in Numbered(questions))
        {
            table.AddRow(new Text(number.ToString(CultureInfo.InvariantCulture)), new Text(question.Text), new Text(ScoreOrStatus(question)));
        }

        console.Write(table);
    }

    /// <param name="numbers">Each question's number, to name it by; null for a self-introduction (one question).</param>
    private void Moments(string titleKey, IReadOnlyList<ReportPointDto> points, string emptyKey, IReadOnlyDictionary<string, int>? numbers)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]{Escape(labels.Text(titleKey))}[/]");
        if (points.Count == 0)
        {
            console.MarkupLine($"  [grey]{Escape(labels.Text(emptyKey))}[/]");
            return;
        }

        foreach (var point in points)
        {
            var text = numbers?.GetValueOrDefault(point.QuestionId) is > 0 and var number
                ? $"{labels.Text("report.questionN", ("n", number))} · {point.Text}"
                : point.Text;
            PointLines.Write(console, labels, point.Status, text, point.Quote, point.Advice);
        }
    }

    // One line as the page's: the fillers, the words leaned on most, and how long an answer takes to say.
    private void Words(WordsDto words)
    {
        if (words.AverageAnswerChars <= 0)
        {
            return;
        }

        var fillers = words.Fillers.Count > 0 ? Counted(words.Fillers) : labels.Text("report.words.noFillers");
        var parts = new List<string> { $"{labels.Text("report.words.fillers")}: {fillers}" };
        if (words.MostUsed.Count > 0)
        {
            parts.Add($"{labels.Text("report.words.mostUsed")}: {Counted(words.MostUsed)}");
        }

        parts.Add(Length(words.AverageAnswerSeconds, words.TargetAnswerSeconds, words.AverageVerdict));
        console.WriteLine();
        console.WriteLine(string.Join(" · ", parts));
    }

    private void Details(IReadOnlyList<ReportQuestionDto> questions, WordsDto words, bool selfIntro)
    {
        console.WriteLine();
        console.Write(new Rule(Escape(labels.Text("report.details"))) { Justification = Justify.Left });
        foreach (var (question, number) in Numbered(questions).Where(q => q.Question.Status != "unasked"))
        {
            console.WriteLine();
            var head = selfIntro ? question.Text : $"{number}. {question.Text}";
            var hints = question.HintsUsed > 0
                ? " · " + labels.Text(question.HintsUsed == 1 ? "report.hintsUsed.one" : "report.hintsUsed.other", ("n", question.HintsUsed))
                : "";
            console.MarkupLine($"[bold]{Escape(head)}[/] — {Escape(ScoreOrStatus(question) + hints)}");
            if (question.NotGradedMessage is { } notGraded)
            {
                console.MarkupLine($"  [yellow]{Escape(notGraded)}[/]");
            }

            if (question.Attempts.Count > 1)
            {
                var targets = words.Attempts.ToDictionary(a => a.Attempt, a => a.TargetSeconds);
                foreach (var (attempt, index) in question.Attempts.Select((a, i) => (a, i + 1)))
                {
                    var length = Length(attempt.EstimatedSeconds, targets.GetValueOrDefault(index), attempt.Verdict);
                    console.MarkupLine($"  {Escape(labels.Text("report.attemptN", ("n", index)))}: {Escape(Score(attempt.Score))} · {Escape(length)}");
                }
            }

            foreach (var point in question.Points)
            {
                PointLines.Write(console, labels, point.Status, point.Text, point.Quote, point.Advice);
            }

            if (question.ModelAnswer is { } modelAnswer)
            {
                console.MarkupLine($"  [bold]{Escape(labels.Text("report.modelAnswer"))}[/]: {Escape(modelAnswer)}");
            }
        }
    }

    private string ScoreOrStatus(ReportQuestionDto question) =>
        question.Assessment is { } assessment ? Score(assessment.Score) : labels.Text("report.status." + question.Status);

    /// <summary>"about 45 s of 60 s · a little short", the server's verdict as the page words it; without a target, the seconds alone.</summary>
    private string Length(int seconds, int targetSeconds, string? verdict)
    {
        if (targetSeconds <= 0 || verdict is null)
        {
            return labels.Text("report.seconds", ("s", seconds));
        }

        return $"{labels.Text("report.habits.ofTarget", ("s", seconds), ("target", targetSeconds))} · {labels.Text("report.length." + verdict)}";
    }

    private static string Counted(IReadOnlyList<WordCountDto> words) => string.Join(", ", words.Select(w => $"{w.Word} ×{w.Count}"));

    private string Score(int score) => labels.Text("score", ("score", score));

    private static IEnumerable<(ReportQuestionDto Question, int Number)> Numbered(IReadOnlyList<ReportQuestionDto> questions) =>
        questions.Select((question, index) => (question, index + 1));

    private static string Escape(string text) => Markup.Escape(text);
}
