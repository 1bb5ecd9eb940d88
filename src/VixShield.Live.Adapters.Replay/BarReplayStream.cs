using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay;

/// <summary>Turns bars into quotes along <see cref="IntraBarPath"/>.</summary>
internal sealed class BarReplayStream : ReplayStream
{
    private readonly IReadOnlyList<Bar> bars;
    private int barIndex;
    private int pointIndex = -1;

    public BarReplayStream(IReadOnlyList<Bar> bars)
    {
        this.bars = bars;
        MoveNext();
    }

    public override void MoveNext()
    {
        pointIndex++;
        if (barIndex < bars.Count && pointIndex >= IntraBarPath.PointCount(bars[barIndex]))
        {
            barIndex++;
            pointIndex = 0;
        }

        HasCurrent = barIndex < bars.Count;
        if (!HasCurrent)
        {
            return;
        }

        var bar = bars[barIndex];
        IntraBarPath.Point(bar, pointIndex, out var time, out var value);
        Current = new Quote(bar.Symbol, 0m, 0m, value, time, time);
    }
}
