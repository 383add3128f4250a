using System.Net.Http.Json;
using System.Text.Json;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Assessments;

public sealed class AnswerLimitsEndpointsTests
{
    [Fact]
    public async Task Limits_give_the_configured_longest_answer()
    {
        using var factory = new ServerFactory(settings: new Dictionary<string, string?> { ["MockInterviewer:Limits:MaxAnswerChars"] = "1234" });

        var limits = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/limits");

        Assert.Equal(1234, limits.GetProperty("maxAnswerChars").GetInt32());
    }
}
