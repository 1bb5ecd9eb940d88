namespace VixShield.Live.Adapters.InteractiveBrokers.Contracts;

/// <summary>TWS security-type codes used by this daemon (TWS knows more; unknown codes pass through as text).</summary>
public static class TwsSecurityType
{
    public const string Index = "IND";
    public const string Option = "OPT";
    public const string Future = "FUT";
    public const string FutureOption = "FOP";
    public const string Stock = "STK";
    public const string Combo = "BAG";
    public const string Fund = "FUND";
}
