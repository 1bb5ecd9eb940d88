using System.Globalization;
using VixShield.Live.Abstractions.Configuration;

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

    /// <summary>How long units that ORDER_STATUS reports filled may wait for their executions (and commissions) before
    /// the adapter asks TWS for this client id's executions and, if those do not cover them either, reports the fill
    /// from ORDER_STATUS's filled quantity and average price.</summary>
    public TimeSpan ExecutionWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Every invalid setting, its value and what is allowed; empty when valid.</summary>
    public IReadOnlyList<(string Key, string? Value, string Allowed)> ListProblems()
    {
        var problems = new List<(string Key, string? Value, string Allowed)>();
        void Check(bool valid, string name, string? value, string allowed)
        {
            if (!valid)
            {
                problems.Add(($"{SectionName}:{name}", value, allowed));
            }
        }

        Check(ClientId >= 0, nameof(ClientId), ClientId.ToString(CultureInfo.InvariantCulture), "a whole number of 0 or more, different from the feed's InteractiveBrokers:ClientId");
        Check(AccountId is null || AccountId.Trim().Length > 0, nameof(AccountId), AccountId, "an account id such as DU1234567, or unset to take the first account TWS lists");
        Check(RequestTimeout > TimeSpan.Zero, nameof(RequestTimeout), SettingProblems.Duration(RequestTimeout), "a positive duration (hh:mm:ss)");
        Check(ExecutionWait > TimeSpan.Zero, nameof(ExecutionWait), SettingProblems.Duration(ExecutionWait), "a positive duration (hh:mm:ss)");
        return problems;
    }

    /// <exception cref="ArgumentException">Any of <see cref="ListProblems"/>; the message lists them all.</exception>
    public void Validate() => SettingProblems.ThrowIfAny(ListProblems());
}
