using System.Diagnostics;
using System.Net;
using System.Text;
using MockInterviewer.LoadDriver.Model;

namespace MockInterviewer.LoadDriver.Tests.Model;

/// <summary>The paced model as an HTTP client sees it: what the server under test reads through the OpenAI SDK.</summary>
public sealed class PacedModelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_streamed_request_waits_at_the_gate_then_gets_every_token_in_order_and_done()
    {
        await using var model = await PacedModel.StartAsync(tokens: 5, rate: 100, spreadSeed: 1);
        using var http = new HttpClient();

        var reading = ReadStreamAsync(http, model);
        await WaitUntilAsync(() => model.Waiting == 1);
        Assert.False(reading.IsCompleted);
        model.Release();
        var (events, tokens) = await reading.WaitAsync(Patience);

        Assert.Equal([1L, 2, 3, 4, 5], tokens);
        Assert.All(tokens, token => Assert.True(model.TrySentAt(token, out _)));
        Assert.Equal("[DONE]", events[^1]);
        Assert.Contains("\"finish_reason\":\"stop\"", events[^3], StringComparison.Ordinal);
        Assert.Contains("\"usage\":{", events[^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_are_paced_at_the_rate_asked()
    {
        await using var model = await PacedModel.StartAsync(tokens: 11, rate: 50, spreadSeed: null);
        model.Release();
        using var http = new HttpClient();

        var clock = Stopwatch.StartNew();
        var (_, tokens) = await ReadStreamAsync(http, model).WaitAsync(Patience);

        Assert.Equal(11, tokens.Count);
        Assert.True(model.TrySentAt(tokens[0], out var first));
        Assert.True(model.TrySentAt(tokens[^1], out var last));
        // Ten intervals of 20 ms from the first token's due time. A first token sent late (a busy machine) shortens the
        // span by up to one interval; sent all at once, the tokens would span next to nothing.
        Assert.InRange(Stopwatch.GetElapsedTime(first, last).TotalMilliseconds, 150, 10_000);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public async Task A_kept_alive_connection_serves_a_non_streamed_request_and_then_a_stream()
    {
        await using var model = await PacedModel.StartAsync(tokens: 2, rate: 100, spreadSeed: null);
        model.Release();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 });

        using var plain = await http.PostAsync(new Uri(model.BaseUrl, "chat/completions"), Json("""{"stream":false,"messages":[]}"""));
        var (_, tokens) = await ReadStreamAsync(http, model).WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Contains("\"content\":\"{}\"", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, tokens.Count);
    }

    [Fact]
    public async Task Another_path_is_not_found()
    {
        await using var model = await PacedModel.StartAsync(tokens: 2, rate: 100, spreadSeed: null);
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(model.BaseUrl, "embeddings"), Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_direct_reader_times_every_token_of_every_stream()
    {
        await using var model = await PacedModel.StartAsync(tokens: 4, rate: 100, spreadSeed: 2);

        var latency = await DirectReader.ReadAsync(model, streams: 3, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(12, latency.Count);
    }

    private static async Task<(List<string> Events, List<long> Tokens)> ReadStreamAsync(HttpClient http, PacedModel model)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(model.BaseUrl, "chat/completions"))
        {
            Content = Json("""{"model":"paced","messages":[{"role":"user","content":"go"}],"stream":true}"""),
        };
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var events = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                events.Add(line["data: ".Length..]);
            }
        }

        return (events, [.. events.SelectMany(PacedModel.TokensIn)]);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "waited too long");
            await Task.Delay(10);
        }
    }
}
