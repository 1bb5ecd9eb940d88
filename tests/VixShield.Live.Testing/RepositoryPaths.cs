namespace VixShield.Live.Testing;

/// <summary>Paths inside this repository (config files, test data), found from the test binaries' folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The folder holding VixShield.Live.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "VixShield.Live.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("VixShield.Live.sln was not found above " + AppContext.BaseDirectory);
    }
}
