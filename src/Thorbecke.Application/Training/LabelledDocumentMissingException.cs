namespace Thorbecke.Application.Training;

/// <summary>A label file speaks of a document the database does not hold.</summary>
public sealed class LabelledDocumentMissingException(string programme)
    : Exception($"document '{programme}' staat niet in de database; scan het eerst")
{
    /// <summary>The document as the label file names it.</summary>
    public string Programme => programme;
}
