namespace MockInterviewer.Storage;

/// <summary>
/// Where the default SQLite file lives: the user's own data folder (~/.local/share/MockInterviewer on Linux,
/// %LOCALAPPDATA%\MockInterviewer on Windows, ~/Library/Application Support/MockInterviewer on macOS), never the
/// source tree or the app's folder, which a rebuild or an update replaces.
/// </summary>
public static class DataFolder
{
    public const string DatabaseFileName = "mockinterviewer.db";

    public static string Default
    {
        get
        {
            var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            // A service account without a home folder still gets a place of its own.
            var root = string.IsNullOrEmpty(userData) ? Path.GetTempPath() : userData;
            return Path.Combine(root, "MockInterviewer");
        }
    }
}
