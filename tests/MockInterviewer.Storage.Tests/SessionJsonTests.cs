using System.Text.Json;
using MockInterviewer.Storage.Tests.Support;

namespace MockInterviewer.Storage.Tests;

public sealed class SessionJsonTests
{
    // What the store wrote before: every non-ASCII character as a \uXXXX escape.
    private static readonly JsonSerializerOptions EscapingOptions = new(SessionJson.Options) { Encoder = null };

    [Fact]
    public void A_written_state_carries_the_schema_version_and_reads_back()
    {
        var session = TestSessions.New();
        session.CurrentIndex = 1;

        var json = SessionJson.WriteSession(session);
        using var document = JsonDocument.Parse(json);

        Assert.StartsWith($"{{\"{SessionJson.SchemaVersionProperty}\":{SessionJson.SchemaVersion},\"", json, StringComparison.Ordinal);
        Assert.Equal(SessionJson.SchemaVersion, document.RootElement.GetProperty(SessionJson.SchemaVersionProperty).GetInt32());
        Assert.Equal(1, SessionJson.ReadSession(json).CurrentIndex);
    }

    [Fact]
    public void The_client_ids_of_the_answers_taken_read_back()
    {
        var session = TestSessions.New();
        session.AnswerClientIds = ["draft-1", "draft-2"];

        Assert.Equal(["draft-1", "draft-2"], SessionJson.ReadSession(SessionJson.WriteSession(session)).AnswerClientIds);
    }

    [Fact]
    public void A_self_introduction_attempt_is_stored_without_its_derived_verdict_and_reads_back()
    {
        var session = TestSessions.New();
        session.Questions[0].Attempts.Add(new MockInterviewer.Domain.Flow.SelfIntroAttempt("Hello, I am Minji.", 40, 20));

        var json = SessionJson.WriteSession(session);

        Assert.DoesNotContain("\"verdict\"", json, StringComparison.Ordinal);
        var attempt = Assert.Single(SessionJson.ReadSession(json).Questions[0].Attempts);
        Assert.Equal(MockInterviewer.Domain.Flow.LengthVerdict.TooShort, attempt.Verdict);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void State_written_before_the_client_ids_were_kept_reads_with_them_unknown_not_empty(int version)
    {
        // What version 1 wrote: no list (so an answer sent again is looked up in the store).
        var withoutIds = Unversioned(TestSessions.New());
        Assert.True(withoutIds.ContainsKey("answerClientIds"));
        withoutIds.Remove("answerClientIds");
        if (version > 0)
        {
            withoutIds.Insert(0, SessionJson.SchemaVersionProperty, version);
        }

        Assert.Null(SessionJson.ReadSession(withoutIds.ToJsonString()).AnswerClientIds);
    }

    [Fact]
    public void The_schema_version_is_found_wherever_it_stands_in_the_state()
    {
        var state = Unversioned(TestSessions.New());
        state.Add(SessionJson.SchemaVersionProperty, SessionJson.SchemaVersion + 5);
        var json = state.ToJsonString();

        var error = Assert.Throws<StoredStateVersionException>(() => SessionJson.ReadSession(json));

        Assert.Equal(SessionJson.SchemaVersion + 5, error.StoredVersion);
        Assert.Contains($"{SessionJson.SchemaVersion + 5}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_version_that_is_not_a_number_is_refused()
    {
        var json = $"{{\"{SessionJson.SchemaVersionProperty}\":\"2\",\"id\":\"x\"}}";

        Assert.Throws<JsonException>(() => SessionJson.ReadSession(json));
    }

    [Fact]
    public void Korean_is_written_as_itself_and_state_written_with_escapes_still_reads()
    {
        const string Answer = "과적합은 학습 데이터의 노이즈까지 외우는 현상입니다 <b>&</b>";
        var session = TestSessions.New();
        session.Questions[0].Answers.Add(Answer);

        var json = SessionJson.WriteSession(session);
        var escaped = JsonSerializer.Serialize(session, EscapingOptions);

        Assert.Contains("과적합은 학습 데이터의", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
        Assert.Contains("\\uACFC", escaped, StringComparison.Ordinal);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < System.Text.Encoding.UTF8.GetByteCount(escaped));
        Assert.Equal(Answer, SessionJson.ReadSession(json).Questions[0].Answers[0]);
        Assert.Equal(Answer, SessionJson.ReadSession(escaped).Questions[0].Answers[0]);
    }

    // A state as written before it carried a version, or with the version to be put elsewhere.
    private static System.Text.Json.Nodes.JsonObject Unversioned(MockInterviewer.Domain.Flow.InterviewSession session)
    {
        var state = System.Text.Json.Nodes.JsonNode.Parse(SessionJson.WriteSession(session))!.AsObject();
        Assert.True(state.Remove(SessionJson.SchemaVersionProperty));
        return state;
    }
}
