namespace Thorbecke.Ingest.Pdf.Layout;

/// <summary>The little we keep of a PdfPig word: its text, box, baseline, font and where its pen starts and ends.</summary>
/// <param name="PenStart">Where the first letter starts on the baseline (glyph origin).</param>
/// <param name="PenEnd">Where the last letter's advance ends on the baseline: the next letter would start here.</param>
internal readonly record struct PdfWordBox(string Text, double Left, double Right, double Top, double Bottom, double Baseline, double FontSize, bool Bold, double PenStart, double PenEnd);
