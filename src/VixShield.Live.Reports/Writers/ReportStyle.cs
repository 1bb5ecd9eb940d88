namespace VixShield.Live.Reports.Writers;

/// <summary>The report's style sheet, inlined in the page so it needs no external resource.</summary>
internal static class ReportStyle
{
    public const string Css = """
:root{--ink:#111827;--muted:#6b7280;--line:#e5e7eb;--soft:#f9fafb;--bg:#f3f4f6;--good:#047857;--bad:#b91c1c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:36px 28px 56px}
header{margin-bottom:8px}
header .eyebrow{font-size:12px;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:#2563eb;margin:0 0 6px}
h1{font-size:28px;line-height:1.2;margin:0 0 8px;letter-spacing:-.01em}
.subtitle{color:var(--muted);margin:0}
section{background:#fff;border:1px solid var(--line);border-radius:12px;padding:22px 26px;margin-top:20px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
h2{font-size:18px;margin:0 0 4px}
h3{font-size:14px;margin:18px 0 6px}
.lead{color:var(--muted);margin:0 0 16px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
thead th{font-size:11.5px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);vertical-align:bottom;white-space:normal}
table.summary{font-size:13px}
table.summary td,table.summary th{padding:6px 8px}
tbody tr:hover{background:var(--soft)}
td.label{color:#374151;white-space:normal;min-width:150px}
td.text,th.text{text-align:left}
span.note{color:var(--muted);font-size:12px;margin-left:4px}
tfoot td{font-weight:600;border-top:2px solid var(--line);border-bottom:none}
.swatch{display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:7px;vertical-align:-1px}
.pos{color:var(--good)}
.neg{color:var(--bad)}
.tag{display:inline-block;font-size:11px;font-weight:600;padding:1px 6px;border-radius:4px;background:#fef3c7;color:#92400e;margin-left:6px}
.tag.layer{background:#dbeafe;color:#1e40af}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px}
.card{border:1px solid var(--line);border-radius:10px;padding:16px 18px;background:var(--soft)}
.card h3{margin:0 0 8px;font-size:14px}
.card .big{font-size:34px;font-weight:700;letter-spacing:-.02em;line-height:1.1}
.card .caption{color:var(--muted);font-size:12.5px;margin:2px 0 10px}
.card ul{list-style:none;padding:0;margin:10px 0 0;font-size:13px}
.card li{display:flex;justify-content:space-between;gap:12px;padding:3px 0;border-top:1px dashed var(--line)}
.verdict{display:inline-block;padding:2px 9px;border-radius:999px;font-size:12px;font-weight:600}
.verdict.within{background:#dcfce7;color:#166534}
.verdict.below{background:#fee2e2;color:#991b1b}
.verdict.above{background:#dbeafe;color:#1e40af}
.verdict.na{background:#f3f4f6;color:#4b5563}
.notice{border-left:4px solid #f59e0b;background:#fffbeb;padding:12px 16px;border-radius:6px;color:#78350f}
.claim{font-style:italic;color:#374151}
.chart{margin-top:6px}
.chart svg{width:100%;height:auto;display:block}
.scroll{overflow-x:auto}
.method p,.method li{max-width:940px}
.method ul{padding-left:20px}
.method li{margin:4px 0}
.method dt{font-weight:600;margin-top:10px}
.method dd{margin:2px 0 0 0;color:#374151;max-width:940px}
footer{color:var(--muted);font-size:12px;margin-top:26px;text-align:center}
@media print{body{background:#fff}section{box-shadow:none;break-inside:avoid}}
""";
}
