using MockInterviewer.Cli.Terminal;

namespace MockInterviewer.Cli.Session;

/// <summary>
/// Reads one action: lines up to an empty line make an answer; a first line of /hint, /skip or /end is that
/// command; the end of the input sends what was typed, or ends the interview when nothing was.
/// </summary>
internal sealed class AnswerReader(ICandidateInput input, Action unknownCommand)
{
    public async Task<CandidateAction> ReadAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (true)
        {
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return lines.Count > 0 ? new CandidateAction.Answer(string.Join('\n', lines)) : new CandidateAction.EndInterview();
            }

            if (lines.Count == 0 && line.TrimStart().StartsWith('/'))
            {
                if (CommandOf(line.Trim()) is { } command)
                {
                    return command;
                }

                unknownCommand();
                continue;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line);
            }
            else if (lines.Count > 0)
            {
                return new CandidateAction.Answer(string.Join('\n', lines));
            }
        }
    }

    private static CandidateAction? CommandOf(string line) => line.ToLowerInvariant() switch
    {
        "/hint" => new CandidateAction.Hint(),
        "/skip" => new CandidateAction.Skip(),
        "/end" => new CandidateAction.EndInterview(),
        _ => null,
    };
}
