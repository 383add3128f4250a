using System.Text.Json;

namespace MockInterviewer.LoadDriver.Wire;

/// <summary>Who hears the hub's calls to a <see cref="HubSocket"/>'s client, on the socket loop's thread.</summary>
internal interface IHubListener
{
    /// <param name="target">The client method the hub calls (MessageDelta, MessageCompleted, ...).</param>
    /// <param name="firstArgument">A reader on the call's first argument's first token.</param>
    /// <param name="receivedAt">When its bytes were read from the socket, as a <see cref="System.Diagnostics.Stopwatch"/> timestamp.</param>
    void OnCall(string target, ref Utf8JsonReader firstArgument, long receivedAt);
}
