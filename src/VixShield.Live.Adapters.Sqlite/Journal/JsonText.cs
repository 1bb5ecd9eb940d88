using System.Text.Json;

namespace VixShield.Live.Adapters.Sqlite.Journal;

/// <summary>Checks payloads before they reach the database, so a caller's bad JSON is an argument error, not a store failure.</summary>
internal static class JsonText
{
    public static bool IsValid(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
