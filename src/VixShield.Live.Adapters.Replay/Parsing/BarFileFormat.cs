namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>The CSV layouts the replay readers understand.</summary>
public enum BarFileFormat : byte
{
    /// <summary>Recognise the layout from the first line (see <see cref="BarFileReader.DetectFormat(string)"/>).</summary>
    Auto = 0,

    /// <summary>CBOE index history: <c>DATE,OPEN,HIGH,LOW,CLOSE</c>, or close-only <c>DATE,&lt;NAME&gt;</c> (VVIX, SKEW);
    /// dates as MM/dd/yyyy or yyyy-MM-dd.</summary>
    Cboe = 1,

    /// <summary>Yahoo Finance: <c>Date,Open,High,Low,Close,Adj Close,Volume</c> (yyyy-MM-dd), or intraday
    /// <c>Datetime,Open,High,Low,Close,...</c> with a UTC offset on each time; Close is used, Adj Close ignored.</summary>
    Yahoo = 2,

    /// <summary>investing.com export: quoted <c>"Date","Price","Open","High","Low","Vol.","Change %"</c>, MM/dd/yyyy,
    /// thousands separators, newest row first; Price is the close.</summary>
    InvestingCom = 3,

    /// <summary>TradingView export: <c>time,open,high,low,close,...</c>; time is yyyy-MM-dd, ISO-8601 with offset, or
    /// Unix seconds.</summary>
    TradingView = 4,

    /// <summary>FirstRateData, no header: <c>yyyy-MM-dd HH:mm:ss,O,H,L,C</c> (New York time, bar start) or daily
    /// <c>yyyy-MM-dd,O,H,L,C</c>.</summary>
    FirstRate = 5,

    /// <summary>Our tick/quote tape: <c>time,symbol,bid,ask,last</c>, time ISO-8601 with offset; read by
    /// <see cref="TickFileReader"/>.</summary>
    Ticks = 6,
}
