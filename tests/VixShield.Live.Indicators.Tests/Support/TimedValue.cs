using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>One scalar input.</summary>
public readonly record struct TimedValue(Instant Time, double Value);
