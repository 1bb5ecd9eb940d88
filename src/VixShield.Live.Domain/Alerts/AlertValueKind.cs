namespace VixShield.Live.Domain.Alerts;

/// <summary>Which field of an <see cref="AlertValue"/> holds the value.</summary>
public enum AlertValueKind : byte
{
    Decimal = 0,
    Double = 1,
    Text = 2,
    Boolean = 3,
}
