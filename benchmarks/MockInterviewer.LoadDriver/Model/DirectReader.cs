using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using MockInterviewer.LoadDriver.Reporting;

namespace MockInterviewer.LoadDriver.Model;

/// <summary>Reads the paced model's streams straight from loopback, with no server between: the physical limit.</summary>
public static class DirectReader
{
    private static readonly byte[] Request = Encoding.UTF8.GetBytes("""{"model":"paced","stream":true,"messages":[{"role":"user","content":"go"}]}""");

    public static async Task<Samples> ReadAsync(PacedModel model, int streams, CancellationToken cancellationToken)
    {
        var latency = new Samples();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { Timeout = Timeout.InfiniteTimeSpan };
        model.Release();
        await Task.WhenAll(Enumerable.Range(0, streams).Select(_ => Task.Run(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(model.BaseUrl, "chat/completions")) { Content = new ByteArrayContent(Request) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                var at = Stopwatch.GetTimestamp();
                foreach (var token in PacedModel.TokensIn(line))
                {
                    if (model.TrySentAt(token, out var sent))
                    {
                        latency.Add(Stopwatch.GetElapsedTime(sent, at));
                    }
                }
            }
        }, cancellationToken)));
        return latency;
    }
}
