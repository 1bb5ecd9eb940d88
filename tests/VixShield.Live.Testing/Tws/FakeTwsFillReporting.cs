namespace VixShield.Live.Testing.Tws;

/// <summary>How <see cref="FakeTwsVenue"/> tells the client about a fill; TWS does all of these (brief §6: executions
/// are the record of quantities and prices, ORDER_STATUS carries the totals and may come first or alone).</summary>
public enum FakeTwsFillReporting
{
    /// <summary>EXECUTION_DATA and COMMISSION_REPORT per leg, then ORDER_STATUS Filled (the usual order).</summary>
    ExecutionsThenStatus = 0,

    /// <summary>ORDER_STATUS Filled first, then the executions and commissions.</summary>
    StatusThenExecutions = 1,

    /// <summary>Only ORDER_STATUS Filled is pushed; the executions are there for REQ_EXECUTIONS.</summary>
    StatusOnly = 2,

    /// <summary>Only ORDER_STATUS Filled is pushed; the executions are withheld even from REQ_EXECUTIONS until
    /// <see cref="FakeTwsVenue.ReleaseWithheldExecutions"/> (as when they are only available after a reconnect).</summary>
    StatusOnlyExecutionsWithheld = 3,
}
