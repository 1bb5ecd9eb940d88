namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>The documented source quirks a reader corrects instead of rejecting (see <see cref="BarFileReader"/>).</summary>
public enum BarRepairKind : byte
{
    /// <summary>Open was 0 with positive High, Low and Close (Yahoo's ^GSPC 1962-1982): the open was not recorded.</summary>
    MissingOpenFilled = 0,

    /// <summary>Open or Close lay outside [Low, High] (CBOE history, one investing.com row): the range was widened.</summary>
    RangeWidened = 1,
}
