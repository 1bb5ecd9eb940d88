namespace VixShield.Live.Reports.Charts;

/// <summary>Thins a long series for drawing without losing what the eye must see: per pixel column it keeps the lowest
/// and the highest point (in their original order), plus the first and last points of the series.</summary>
/// <remarks>35 years of daily points are about 9,000 per line, ten times the columns of a chart; keeping each column's
/// extremes draws the same envelope (every drawdown trough stays) at a fraction of the SVG size.</remarks>
public static class SeriesDownsampler
{
    /// <summary>The points to draw; <paramref name="column"/> gives each point's pixel column (points must be in column order).</summary>
    public static IReadOnlyList<ChartPoint> MinMaxPerColumn(IReadOnlyList<ChartPoint> points, Func<ChartPoint, int> column)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(column);
        if (points.Count <= 2)
        {
            return points;
        }

        var kept = new List<ChartPoint>();
        var start = 0;
        while (start < points.Count)
        {
            var current = column(points[start]);
            var end = start;
            int lowest = start, highest = start;
            while (end < points.Count && column(points[end]) == current)
            {
                if (points[end].Value < points[lowest].Value)
                {
                    lowest = end;
                }

                if (points[end].Value > points[highest].Value)
                {
                    highest = end;
                }

                end++;
            }

            AddIndexes(points, kept, start, Math.Min(lowest, highest), Math.Max(lowest, highest), end - 1, isFirstColumn: start == 0, isLastColumn: end == points.Count);
            start = end;
        }

        return kept;
    }

    private static void AddIndexes(IReadOnlyList<ChartPoint> points, List<ChartPoint> kept, int first, int earlier, int later, int last, bool isFirstColumn, bool isLastColumn)
    {
        int[] candidates = [isFirstColumn ? first : -1, earlier, later, isLastColumn ? last : -1];
        var previous = -1;
        foreach (var index in candidates)
        {
            if (index > previous)
            {
                kept.Add(points[index]);
                previous = index;
            }
        }
    }
}
