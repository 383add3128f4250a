using System.Text.Json;
using System.Text.Json.Serialization;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Flow;

public sealed class InterviewSettingsTests
{
    // As the server's SessionJson writes a session's state column.
    private static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    [Fact]
    public void Focus_and_job_posting_are_written_and_read_back_with_the_session_state()
    {
        var settings = InterviewHarness.Settings() with { Focus = InterviewFocus.Review, JobPosting = "Docker와 CI/CD 경험 우대" };

        var json = JsonSerializer.Serialize(settings, StateJson);

        Assert.Contains("\"focus\":\"review\"", json, StringComparison.Ordinal);
        Assert.Equal(settings, JsonSerializer.Deserialize<InterviewSettings>(json, StateJson));
    }

    [Fact]
    public void State_stored_before_the_focus_existed_reads_as_a_general_session_without_a_posting()
    {
        var json = JsonSerializer.Serialize(InterviewHarness.Settings(), StateJson)
            .Replace(",\"focus\":\"general\"", "", StringComparison.Ordinal)
            .Replace(",\"jobPosting\":null", "", StringComparison.Ordinal);

        var settings = JsonSerializer.Deserialize<InterviewSettings>(json, StateJson)!;

        Assert.DoesNotContain("focus", json, StringComparison.Ordinal);
        Assert.Equal(InterviewFocus.General, settings.Focus);
        Assert.Null(settings.JobPosting);
    }
}
