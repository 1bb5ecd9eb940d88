using VixShield.Live.Abstractions.State;

namespace VixShield.Live.Adapters.Sqlite.Journal;

/// <summary>Kinds are stored as names, not numbers, so the file reads well in <c>sqlite3</c> and reordering the enum
/// cannot silently change history.</summary>
internal static class JournalKindNames
{
    public const string Alert = "alert";

    public static string ToText(JournalEntryKind kind) => kind switch
    {
        JournalEntryKind.InboundEvent => "inbound_event",
        JournalEntryKind.Decision => "decision",
        JournalEntryKind.OrderIntent => "order_intent",
        JournalEntryKind.OrderAcknowledgement => "order_acknowledgement",
        JournalEntryKind.Fill => "fill",
        JournalEntryKind.Alert => Alert,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a journal entry kind"),
    };

    public static JournalEntryKind Parse(string text, long sequence, string filePath) => text switch
    {
        "inbound_event" => JournalEntryKind.InboundEvent,
        "decision" => JournalEntryKind.Decision,
        "order_intent" => JournalEntryKind.OrderIntent,
        "order_acknowledgement" => JournalEntryKind.OrderAcknowledgement,
        "fill" => JournalEntryKind.Fill,
        Alert => JournalEntryKind.Alert,
        _ => throw new StateStoreException(filePath, $"journal entry {sequence} has the kind '{text}', which this build does not know (written by a newer version?)", null),
    };
}
