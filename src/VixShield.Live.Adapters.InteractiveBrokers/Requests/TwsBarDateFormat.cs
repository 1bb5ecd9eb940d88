namespace VixShield.Live.Adapters.InteractiveBrokers.Requests;

/// <summary>How HISTORICAL_DATA writes bar times: <c>yyyyMMdd HH:mm:ss zone</c> text or epoch seconds.</summary>
public enum TwsBarDateFormat : byte
{
    Text = 1,
    EpochSeconds = 2,
}
