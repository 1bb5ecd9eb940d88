using System.Globalization;
using System.Text;

namespace VixShield.Live.Rules.Conditions;

/// <summary>A condition compiled once from its text; evaluating it reads the signal vector and allocates nothing.</summary>
public sealed class SignalCondition
{
    private readonly ConditionPredicate predicate;
    private readonly HedgeSignalDefinition[] signals;

    internal SignalCondition(string text, ConditionPredicate predicate, IReadOnlyList<HedgeSignalDefinition> signals)
    {
        Text = text;
        this.predicate = predicate;
        this.signals = [.. signals];
    }

    /// <summary>The condition as written in the ruleset.</summary>
    public string Text { get; }

    /// <summary>The signals the condition reads, in order of first appearance.</summary>
    public IReadOnlyList<HedgeSignalDefinition> Signals => signals;

    /// <param name="values">The signal vector, <see cref="HedgeSignalCatalog.SlotCount"/> long.</param>
    public bool Evaluate(ReadOnlySpan<double> values) => predicate(values);

    /// <summary>The values of the signals the condition reads, as <c>name=value</c> pairs for a reason text.</summary>
    public string DescribeValues(ReadOnlySpan<double> values)
    {
        var text = new StringBuilder();
        foreach (var signal in signals)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(signal.Name).Append('=').Append(FormatValue(signal, values[signal.Slot]));
        }

        return text.ToString();
    }

    /// <summary>A signal value as text: flags as true/false, unknown numbers as n/a, others to 4 decimals.</summary>
    public static string FormatValue(HedgeSignalDefinition signal, double value)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (signal.Type == HedgeSignalType.Boolean)
        {
            return value > 0.5 ? "true" : "false";
        }

        return double.IsNaN(value) ? "n/a" : value.ToString("0.####", CultureInfo.InvariantCulture);
    }

    public override string ToString() => Text;
}
