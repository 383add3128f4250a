using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Hubs;

/// <summary>
/// A hub protocol (the JSON one) that explains the calls it cannot bind: the wrong number or types of arguments,
/// or a method the hub lacks. SignalR answers those with "Failed to invoke 'X' due to an error on the server." and
/// adds the reason only when it is a <see cref="HubException"/> (or when detailed errors are on, which would send
/// internals to every client). Hub filters never see a call that failed to bind, so the protocol, which finds the
/// failure, is the one place to word it: as an invalid-arguments refusal naming the method and what it takes.
/// </summary>
public sealed class ArgumentExplainingProtocol(IHubProtocol inner, HubSignatures signatures) : IHubProtocol
{
    public string Name => inner.Name;

    public int Version => inner.Version;

    public TransferFormat TransferFormat => inner.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var frames = input;
        try
        {
            if (!inner.TryParseMessage(ref input, binder, out message))
            {
                return false;
            }
        }
        catch (InvalidDataException) when (UnreadableFrame.InvocationOf(frames, input) is { } call)
        {
            // A call that is not JSON (cut short, or not UTF-8) but names its invocation gets an answer like any refused
            // call, and the connection stays; with no id to answer, SignalR closes the connection, as the protocol wants.
            message = new InvocationBindingFailureMessage(call.InvocationId, call.Target, ExceptionDispatchInfo.Capture(
                new Refusal("invalid-message", "The message could not be read as JSON in UTF-8; nothing was done.").ToHubException()));
            return true;
        }

        if (message is InvocationBindingFailureMessage failure)
        {
            message = new InvocationBindingFailureMessage(failure.InvocationId, failure.Target, ExceptionDispatchInfo.Capture(Explain(failure.Target)));
        }

        return true;
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    private HubException Explain(string method) => signatures.Describe(method) is { } signature
        ? new Refusal("invalid-arguments", $"Call {signature}: the arguments sent do not match it in number or type.").ToHubException()
        : new Refusal("invalid-arguments", $"The hub has no method '{ErrorText.Echo(method)}'; it has {string.Join(", ", signatures.Methods)}.").ToHubException();
}
