using NodaTime;

namespace VixShield.Live.Adapters.InteractiveBrokers.Events;

/// <summary>CURRENT_TIME (49): TWS's clock, to the second.</summary>
public sealed record CurrentTimeReceived(long EpochSeconds) : TwsEvent
{
    public Instant ServerTime => Instant.FromUnixTimeSeconds(EpochSeconds);
}
