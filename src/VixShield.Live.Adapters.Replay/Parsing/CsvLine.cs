using System.Text;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>Splits one CSV line into fields (RFC 4180 quoting: <c>"7,408.30"</c>, <c>""</c> for a quote).</summary>
internal static class CsvLine
{
    public static string[] Split(string line)
    {
        if (line.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            return line.Split(',');
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>A header cell as a lower-case key without quotes, byte-order mark or padding.</summary>
    public static string HeaderKey(string cell) => cell.Trim().Trim('\uFEFF').Trim().Trim('"').Trim().ToLowerInvariant();

    /// <summary>A value shortened for error messages so a garbage line does not flood the log.</summary>
    public static string Shorten(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "...");
}
