using System.Reflection;
using Microsoft.AspNetCore.SignalR;

namespace MockInterviewer.Server.Hubs;

/// <summary>A hub's methods and the arguments each takes, as a client should send them.</summary>
public sealed class HubSignatures
{
    // SignalR matches method names without regard to case.
    private readonly Dictionary<string, string> _signatures = new(StringComparer.OrdinalIgnoreCase);

    private HubSignatures(Type hub)
    {
        foreach (var method in hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        {
            var arguments = method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken));
            _signatures[method.Name] = $"{method.Name}({string.Join(", ", arguments.Select(p => $"{p.Name}: {WireShape.Of(p.ParameterType)}"))})";
        }
    }

    public static HubSignatures Of<THub>()
        where THub : Hub => new(typeof(THub));

    public IEnumerable<string> Methods => _signatures.Keys.Order(StringComparer.Ordinal);

    /// <returns>For example "SubmitAnswer(sessionId: string, text: string)", or null for a method the hub lacks.</returns>
    public string? Describe(string method) => _signatures.GetValueOrDefault(method);
}
