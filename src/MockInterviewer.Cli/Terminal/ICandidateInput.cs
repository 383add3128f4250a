namespace MockInterviewer.Cli.Terminal;

/// <summary>The lines the candidate types.</summary>
public interface ICandidateInput
{
    /// <returns>The next line, or null once the input has ended.</returns>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);
}
