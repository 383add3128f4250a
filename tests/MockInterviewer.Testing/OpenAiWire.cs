using System.Text.Json;

namespace MockInterviewer.Testing;

/// <summary>The OpenAI chat completions wire format, as our loopback model servers write it.</summary>
public static class OpenAiWire
{
    public static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-loopback",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "loopback",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = Usage(),
    });

    /// <param name="delta">Null for the closing chunk that carries only the usage.</param>
    public static string Chunk(object? delta, string? finish, object? usage) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-loopback",
        @object = "chat.completion.chunk",
        created = 1_700_000_000,
        model = "loopback",
        choices = delta is null ? Array.Empty<object>() : [new { index = 0, delta, finish_reason = finish }],
        usage,
    });

    public static object Usage() => new
    {
        prompt_tokens = 1500,
        completion_tokens = 40,
        total_tokens = 1540,
        prompt_tokens_details = new { cached_tokens = 1024 },
    };
}
