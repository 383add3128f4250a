namespace MockInterviewer.Testing;

/// <param name="Headers">The request's headers as text, to check what a client sent (and never a key it should not).</param>
public sealed record RecordedRequest(string Path, string Headers, string Body);
