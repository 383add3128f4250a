using Microsoft.AspNetCore.SignalR;
using MockInterviewer.Cli.Texts;

namespace MockInterviewer.Cli.Tests.Texts;

public sealed class LabelsTests
{
    [Fact]
    public void Korean_and_English_have_the_same_labels()
    {
        Assert.Equal(["en", "ko"], Labels.Languages.Order());
        Assert.Equal(Labels.For("ko").Keys.Order(), Labels.For("en").Keys.Order());
    }

    [Theory]
    [InlineData("answer-empty")]
    [InlineData("nodes-unavailable")]
    public void A_refusal_is_told_by_its_code_in_the_chosen_language(string code)
    {
        var refusal = new HubException($"An unexpected error occurred invoking 'SubmitAnswer' on the server. HubException: {code}: The server's words.");

        Assert.Equal(Labels.For("ko").Text($"error.{code}"), RefusalText.Of(refusal, Labels.For("ko")));
        Assert.Equal(Labels.For("en").Text($"error.{code}"), RefusalText.Of(refusal, Labels.For("en")));
        Assert.NotEqual(RefusalText.Of(refusal, Labels.For("ko")), RefusalText.Of(refusal, Labels.For("en")));
    }

    [Fact]
    public void A_refusal_without_a_known_code_is_the_generic_line()
    {
        Assert.Equal(Labels.For("en").Text("error.generic"), RefusalText.Of(new HubException("boom"), Labels.For("en")));
    }
}
