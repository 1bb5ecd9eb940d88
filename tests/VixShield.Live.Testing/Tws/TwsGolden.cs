namespace VixShield.Live.Testing.Tws;

/// <summary>Locates the reference TWS conversations in <c>../shared/tws-golden</c> beside the repository.</summary>
public static class TwsGolden
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Absolute path of the golden folder; throws with the searched paths when it is missing.</summary>
    public static string Directory => Root.Value;

    /// <summary>Absolute path of one golden file, e.g. <c>Path("condor.c2s.jsonl")</c>.</summary>
    public static string Path(string fileName) => System.IO.Path.Combine(Directory, fileName);

    private static string Find()
    {
        var searched = new List<string>();
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "tws-golden");
            searched.Add(candidate);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/tws-golden was not found beside the repository; searched: " + string.Join(", ", searched));
    }
}
