using Microsoft.AspNetCore.Http.Features;

namespace MockInterviewer.Server.Nodes;

/// <summary>On a connection let in without the backplane (Redis could not be reached), to be refused.</summary>
internal sealed class OffBackplane
{
    private static readonly OffBackplane Instance = new();

    public static void Mark(IFeatureCollection connection) => connection.Set(Instance);

    public static bool Marks(IFeatureCollection connection) => connection.Get<OffBackplane>() is not null;
}
