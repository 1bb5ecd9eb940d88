using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>A remote sink that only wants some alerts (per-type on/off/quiet settings).</summary>
public interface IFilteringAlertSink : IAlertSink
{
    /// <summary>True when the sink would send <paramref name="alert"/>.</summary>
    bool Wants(Alert alert);
}
