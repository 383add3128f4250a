using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using MockInterviewer.Domain.Flow;

namespace MockInterviewer.Storage;

/// <summary>
/// How session state and assessments are written into their JSON columns. A session's state carries the schema
/// version it was written in (<see cref="SchemaVersionProperty"/>): state written before there was one reads as
/// version 0, and state written by a newer server fails clearly rather than being read wrongly and saved back.
/// </summary>
public static class SessionJson
{
    /// <summary>Raise it with a change that an older server would misread; teach <see cref="ReadSession"/> the old shapes.</summary>
    public const int SchemaVersion = 2;

    public const string SchemaVersionProperty = "schemaVersion";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },

        // Korean as itself, not as \uXXXX: half the bytes, and far less work for the encoder and for the one writer.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),

        // The version is written as the session's first member, with it: splicing it into the serialized text made a
        // second copy of every saved state (a fifth of the server's allocation under the offline load).
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { VersionFirst } },
    };

    public static string WriteSession(InterviewSession session) => JsonSerializer.Serialize(session, Options);

    /// <summary>The state as UTF-8, as the serializer writes it and the database stores it: no UTF-16 copy between.</summary>
    public static byte[] WriteSessionUtf8(InterviewSession session) => JsonSerializer.SerializeToUtf8Bytes(session, Options);

    public static InterviewSession ReadSession(string stateJson)
    {
        // Read as UTF-8 (the version first, on its own) from a buffer borrowed for the read: a state read from the
        // database and not remembered (a resume, a report, an account's history) leaves no copy of itself behind.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(stateJson));
        try
        {
            return ReadSession(buffer.AsSpan(0, Encoding.UTF8.GetBytes(stateJson, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static InterviewSession ReadSession(ReadOnlySpan<byte> utf8)
    {
        var version = SchemaVersionOf(utf8);
        if (version > SchemaVersion)
        {
            throw new StoredStateVersionException(version, SchemaVersion);
        }

        // Versions 0 and 1 have the same shape: 1 only added the version itself.
        var session = JsonSerializer.Deserialize<InterviewSession>(utf8, Options)
            ?? throw new JsonException("A stored session's state is empty.");
        if (version < 2)
        {
            // 2 added the client ids of the answers taken; before it they are unknown here (the store knows them).
            session.AnswerClientIds = null;
        }

        return session;
    }

    // Written only: reading skips it (ReadSession reads the version on its own, before the rest).
    private static void VersionFirst(JsonTypeInfo info)
    {
        if (info.Type != typeof(InterviewSession))
        {
            return;
        }

        var version = info.CreateJsonPropertyInfo(typeof(int), SchemaVersionProperty);
        version.Get = static _ => SchemaVersion;
        version.Order = int.MinValue;
        info.Properties.Insert(0, version);
    }

    private static int SchemaVersionOf(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return 0;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals(SchemaVersionProperty);
            reader.Read();
            if (isVersion)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : throw new JsonException($"A stored session's {SchemaVersionProperty} is not a whole number.");
            }

            reader.Skip();
        }

        return 0;
    }
}
