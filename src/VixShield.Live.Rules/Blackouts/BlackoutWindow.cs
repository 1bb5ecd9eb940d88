using System.Globalization;
using NodaTime;

namespace VixShield.Live.Rules.Blackouts;

/// <summary>The span in which an event blocks new layers: [prior session close, release time).</summary>
public readonly record struct BlackoutWindow(EconomicEvent Event, Instant Start, Instant End)
{
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Event} blackout from {Start} to {End}");
}
