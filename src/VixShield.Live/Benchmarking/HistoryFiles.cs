namespace VixShield.Live.Benchmarking;

/// <summary>The daily history files the start-up figure warms up from when none are named: the market history shipped
/// beside the repository (<c>shared/data</c>, found from the working directory or the executable upwards).</summary>
internal static class HistoryFiles
{
    /// <summary>Folder and file-name pattern of each series: SPX, VIX, VIX9D, VIX3M, NYSE advancing and declining issues.</summary>
    private static readonly (string Folder, string Pattern)[] Series =
    [
        ("spx", "spx_daily_investingcom_*.csv"),
        ("vix", "vix_daily_cboe_*.csv"),
        ("vix", "vix9d_daily_cboe_*.csv"),
        ("vix", "vix3m_daily_cboe_*.csv"),
        ("breadth", "nyse_ADV_*.csv"),
        ("breadth", "nyse_DECL_*.csv"),
    ];

    /// <summary>The default files, or an empty list when the shared history is not found.</summary>
    public static IReadOnlyList<string> FindDefault()
    {
        var searched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "data");
                if (searched.Add(candidate) && Directory.Exists(candidate))
                {
                    return [.. Series.SelectMany(s => Directory.Exists(Path.Combine(candidate, s.Folder))
                        ? Directory.GetFiles(Path.Combine(candidate, s.Folder), s.Pattern).Order(StringComparer.Ordinal).Take(1)
                        : [])];
                }
            }
        }

        return [];
    }
}
