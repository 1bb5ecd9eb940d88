using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>One day's SPX close and A/D line value.</summary>
public readonly record struct DivergenceDay(Instant Time, double Price, double Line);
