namespace VixShield.Live.Configuration;

/// <summary>The built-in simulated market (configuration section <c>Simulation</c>).</summary>
public sealed class SimulationOptions
{
    public const string SectionName = "Simulation";

    /// <summary>Seed of the simulated market; the same seed replays the same market. <value>The default is 42.</value></summary>
    public int Seed { get; set; } = 42;

    public IEnumerable<ConfigurationProblem> Validate()
    {
        if (Seed < 0)
        {
            yield return new ConfigurationProblem($"{SectionName}:Seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number >= 0");
        }
    }
}
