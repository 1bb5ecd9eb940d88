using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Condors;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Commands;

/// <summary><c>vixshield condor</c>: prints the Conservative 1DTE iron condor the daemon would open at a given instant.</summary>
/// <remarks>Prices come from the model (<see cref="SpxOptionModel"/>) with the default <see cref="PricingOptions"/> and
/// <see cref="CondorSelectionOptions"/>. Every bad value is reported on stderr naming the option and the value, with exit
/// code 2; missing required options are reported the same way so a script sees one exit code for any input error.</remarks>
internal static class CondorCommand
{
    public const int InvalidInputExitCode = 2;

    private static readonly OffsetDateTimePattern AtPattern = OffsetDateTimePattern.ExtendedIso;

    private static readonly OffsetDateTimePattern DisplayPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    public static Command Create() => Create(new PricingOptions(), new CondorSelectionOptions());

    public static Command Create(PricingOptions pricingOptions, CondorSelectionOptions selectionOptions)
    {
        ArgumentNullException.ThrowIfNull(pricingOptions);
        ArgumentNullException.ThrowIfNull(selectionOptions);
        var spx = new Option<string>("--spx") { Description = "SPX index level, e.g. 6012.5 (required)" };
        var vix = new Option<string>("--vix") { Description = "VIX level, e.g. 16.2 (required)" };
        var vix9d = new Option<string>("--vix9d") { Description = "VIX9D level, e.g. 14.8 (optional; preferred for one-day options)" };
        var at = new Option<string>("--at") { Description = "Entry instant with its UTC offset, e.g. 2026-11-20T15:30:00-05:00 (required)" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text" };
        var command = new Command("condor", "Print the 1DTE iron condor the daemon would open at an instant: strikes, deltas, credit, break-evens, max loss");
        command.Options.Add(spx);
        command.Options.Add(vix);
        command.Options.Add(vix9d);
        command.Options.Add(at);
        command.Options.Add(json);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(spx),
            parseResult.GetValue(vix),
            parseResult.GetValue(vix9d),
            parseResult.GetValue(at),
            parseResult.GetValue(json),
            pricingOptions,
            selectionOptions,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(
        string? spxText,
        string? vixText,
        string? vix9dText,
        string? atText,
        bool asJson,
        PricingOptions pricingOptions,
        CondorSelectionOptions selectionOptions,
        TextWriter output,
        TextWriter error)
    {
        if (!TryParseLevel("--spx", spxText, required: true, "6012.5", out var spx, out var message)
            || !TryParseLevel("--vix", vixText, required: true, "16.2", out var vix, out message)
            || !TryParseLevel("--vix9d", vix9dText, required: false, "14.8", out var vix9d, out message)
            || !TryParseAt(atText, out var at, out message))
        {
            error.WriteLine(message);
            return InvalidInputExitCode;
        }

        var calendar = new NyseTradingCalendar();
        var selector = new CondorSelector(selectionOptions, new SpxOptionModel(pricingOptions), new SpxwExpiries(calendar));
        var levels = new VolatilityIndexLevels(vix!.Value, vix9d);
        if (!selector.TryPropose(at.ToInstant(), spx!.Value, levels, out var proposal, out var reason))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--at '{atText}': {reason}"));
            return InvalidInputExitCode;
        }

        output.Write(asJson ? ToJson(proposal, levels, calendar.Zone) : ToText(proposal, levels, calendar.Zone));
        return 0;
    }

    private static bool TryParseLevel(string option, string? text, bool required, string example, out decimal? level, out string message)
    {
        level = null;
        message = string.Empty;
        if (text is null)
        {
            if (required)
            {
                message = $"{option} is required: a positive number such as {example}.";
                return false;
            }

            return true;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            message = $"{option} '{text}' is not a number; expected a positive number such as {example}.";
            return false;
        }

        if (value <= 0m)
        {
            message = $"{option} '{text}' is not positive; expected a positive number such as {example}.";
            return false;
        }

        level = value;
        return true;
    }

    private static bool TryParseAt(string? text, out OffsetDateTime at, out string message)
    {
        at = default;
        message = string.Empty;
        if (text is null)
        {
            message = "--at is required: an ISO-8601 instant with its UTC offset, such as 2026-11-20T15:30:00-05:00.";
            return false;
        }

        var result = AtPattern.Parse(text.Trim());
        if (!result.Success)
        {
            message = $"--at '{text}' is not an ISO-8601 instant with a UTC offset; expected a form such as 2026-11-20T15:30:00-05:00.";
            return false;
        }

        at = result.Value;
        return true;
    }

    private static string ToText(CondorProposal proposal, in VolatilityIndexLevels levels, DateTimeZone zone)
    {
        var condor = proposal.Condor;
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Conservative 1DTE iron condor at {FormatInstant(proposal.EntryTime, zone)}");
        text.AppendLine(culture, $"  expiry       SPXW {condor.Expiry:uuuu-MM-dd} PM-settled at {FormatInstant(proposal.SettlementTime, zone)} ({proposal.YearsToExpiry:0.000000} years)");
        text.AppendLine(culture, $"  market       SPX {proposal.Spx}  VIX {levels.Vix}{(levels.Vix9d is { } v9 ? "  VIX9D " + v9.ToString(culture) : string.Empty)}  forward {proposal.Forward:0.00}  ATM vol {proposal.AtmVolatility * 100.0:0.00}%");
        text.AppendLine();
        text.AppendLine(culture, $"  {"leg",-12}{"strike",10}{"delta",10}{"vol",9}{"mid",10}");
        AppendLeg(text, "long put", proposal.LongPut);
        AppendLeg(text, "short put", proposal.ShortPut);
        AppendLeg(text, "short call", proposal.ShortCall);
        AppendLeg(text, "long call", proposal.LongCall);
        text.AppendLine();
        text.AppendLine(culture, $"  {"quantity",-12}{condor.Quantity,10}");
        text.AppendLine(culture, $"  {"credit",-12}{condor.Credit,10:0.00}  (${condor.CreditDollars:0.00})");
        text.AppendLine(culture, $"  {"max loss",-12}{condor.MaxLoss,10:0.00}  (${condor.MaxLossDollars:0.00})");
        text.AppendLine(culture, $"  {"break-evens",-12}{condor.BreakEvens.Lower,10:0.00}{condor.BreakEvens.Upper,10:0.00}");
        foreach (var warning in proposal.Warnings)
        {
            text.AppendLine(culture, $"  warning: {warning.Message}");
        }

        return text.ToString();
    }

    private static void AppendLeg(StringBuilder text, string name, in CondorLeg leg) =>
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"  {name,-12}{leg.Strike,10:0.##}{leg.Delta,10:0.000}{leg.Volatility * 100.0,8:0.00}%{leg.Price,10:0.0000}");

    private static string ToJson(CondorProposal proposal, in VolatilityIndexLevels levels, DateTimeZone zone)
    {
        var condor = proposal.Condor;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("entryTime", FormatInstant(proposal.EntryTime, zone));
            json.WriteString("expiry", condor.Expiry.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("settlementTime", FormatInstant(proposal.SettlementTime, zone));
            json.WriteNumber("yearsToExpiry", proposal.YearsToExpiry);
            json.WriteNumber("spx", proposal.Spx);
            json.WriteNumber("vix", levels.Vix);
            if (levels.Vix9d is { } vix9d)
            {
                json.WriteNumber("vix9d", vix9d);
            }

            json.WriteNumber("forward", proposal.Forward);
            json.WriteNumber("atmVolatility", proposal.AtmVolatility);
            json.WriteStartArray("legs");
            WriteLeg(json, "longPut", proposal.LongPut);
            WriteLeg(json, "shortPut", proposal.ShortPut);
            WriteLeg(json, "shortCall", proposal.ShortCall);
            WriteLeg(json, "longCall", proposal.LongCall);
            json.WriteEndArray();
            json.WriteNumber("quantity", condor.Quantity);
            json.WriteNumber("credit", condor.Credit);
            json.WriteNumber("creditDollars", condor.CreditDollars);
            json.WriteNumber("maxLoss", condor.MaxLoss);
            json.WriteNumber("maxLossDollars", condor.MaxLossDollars);
            json.WriteStartObject("breakEvens");
            json.WriteNumber("lower", condor.BreakEvens.Lower);
            json.WriteNumber("upper", condor.BreakEvens.Upper);
            json.WriteEndObject();
            json.WriteStartArray("warnings");
            foreach (var warning in proposal.Warnings)
            {
                json.WriteStartObject();
                json.WriteString("kind", warning.Kind.ToString());
                json.WriteString("message", warning.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    private static void WriteLeg(Utf8JsonWriter json, string name, in CondorLeg leg)
    {
        json.WriteStartObject();
        json.WriteString("leg", name);
        json.WriteString("right", leg.Right == OptionRight.Put ? "put" : "call");
        json.WriteNumber("strike", leg.Strike);
        json.WriteBoolean("short", leg.IsShort);
        json.WriteNumber("price", leg.Price);
        json.WriteNumber("delta", leg.Delta);
        json.WriteNumber("volatility", leg.Volatility);
        json.WriteEndObject();
    }

    private static string FormatInstant(Instant instant, DateTimeZone zone) =>
        DisplayPattern.Format(instant.InZone(zone).ToOffsetDateTime());
}
