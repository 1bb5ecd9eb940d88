using System.Globalization;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Engine.Status;

namespace VixShield.Live.Engine.Condors;

/// <summary>The rows of one daily comparison being assembled: alert values, the operator's view and the reason text.</summary>
public sealed class ComparisonRows
{
    public List<AlertValue> Values { get; } = [];

    public List<ComparisonRowView> Views { get; } = [];

    public List<string> Texts { get; } = [];

    /// <summary>Adds one strategy's result, in points per condor; <paramref name="note"/> is appended to its text.</summary>
    public void Add(string strategy, decimal pnl, decimal maxDrawdown, bool stopped, string note, params AlertValue[] extra)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        var key = strategy.Replace('-', '_').Replace('.', '_');
        Views.Add(new ComparisonRowView(strategy, pnl, maxDrawdown, stopped));
        Values.Add(AlertValue.Of(key + "_pnl", pnl));
        Values.Add(AlertValue.Of(key + "_max_drawdown", maxDrawdown));
        Values.Add(AlertValue.Of(key + "_stopped", stopped));
        foreach (var value in extra)
        {
            Values.Add(AlertValue.Of(key + "_" + value.Name, value.Money));
        }

        Texts.Add(string.Create(CultureInfo.InvariantCulture, $"{strategy} {pnl:+0.00;-0.00;0.00} (max drawdown {maxDrawdown:0.00}{note})"));
    }
}
