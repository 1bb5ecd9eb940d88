using NodaTime;
using NodaTime.Text;

namespace VixShield.Live.Adapters.Sqlite.Storage;

/// <summary>Instants stored as fixed-width UTC text: readable in <c>sqlite3</c>, sortable as text, exact to the nanosecond.</summary>
internal static class InstantText
{
    private static readonly InstantPattern Pattern = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.fffffffff'Z'");

    public static string Format(Instant instant) => Pattern.Format(instant);

    public static Instant Parse(string text, string filePath, string column)
    {
        var result = Pattern.Parse(text);
        if (!result.Success)
        {
            throw new Abstractions.State.StateStoreException(filePath, $"column {column} holds '{text}', which is not a UTC instant", null);
        }

        return result.Value;
    }
}
