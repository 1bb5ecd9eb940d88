using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace VixShield.Live.Domain.Orders;

/// <summary>The caller's identity for an order: submitting the same id twice creates one order, never two.</summary>
/// <remarks>
/// Chosen by the engine (for example from the decision that produced the order) so that a restart can recognise
/// orders it already sent. 1 to <see cref="MaximumLength"/> characters from letters, digits and <c>- _ . :</c>,
/// so the id travels unchanged through broker order references, logs and JSON. Compared ordinally (case-sensitive).
/// </remarks>
public readonly record struct ClientOrderId
{
    public const int MaximumLength = 64;

    public const string AllowedForm = "1 to 64 characters from letters, digits and - _ . :";

    private ClientOrderId(string value) => Value = value;

    /// <summary>The id text; null only for <c>default(ClientOrderId)</c>, which no order may carry.</summary>
    public string Value { get; }

    public bool IsEmpty => Value is null;

    /// <exception cref="ArgumentException">The text is not of the <see cref="AllowedForm"/>.</exception>
    public static ClientOrderId From(string value) =>
        TryParse(value, out var id)
            ? id
            : throw new ArgumentException(string.Create(
                CultureInfo.InvariantCulture,
                $"A client order id must be {AllowedForm}; got '{value}'."), nameof(value));

    public static bool TryParse([NotNullWhen(true)] string? text, out ClientOrderId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaximumLength)
        {
            return false;
        }

        foreach (var character in text)
        {
            if (!(char.IsAsciiLetterOrDigit(character) || character is '-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        id = new ClientOrderId(text);
        return true;
    }

    public override string ToString() => Value ?? string.Empty;
}
