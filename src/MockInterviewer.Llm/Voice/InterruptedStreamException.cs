namespace MockInterviewer.Llm.Voice;

/// <summary>
/// The model's stream ended without saying it had finished (a connection cut between events ends some
/// clients' reads quietly): the words so far are not the whole message.
/// </summary>
public sealed class InterruptedStreamException(string message) : IOException(message);
