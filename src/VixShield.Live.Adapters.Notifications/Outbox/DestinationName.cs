namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>What a remote destination's <c>Name</c> setting may be: the name keys the destination's delivery position
/// in the outbox, next to the event log's <see cref="EventLogDelivery.Destination"/>.</summary>
internal static class DestinationName
{
    /// <summary>The outbox's own limit: it refuses longer names at start.</summary>
    public const int MaximumLength = 100;

    /// <summary>The problem with <paramref name="name"/> as the <c>Name</c> of the section <paramref name="sectionName"/>, or null.</summary>
    /// <remarks>The reserved name is refused in any case: names that differ only in case would stand side by side in
    /// /health and /metrics, where an operator cannot be expected to tell them apart.</remarks>
    public static (string Key, string? Value, string Allowed)? Problem(string sectionName, string name, string example)
    {
        var key = sectionName + ":Name";
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaximumLength || name.Trim().Length != name.Length)
        {
            return (key, name, $"a stable name for the destination of 1 to {MaximumLength} characters without surrounding spaces, such as {example}");
        }

        if (string.Equals(name, EventLogDelivery.Destination, StringComparison.OrdinalIgnoreCase))
        {
            return (key, name, $"any name but '{EventLogDelivery.Destination}' (in any case), which the event log keeps its delivery position under; such as {example}");
        }

        return null;
    }
}
