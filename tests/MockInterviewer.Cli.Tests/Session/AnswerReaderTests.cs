using MockInterviewer.Cli.Session;
using MockInterviewer.Cli.Tests.Support;

namespace MockInterviewer.Cli.Tests.Session;

public sealed class AnswerReaderTests
{
    private int _unknown;

    [Fact]
    public async Task Lines_up_to_an_empty_line_make_one_answer()
    {
        var action = await Reader("", "first line", "second line", "", "next answer").ReadAsync(CancellationToken.None);

        Assert.Equal(new CandidateAction.Answer("first line\nsecond line"), action);
    }

    [Theory]
    [InlineData("/hint", typeof(CandidateAction.Hint))]
    [InlineData(" /SKIP ", typeof(CandidateAction.Skip))]
    [InlineData("/end", typeof(CandidateAction.EndInterview))]
    public async Task A_command_on_the_first_line_is_that_command(string line, Type expected)
    {
        Assert.IsType(expected, await Reader(line).ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_slash_inside_an_answer_is_text_and_an_unknown_command_is_told()
    {
        var action = await Reader("/what", "I used a/b testing", "/hint", "").ReadAsync(CancellationToken.None);

        Assert.Equal(new CandidateAction.Answer("I used a/b testing\n/hint"), action);
        Assert.Equal(1, _unknown);
    }

    [Fact]
    public async Task The_end_of_the_input_sends_what_was_typed_then_ends_the_interview()
    {
        var reader = Reader("last words");

        Assert.Equal(new CandidateAction.Answer("last words"), await reader.ReadAsync(CancellationToken.None));
        Assert.IsType<CandidateAction.EndInterview>(await reader.ReadAsync(CancellationToken.None));
    }

    private AnswerReader Reader(params string[] lines) => new(new ScriptedInput(lines), () => _unknown++);
}
