namespace VixShield.Live.Rules.Blackouts;

/// <summary>Scheduled releases that can start a hedge blackout. Written <c>fomc</c>, <c>cpi</c>, <c>ppi</c> in files.</summary>
public enum EconomicEventKind : byte
{
    /// <summary>FOMC rate decision (statement release, 14:00 New York since 2013).</summary>
    Fomc = 0,

    /// <summary>Consumer Price Index release (08:30 New York).</summary>
    Cpi = 1,

    /// <summary>Producer Price Index release (08:30 New York).</summary>
    Ppi = 2,
}
