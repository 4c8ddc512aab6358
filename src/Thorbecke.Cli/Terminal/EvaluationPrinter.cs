using System.Globalization;
using Thorbecke.Core.Evaluation;
using Thorbecke.Core.Text;
using Thorbecke.Core.Verdicts;

namespace Thorbecke.Cli.Terminal;

/// <summary>Prints an evaluation as plain aligned tables, so it reads the same in a terminal, a log and a closing note.</summary>
internal static class EvaluationPrinter
{
    public static void Write(EvaluationReport report, TextWriter output)
    {
        var all = report.Overall;
        output.WriteLine($"Evaluatie over {Dutch.Count(all.Count, "label", "labels")}");
        output.WriteLine($"  nauwkeurigheid (accuracy)   {F(all.Accuracy)}");
        output.WriteLine($"  macro-F1 (4 klassen)        {F(all.MacroF1)}");
        output.WriteLine($"  addressed-F1                {F(all.AddressedF1)}");
        output.WriteLine($"  bewijs-hit@3                {F(all.EvidenceHitAt3)}  ({all.EvidenceHits}/{all.EvidenceLabels})");
        output.WriteLine($"  letterlijke citaten         {F(all.VerbatimShare)}  ({all.QuotesVerbatim}/{all.QuotesChecked})");
        if (report.MissingPredictions > 0)
        {
            output.WriteLine($"  labels zonder voorspelling  {report.MissingPredictions} (geteld als 'none')");
        }

        output.WriteLine();
        output.WriteLine("Per oordeel        precisie  recall     F1  labels  voorspeld");
        foreach (var verdict in ConfusionMatrix.Classes)
        {
            var c = all.PerClass[verdict];
            output.WriteLine($"  {verdict.ToWire(),-14} {F(c.Precision),8} {F(c.Recall),7} {F(c.F1),6} {c.Support,7} {c.Predicted,10}");
        }

        output.WriteLine();
        output.WriteLine("Verwarringsmatrix (rij = label, kolom = voorspeld)");
        output.WriteLine("  " + new string(' ', 10) + string.Concat(ConfusionMatrix.Classes.Select(v => $"{v.ToWire(),9}")));
        foreach (var gold in ConfusionMatrix.Classes)
        {
            output.WriteLine($"  {gold.ToWire(),-10}" + string.Concat(ConfusionMatrix.Classes.Select(p => $"{all.Confusion[gold, p],9}")));
        }

        WriteBreakdown("Per document", report.PerDocument, output);
        WriteBreakdown("Per thema", report.PerTheme, output);
        WritePerAsk(report.PerAsk, output);

        output.WriteLine();
        output.WriteLine("Betrouwbaarheid (kalibratie)   aantal  gem. zekerheid  juist");
        foreach (var bin in report.Calibration)
        {
            output.WriteLine($"  {F(bin.Lower)}-{F(bin.Upper),-22} {bin.Count,6} {F(bin.Count == 0 ? null : bin.MeanConfidence),15} {F(bin.Accuracy),6}");
        }

        output.WriteLine();
        output.WriteLine("Dekking en juistheid       aantal  dekking  juist");
        foreach (var row in report.Coverage)
        {
            output.WriteLine($"  zekerheid >= {F(row.Threshold),-10} {row.Count,7} {F(row.Coverage),8} {F(row.Accuracy),6}");
        }
    }

    /// <summary>Per ask there are only a few labels (one per document), so only counts that stay readable.</summary>
    private static void WritePerAsk(IReadOnlyList<NamedScores> rows, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Per vraag (juist / labels; label -> voorspeld waar fout)");
        foreach (var row in rows)
        {
            var s = row.Scores;
            var misses = ConfusionMatrix.Classes
                .SelectMany(g => ConfusionMatrix.Classes.Where(p => p != g && s.Confusion[g, p] > 0).Select(p => $"{g.ToWire()}->{p.ToWire()}×{s.Confusion[g, p]}"));
            output.WriteLine($"  {row.Name,-22} {s.Confusion.Correct,2}/{s.Count,-3} {string.Join(' ', misses)}");
        }
    }

    /// <summary>Two evaluations side by side: the measures that matter and how much each moved.</summary>
    public static void WriteComparison(EvaluationReport before, EvaluationReport after, TextWriter output)
    {
        output.WriteLine("Vergelijking                 voor       na   verschil");
        Row("nauwkeurigheid", before.Overall.Accuracy, after.Overall.Accuracy);
        Row("macro-F1", before.Overall.MacroF1, after.Overall.MacroF1);
        Row("addressed-F1", before.Overall.AddressedF1, after.Overall.AddressedF1);
        Row("bewijs-hit@3", before.Overall.EvidenceHitAt3, after.Overall.EvidenceHitAt3);
        foreach (var verdict in ConfusionMatrix.Classes)
        {
            Row($"F1 {verdict.ToWire()}", before.Overall.PerClass[verdict].F1, after.Overall.PerClass[verdict].F1);
        }

        void Row(string name, double? a, double? b) =>
            output.WriteLine($"  {name,-24} {F(a),8} {F(b),8} {(a is { } x && b is { } y ? (y - x).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "-"),10}");
    }

    private static void WriteBreakdown(string title, IReadOnlyList<NamedScores> rows, TextWriter output)
    {
        output.WriteLine();
        var width = Math.Max(title.Length, rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length)) + 2;
        output.WriteLine($"{title.PadRight(width)}labels  accuracy  macro-F1  addressed-F1  hit@3");
        foreach (var row in rows)
        {
            var s = row.Scores;
            output.WriteLine($"  {row.Name.PadRight(width - 2)}{s.Count,6} {F(s.Accuracy),9} {F(s.MacroF1),9} {F(s.AddressedF1),13} {F(s.EvidenceHitAt3),6}");
        }
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "  -  ";
}
