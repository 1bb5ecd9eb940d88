namespace VixShield.Live.Benchmarking;

/// <summary>A supporting value behind a figure: a sample count, a minimum, a histogram bucket, the files used.</summary>
public sealed record FigureDetail
{
    private FigureDetail(string name, double? number, string? text)
    {
        Name = name;
        Number = number;
        Text = text;
    }

    /// <summary>A JSON property name: lower case words joined by underscores.</summary>
    public string Name { get; }

    public double? Number { get; }

    public string? Text { get; }

    public static FigureDetail Of(string name, double number) => new(name, number, null);

    public static FigureDetail Of(string name, string text) => new(name, null, text ?? throw new ArgumentNullException(nameof(text)));
}
