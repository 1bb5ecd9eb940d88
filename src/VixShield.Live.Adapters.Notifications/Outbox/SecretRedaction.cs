namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Removes secrets (webhook paths and tokens, passwords) from text before it can reach a log or an exception.</summary>
internal static class SecretRedaction
{
    public const string Marker = "[redacted]";

    /// <param name="secrets">Every form in which a secret could appear; longer ones are replaced first so a secret
    /// that contains another is removed whole.</param>
    public static string Redact(string? text, IReadOnlyList<string> secrets)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Marker, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    /// <summary>The distinct non-trivial forms, longest first.</summary>
    public static string[] Forms(IEnumerable<string?> candidates, int minimumLength) =>
        [.. candidates.Where(form => !string.IsNullOrEmpty(form) && form.Length >= minimumLength).Select(form => form!)
            .Distinct(StringComparer.Ordinal).OrderByDescending(form => form.Length)];
}
