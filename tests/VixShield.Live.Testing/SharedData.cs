namespace VixShield.Live.Testing;

/// <summary>Locates the real market history in <c>../shared/data</c> beside the repository (CI puts it there too).</summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Absolute path of the shared data folder; throws with the searched paths when it is missing.</summary>
    public static string Directory => Root.Value;

    /// <summary>Absolute path of a file under the shared data folder, e.g. <c>Path("vix", "vix_daily_cboe_1990_2026.csv")</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Directory, .. parts]);

    private static string Find()
    {
        var searched = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            searched.Add(candidate);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data was not found beside the repository; searched: " + string.Join(", ", searched));
    }
}
