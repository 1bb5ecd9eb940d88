using System.Text;
using VixShield.Live.Testing;

namespace VixShield.Live.Adapters.Tests.Reliability;

/// <summary>Seeded random CSV text: the first rows of real files in every documented layout, mutated line by line,
/// field by field and character by character, plus pure noise.</summary>
/// <remarks>The real files are read in place from the shared data folder (never copied); a tick tape is written here
/// because no shared file uses that layout. The token list holds what broken exports are known to contain: impossible
/// and extreme dates, offsets beyond ±18 h, Unix times, numbers that overflow a decimal, NaN, stray quotes, BOMs. Times
/// after the last representable instant are left to <c>ReplayFileFaultTests</c>, which pins that known failure.</remarks>
internal sealed class CsvMutator
{
    private static readonly string[] Tokens =
    [
        string.Empty, " ", "0", "-0", "-1", "1e400", "-1e400", "1e-400", "NaN", "Infinity", "79228162514264337593543950335",
        "79228162514264337593543950336", "0.0000000000000000000000000001", "1,234.5", "\"7,408.30\"", "\"", "\"\"", "\"a\"\"b\"",
        "02/30/2024", "13/01/2024", "2024-13-01", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "-0001-01-01", "1/1/0",
        "2026-03-08 02:30:00", "2026-11-01 01:30:00", "2024-03-15T09:30:00Z", "0001-01-01T00:00:00+18:00",
        "2024-03-15T09:30:00+25:00", "2024-03-15 09:30:00-04:00", "32503680000", "32503680001", "-1", "1710509400",
        "SPX", "VIX", "VIX9D", "VIX3M", "ADV", "DECL", "SPY", "\uFEFF", "\t", "é", "\u0000", new string('9', 400), "2024-03-15 09:31:00",
    ];

    private const string InsertedCharacters = "0123456789-:/.,\"TZ+e \uFEFF";

    private static readonly string[] TickTape =
    [
        "time,symbol,bid,ask,last",
        "2024-03-15T09:30:00.000-04:00,SPX,,,5150.25",
        "2024-03-15T09:30:00.000-04:00,VIX,14.40,14.42,",
        "2024-03-15T09:30:00.250-04:00,VIX9D,,,13.1",
        "2024-03-15T09:30:01-04:00,ADV,0,0,1820",
        "2024-03-15T13:31:00Z,DECL,,,1400",
        "2024-03-15T13:31:00Z,SPX,5150.5,5151,5150.75",
    ];

    private readonly Random random;
    private readonly List<(string Name, string[] Lines)> corpus;

    public CsvMutator(Random random)
    {
        this.random = random;
        corpus =
        [
            ("vix_daily_cboe.csv", Head("vix", "vix_daily_cboe_1990_2026.csv")),
            ("vix3m_daily_cboe.csv", Head("vix", "vix3m_daily_cboe_2009_2026.csv")),
            ("vvix_daily_cboe.csv", Head("vix", "vvix_daily_cboe_2006_2026.csv")),
            ("spx_daily_investingcom.csv", Head("spx", "spx_daily_investingcom_1990_2026.csv")),
            ("spx_daily_yahoo_GSPC.csv", Head("spx", "spx_daily_yahoo_GSPC_1927_2023.csv")),
            ("nyse_ADV_advancing_issues.csv", Head("breadth", "nyse_ADV_advancing_issues_1991_2026.csv")),
            ("spx_1min_firstratedata.csv", Head("intraday", "spx_1min_firstratedata_2023-03-16_2023-03-31.csv")),
            ("spx_5min_yfinance.csv", Head("intraday", "spy_5min_yfinance_2025-05-19_2025-07-14.csv")),
            ("tape.csv", TickTape),
        ];
    }

    public static string[] Head(string folder, string file) => File.ReadLines(SharedData.Path(folder, file)).Take(40).ToArray();

    /// <summary>A file name (it may decide the instrument) and its text.</summary>
    public (string Name, string Text) Next()
    {
        if (random.Next(25) == 0)
        {
            return (PickName(), Noise());
        }

        var (name, source) = corpus[random.Next(corpus.Count)];
        var lines = source.ToList();
        var mutations = 1 + random.Next(5);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(lines);
        }

        var separator = random.Next(8) == 0 ? "\r\n" : "\n";
        return (random.Next(10) == 0 ? PickName() : name, string.Join(separator, lines));
    }

    private void Mutate(List<string> lines)
    {
        if (lines.Count == 0)
        {
            lines.Add(Tokens[random.Next(Tokens.Length)]);
            return;
        }

        var at = random.Next(lines.Count);
        switch (random.Next(12))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                break;
            case 2:
                (lines[at], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[at]);
                break;
            case 3:
                lines.RemoveRange(at, lines.Count - at);
                break;
            case 4:
                lines.Reverse();
                break;
            case 5:
                lines[at] = string.Join(",", lines[at].Split(',').Select(field => random.Next(3) == 0 ? Tokens[random.Next(Tokens.Length)] : field));
                break;
            case 6:
                var fields = lines[at].Split(',').ToList();
                if (random.Next(2) == 0 && fields.Count > 1)
                {
                    fields.RemoveAt(random.Next(fields.Count));
                }
                else
                {
                    fields.Insert(random.Next(fields.Count + 1), Tokens[random.Next(Tokens.Length)]);
                }

                lines[at] = string.Join(",", fields);
                break;
            case 7:
                lines[at] = CharacterLevel(lines[at]);
                break;
            case 8:
                lines.Insert(at, string.Empty);
                break;
            case 9:
                lines[at] = lines[at].Replace(',', random.Next(2) == 0 ? ';' : '\t');
                break;
            case 10:
                lines.RemoveAt(0);
                break;
            default:
                lines.Insert(at, string.Join(",", Enumerable.Range(0, 1 + random.Next(8)).Select(_ => Tokens[random.Next(Tokens.Length)])));
                break;
        }
    }

    private string CharacterLevel(string line)
    {
        var text = new StringBuilder(line);
        var edits = 1 + random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0 when text.Length > 0:
                    text.Remove(at, 1);
                    break;
                case 1:
                    text.Insert(at, InsertedCharacters[random.Next(InsertedCharacters.Length)]);
                    break;
                default:
                    if (text.Length > 0)
                    {
                        text[at] = (char)random.Next(32, 127);
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private string Noise()
    {
        var text = new StringBuilder();
        var length = random.Next(300);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(10) == 0 ? '\n' : (char)random.Next(1, 0x2FF));
        }

        return text.ToString();
    }

    private string PickName() => random.Next(6) switch
    {
        0 => "vix.csv",
        1 => "spx.csv",
        2 => "unknown.csv",
        3 => "vix9d_spx.csv",
        4 => "nyse_DECL.csv",
        _ => "tape.csv",
    };
}
