using System.Globalization;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>Settings of the TWS execution adapter (section <c>InteractiveBrokers:Execution</c>); host, port, pacing and
/// reconnect backoff are shared with the feed (<c>InteractiveBrokersOptions</c>).</summary>
public sealed record InteractiveBrokersExecutionOptions
{
    public const string SectionName = "InteractiveBrokers:Execution";

    /// <summary>The default client id: one above the feed's 7, because TWS allows one connection per client id and
    /// reports an order's status only to the client id that placed it.</summary>
    public const int DefaultClientId = 8;

    public int ClientId { get; init; } = DefaultClientId;

    /// <summary>The account to trade; null takes the first account TWS lists in MANAGED_ACCTS.</summary>
    public string? AccountId { get; init; }

    /// <summary>How long to wait for TWS to answer a lookup or a query before giving up.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="ArgumentException">A setting is out of range; the message names the key, the value and what is allowed.</exception>
    public void Validate()
    {
        Require(ClientId >= 0, nameof(ClientId), ClientId, "0 or more, and different from the feed's client id");
        Require(AccountId is null || AccountId.Trim().Length > 0, nameof(AccountId), AccountId, "an account id such as DU1234567, or unset");
        Require(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), RequestTimeout, "a positive duration");
    }

    private static void Require(bool valid, string field, object? value, string allowed)
    {
        if (!valid)
        {
            throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture, $"IB execution setting {SectionName}:{field} is '{value ?? "null"}'; allowed: {allowed}"));
        }
    }
}
