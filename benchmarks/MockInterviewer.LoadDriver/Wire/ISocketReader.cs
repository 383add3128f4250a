namespace MockInterviewer.LoadDriver.Wire;

/// <summary>What a <see cref="SocketLoop"/> calls when its socket has bytes (or its end) to read.</summary>
internal interface ISocketReader
{
    /// <summary>Reads what arrived, on the loop's thread: it must not block on anything but that read.</summary>
    void OnReadable();
}
