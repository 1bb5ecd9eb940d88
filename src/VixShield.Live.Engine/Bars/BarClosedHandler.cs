using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Engine.Bars;

/// <summary>Receives each bar the moment it closes; the bar is passed by reference to avoid copying.</summary>
public delegate void BarClosedHandler(in Bar bar);
