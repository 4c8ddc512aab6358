using Thorbecke.Core.Documents;

namespace Thorbecke.Core.Evaluation;

/// <summary>How label files name a document: by its file stem (<c>bij1</c> for <c>bij1.pdf</c>). The one place of that rule.</summary>
public static class LabelKeys
{
    /// <summary>The name label files use for <paramref name="document"/>.</summary>
    public static string Of(DocumentInfo document) => Path.GetFileNameWithoutExtension(document.File);

    /// <summary>Whether <paramref name="labels"/> speak of <paramref name="document"/> (case does not matter).</summary>
    public static bool Matches(GoldLabelSet labels, DocumentInfo document) =>
        string.Equals(Of(document), labels.Programme, StringComparison.OrdinalIgnoreCase);
}
