using NodaTime;

namespace VixShield.Live.Indicators.Tests.Support;

/// <summary>One day of NYSE breadth counts.</summary>
public readonly record struct BreadthDay(LocalDate Date, Instant Time, double Advancing, double Declining);
