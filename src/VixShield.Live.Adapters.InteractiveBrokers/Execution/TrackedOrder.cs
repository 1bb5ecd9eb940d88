using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Adapters.InteractiveBrokers.Execution;

/// <summary>What the adapter knows of one order: its client order id, TWS order id, progress and unreported executions.</summary>
/// <remarks>Mutated only under the adapter's lock.</remarks>
internal sealed class TrackedOrder(ClientOrderId clientOrderId, SubmitOrder? order, bool isRecovered)
{
    public ClientOrderId ClientOrderId { get; } = clientOrderId;

    /// <summary>The order as submitted, or as rebuilt from TWS after a restart; null when TWS's contract could not be mapped.</summary>
    public SubmitOrder? Order { get; set; } = order;

    /// <summary>Known from TWS at start-up (placed by an earlier run), not submitted by this run.</summary>
    public bool IsRecovered { get; } = isRecovered;

    /// <summary>TWS's order id; 0 until allocated.</summary>
    public int VenueOrderId { get; set; }

    /// <summary>Leg conIds in leg order for a combo (to tell which leg an execution belongs to); empty for one contract.</summary>
    public IReadOnlyList<int> LegConIds { get; set; } = [];

    public bool IsAccepted { get; set; }

    /// <summary>Filled, cancelled or rejected: no more events are written for it.</summary>
    public bool IsTerminal { get; set; }

    public Instant AcceptedTime { get; set; }

    /// <summary>Units TWS reports filled (ORDER_STATUS).</summary>
    public int VenueFilledQuantity { get; set; }

    /// <summary>Units already written as <see cref="OrderFilled"/> (or filled before a restart).</summary>
    public int ReportedQuantity { get; set; }

    /// <summary>Sum of net price × units over <see cref="ReportedQuantity"/>, so the price of units reported from
    /// ORDER_STATUS's running average can be told apart from those already reported.</summary>
    public decimal ReportedNetAmount { get; set; }

    /// <summary>Units reported from ORDER_STATUS whose executions have not arrived; executions for them are absorbed,
    /// not reported a second time.</summary>
    public int StatusOnlyUnits { get; set; }

    /// <summary>A wait for executions of units ORDER_STATUS reports filled is running.</summary>
    public bool FillCheckScheduled { get; set; }

    /// <summary>TWS cancelled the order while some of its fills are not reported yet: the cancel is written after them.</summary>
    public string? DeferredCancelReason { get; set; }

    /// <summary>TWS's permanent id (0 until ORDER_STATUS, OPEN_ORDER or COMPLETED_ORDER gave it).</summary>
    public long PermId { get; set; }

    /// <summary>The reconciliation in which TWS last mentioned the order (open order, status, execution, completed order).</summary>
    public int LastSeenGeneration { get; set; }

    /// <summary>TWS's average fill price as a signed net price (positive paid); null before any fill.</summary>
    public decimal? AverageNetPrice { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>How the order ended (filled, cancelled, rejected) once <see cref="IsTerminal"/>; null while it lives.</summary>
    public OrderStatus? FinalStatus { get; set; }

    /// <summary>The last order error TWS sent that did not end the order (for the reason of a later Inactive state).</summary>
    public string? LastError { get; set; }

    /// <summary>TWS's own description of the order (OPEN_ORDER), used to rebuild <see cref="Order"/> after a restart.</summary>
    public OpenOrderReceived? VenueOrder { get; set; }

    public List<LegExecution> Executions { get; } = [];
}
