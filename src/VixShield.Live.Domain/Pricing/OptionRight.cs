namespace VixShield.Live.Domain.Pricing;

/// <summary>Whether an option is a put or a call.</summary>
public enum OptionRight : byte
{
    Put = 0,
    Call = 1,
}
