using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>Reads the NUL-terminated fields of one frame payload in order, without copying or allocating.</summary>
/// <remarks>
/// Follows the official decoder's reading rules (protocol brief §1.1): an empty numeric field reads as 0, the
/// "unset" readers map <c>""</c> and the official sentinels to null. Every failure is a
/// <see cref="TwsProtocolException"/> naming the message, the field (name and position) and the offending text.
/// Only <see cref="ReadString"/> allocates, and only for non-empty text.
/// </remarks>
public ref struct TwsFieldReader
{
    private static readonly string[] DecimalUnsetSentinels = ["2147483647", "9223372036854775807", "-9223372036854775808"];

    private readonly ReadOnlySpan<byte> payload;
    private int position;
    private int fieldIndex;
    private int? messageId;
    private string messageName;

    public TwsFieldReader(ReadOnlySpan<byte> payload)
    {
        this.payload = payload;
        messageName = "message";
    }

    /// <summary>Zero-based index of the next field (0 is the message id).</summary>
    public readonly int FieldIndex => fieldIndex;

    public readonly bool HasMoreFields => position < payload.Length;

    /// <summary>Bytes not read yet; every field takes at least one (its terminator), which bounds any list count.</summary>
    public readonly int RemainingBytes => payload.Length - position;

    /// <summary>Names the message being read, so errors say which message a bad field belongs to.</summary>
    public void Identify(int id, string name)
    {
        messageId = id;
        messageName = name;
    }

    /// <summary>The raw bytes of the next field, without its terminator.</summary>
    public ReadOnlySpan<byte> ReadField(string fieldName)
    {
        if (position >= payload.Length)
        {
            throw Error(fieldName, $"{Describe(fieldName)} is missing: the frame ended after {fieldIndex} fields");
        }

        var remaining = payload[position..];
        var terminator = remaining.IndexOf(TwsFraming.FieldTerminator);
        if (terminator < 0)
        {
            throw Error(fieldName, $"{Describe(fieldName)} is not NUL-terminated (truncated frame)");
        }

        position += terminator + 1;
        fieldIndex++;
        return remaining[..terminator];
    }

    public void Skip(string fieldName) => ReadField(fieldName);

    /// <summary>Skips <paramref name="count"/> fields (layout blocks we do not use).</summary>
    public void Skip(string blockName, int count)
    {
        for (var i = 0; i < count; i++)
        {
            ReadField(blockName);
        }
    }

    public int ReadInt32(string fieldName)
    {
        var field = ReadField(fieldName);
        if (field.IsEmpty)
        {
            return 0;
        }

        if (Utf8Parser.TryParse(field, out int value, out var consumed) && consumed == field.Length)
        {
            return value;
        }

        throw Invalid(fieldName, field, "an integer");
    }

    public long ReadInt64(string fieldName)
    {
        var field = ReadField(fieldName);
        if (field.IsEmpty)
        {
            return 0;
        }

        if (Utf8Parser.TryParse(field, out long value, out var consumed) && consumed == field.Length)
        {
            return value;
        }

        throw Invalid(fieldName, field, "an integer");
    }

    /// <summary>A 0/1 flag; like the official reader any non-zero integer is true.</summary>
    public bool ReadBoolean(string fieldName) => ReadInt32(fieldName) != 0;

    public double ReadDouble(string fieldName)
    {
        var field = ReadField(fieldName);
        if (field.IsEmpty)
        {
            return 0d;
        }

        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw Invalid(fieldName, field, "a number");
    }

    /// <summary>A double field where <c>""</c> and <see cref="double.MaxValue"/> mean "unset" (the official ReadDoubleMax).</summary>
    public double? ReadDoubleOrUnset(string fieldName)
    {
        var field = ReadField(fieldName);
        if (field.IsEmpty)
        {
            return null;
        }

        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value == double.MaxValue ? null : value;
        }

        throw Invalid(fieldName, field, "a number");
    }

    /// <summary>A price or amount sent as a double, read exactly as decimal; <c>""</c> reads as 0.</summary>
    public decimal ReadDecimal(string fieldName)
    {
        var field = ReadField(fieldName);
        if (field.IsEmpty)
        {
            return 0m;
        }

        if (decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw Invalid(fieldName, field, "a decimal number");
    }

    /// <summary>
    /// A size, quantity or price where <c>""</c> and the official sentinels (<c>2147483647</c>, the long extremes,
    /// <see cref="double.MaxValue"/>) mean "unset".
    /// </summary>
    public decimal? ReadDecimalOrUnset(string fieldName)
    {
        var field = ReadField(fieldName);
        if (field.IsEmpty)
        {
            return null;
        }

        if (IsDecimalSentinel(field))
        {
            return null;
        }

        if (decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var wide) && wide == double.MaxValue)
        {
            return null;
        }

        throw Invalid(fieldName, field, "a decimal number or an unset sentinel");
    }

    public string ReadString(string fieldName)
    {
        var field = ReadField(fieldName);
        return field.IsEmpty ? string.Empty : Encoding.UTF8.GetString(field);
    }

    /// <summary>Free text that TWS sends with <c>\uXXXX</c> escapes for non-ASCII characters (since v153).</summary>
    public string ReadEscapedString(string fieldName)
    {
        var text = ReadString(fieldName);
        return text.Contains("\\u", StringComparison.Ordinal) ? Unescape(text) : text;
    }

    /// <summary>The error for the field just read: its text is not what its position allows.</summary>
    public readonly TwsProtocolException Invalid(string fieldName, ReadOnlySpan<byte> field, string expected)
    {
        var index = fieldIndex - 1;
        return new($"{Describe(fieldName, index)}: '{Printable(field)}' is not {expected}", messageId, fieldName, index);
    }

    private static bool IsDecimalSentinel(ReadOnlySpan<byte> field)
    {
        foreach (var sentinel in DecimalUnsetSentinels)
        {
            if (field.Length == sentinel.Length && Ascii.Equals(field, sentinel))
            {
                return true;
            }
        }

        return false;
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                builder.Append((char)code);
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static string Printable(ReadOnlySpan<byte> field)
    {
        const int MaximumShown = 64;
        var shown = field.Length > MaximumShown ? field[..MaximumShown] : field;
        var builder = new StringBuilder(shown.Length + 8);
        foreach (var b in shown)
        {
            builder.Append(b is >= 0x20 and < 0x7F ? (char)b : '?');
        }

        if (field.Length > MaximumShown)
        {
            builder.Append("...");
        }

        return builder.ToString();
    }

    private readonly string Describe(string fieldName) => Describe(fieldName, fieldIndex);

    private readonly string Describe(string fieldName, int index)
    {
        var id = messageId is { } known ? known.ToString(CultureInfo.InvariantCulture) : "?";
        return $"{messageName} (id {id}) field #{index} '{fieldName}'";
    }

    private readonly TwsProtocolException Error(string fieldName, string message)
        => new(message, messageId, fieldName, fieldIndex);
}
