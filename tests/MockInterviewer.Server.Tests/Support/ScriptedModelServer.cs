using System.Text.Json;
using System.Text.RegularExpressions;
using MockInterviewer.Testing;

namespace MockInterviewer.Server.Tests.Support;

/// <summary>
/// A sensible model behind the loopback OpenAI-style server, for the server to reach through SK's real
/// connector. Grading requests (those with a <c>response_format</c>) get a grading in the schema of
/// <c>ModelGrading</c>, built from the request: the heaviest point covered by the first sentence of the
/// delimited answer, the other points missing (all missing for an answer of a few words). Streamed requests
/// get <see cref="Words"/> in a few pieces; any other request (the report's summary) gets <see cref="Summary"/>.
/// A request to draft questions for a job posting gets <see cref="DraftedText"/> and a question the bank already asks.
/// </summary>
public sealed partial class ScriptedModelServer : IAsyncDisposable, IAsyncLifetime
{
    /// <summary>The pieces of what the model says, whatever it is asked to say: a lead-in, a follow-up, a hint or feedback.</summary>
    public static readonly string[] Pieces = ["Thank you, ", "let us take ", "this one ", "step at a time."];

    /// <summary>The pieces a cut stream sends before the connection drops.</summary>
    public static readonly string[] CutPieces = ["Broken ", "words ", "that "];

    private const int FewWords = 6;
    private int _streamsToCut;

    public ScriptedModelServer()
    {
        Loopback.Responder = Respond;
    }

    public LoopbackOpenAiServer Loopback { get; } = new();

    /// <summary>The server's settings that point it at this model.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MockInterviewer:Llm:Provider"] = "openai-compatible",
        ["MockInterviewer:Llm:Endpoint"] = Loopback.BaseUrl + "/v1",
        ["MockInterviewer:Llm:Model"] = "scripted",
    };

    public static string Words => string.Concat(Pieces);

    /// <summary>The model's whole reply to a request that is neither grading nor streamed: the report's summary.</summary>
    public const string Summary = "You explained your approach clearly. Next time, say more about the points you left open.";

    /// <summary>The question the model drafts for any job posting, with <see cref="DraftedPoints"/> points.</summary>
    public const string DraftedText = "Kafka 컨슈머 그룹은 파티션을 어떻게 나눠 가지나요?";

    public const int DraftedPoints = 3;

    /// <summary>A question the bank already asks, which the model drafts too and the server drops.</summary>
    public const string BankQuestionDrafted = "Could you tell me what Docker is and why it's useful for deploying ML models?";

    /// <summary>The next <paramref name="count"/> streamed replies break midway, after <see cref="CutPieces"/>.</summary>
    public void CutNextStreams(int count) => Interlocked.Exchange(ref _streamsToCut, count);

    private LoopbackReply Respond(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        if (LastUserMessage(body.RootElement).Contains("<<<JOB POSTING ", StringComparison.Ordinal))
        {
            return LoopbackReply.Json(Drafts());
        }

        if (body.RootElement.TryGetProperty("response_format", out _))
        {
            return LoopbackReply.Json(Grade(LastUserMessage(body.RootElement)));
        }

        if (!body.RootElement.TryGetProperty("stream", out var stream) || !stream.GetBoolean())
        {
            return LoopbackReply.Json(Summary);
        }

        return Interlocked.Decrement(ref _streamsToCut) >= 0 ? LoopbackReply.CutStream(CutPieces) : LoopbackReply.Stream(Pieces);
    }

    private static string LastUserMessage(JsonElement request) =>
        request.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString() ?? "";

    private static string Grade(string prompt)
    {
        var points = PointLine().Matches(prompt).Select(m => (Id: m.Groups["id"].Value, Weight: int.Parse(m.Groups["weight"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var answer = DelimitedAnswer().Match(prompt).Groups["answer"].Value.Trim();
        var heaviest = points.MaxBy(p => p.Weight).Id;
        var quote = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < FewWords ? null : FirstSentence(answer);
        return JsonSerializer.Serialize(new
        {
            points = points.Select(p => p.Id == heaviest && quote is not null
                ? new { pointId = p.Id, status = "covered", quote = (string?)quote }
                : new { pointId = p.Id, status = "missing", quote = (string?)null }),
            misreading = (string?)null,
            followUpPointId = (string?)null,
            followUpText = (string?)null,
            onlyKeywords = false,
            addressedTheGrader = false,
        });
    }

    private static string Drafts() => JsonSerializer.Serialize(new
    {
        questions = new[] { DraftedText, BankQuestionDrafted }.Select(text => new
        {
            text,
            why = new[] { "Kafka" },
            points = Enumerable.Range(1, DraftedPoints).Select(i => new { text = $"Point {i}", weight = i }),
        }),
    });

    private static string FirstSentence(string answer)
    {
        var end = answer.IndexOfAny(['.', '?', '!', '\n']);
        return (end > 0 ? answer[..end] : answer).Trim();
    }

    [GeneratedRegex(@"^- (?<id>\S+) \(weight (?<weight>\d+)\):", RegexOptions.Multiline)]
    private static partial Regex PointLine();

    [GeneratedRegex(@"<<<CANDIDATE ANSWER (?<marker>[0-9A-F]+)>>>\n(?<answer>.*)\n<<<END OF CANDIDATE ANSWER \k<marker>>>>", RegexOptions.Singleline)]
    private static partial Regex DelimitedAnswer();

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public ValueTask DisposeAsync() => Loopback.DisposeAsync();
}
