namespace VixShield.Live.Abstractions.Execution;

/// <summary>Account ids of the built-in adapters and the rules that tell paper accounts from live ones.</summary>
public static class ExecutionAccounts
{
    /// <summary>The internal paper broker's account.</summary>
    public const string Paper = "PAPER";

    /// <summary>The alerts-only adapter's (non-)account.</summary>
    public const string AlertsOnly = "ALERTS-ONLY";

    /// <summary>Interactive Brokers paper accounts start with this prefix (DU1234567); live ones do not (U1234567).</summary>
    public const string InteractiveBrokersPaperPrefix = "DU";

    /// <summary>True for an Interactive Brokers paper account id.</summary>
    public static bool IsInteractiveBrokersPaperAccount(string? accountId) =>
        accountId is not null && accountId.StartsWith(InteractiveBrokersPaperPrefix, StringComparison.Ordinal) && LooksLikeBrokerAccountNumber(accountId);

    /// <summary>True when the id has the shape of a broker account number: one to three letters, then digits.</summary>
    /// <remarks>Lets the safety gate distrust an adapter that calls such an account paper without the paper prefix.</remarks>
    public static bool LooksLikeBrokerAccountNumber(string? accountId)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            return false;
        }

        var letters = 0;
        while (letters < accountId.Length && char.IsAsciiLetterUpper(accountId[letters]))
        {
            letters++;
        }

        if (letters is 0 or > 3 || letters == accountId.Length)
        {
            return false;
        }

        for (var i = letters; i < accountId.Length; i++)
        {
            if (!char.IsAsciiDigit(accountId[i]))
            {
                return false;
            }
        }

        return true;
    }
}
