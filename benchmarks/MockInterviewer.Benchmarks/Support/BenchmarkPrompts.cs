using MockInterviewer.Domain;

namespace MockInterviewer.Benchmarks.Support;

/// <summary>The repository's prompts/, found above wherever BenchmarkDotNet put the generated runner.</summary>
public static class BenchmarkPrompts
{
    private static readonly Lazy<PromptLibrary> Library = new(() => PromptLibrary.Load(Root()));

    public static PromptLibrary Load() => Library.Value;

    public static string Root()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var prompts = Path.Combine(folder.FullName, "prompts");
                if (Directory.Exists(Path.Combine(prompts, "bank")))
                {
                    return prompts;
                }
            }
        }

        throw new DirectoryNotFoundException($"No prompts/bank folder above {AppContext.BaseDirectory}.");
    }
}
