namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>Call or put; written as <c>C</c> / <c>P</c>.</summary>
public enum TwsOptionRight : byte
{
    Call = 0,
    Put = 1,
}
