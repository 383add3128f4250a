using MockInterviewer.LoadDriver.Model;
using MockInterviewer.Testing;

namespace MockInterviewer.LoadDriver.Tests.Model;

public sealed class TokenEventTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(123)]
    [InlineData(9_876_543_210)]
    public void A_token_event_is_the_chunk_the_wire_format_writes_for_it(long token)
    {
        var expected = $"data: {OpenAiWire.Chunk(new { content = $"[t{token}] " }, finish: null, usage: null)}\n\n";

        Assert.Equal(expected, TokenEvent.Text(token));
        Assert.Equal([token], PacedModel.TokensIn(TokenEvent.Text(token)));
    }
}
