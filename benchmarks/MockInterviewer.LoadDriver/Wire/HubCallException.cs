namespace MockInterviewer.LoadDriver.Wire;

/// <summary>The hub answered a call with an error (its message as the hub sent it).</summary>
public sealed class HubCallException(string message) : Exception(message);
