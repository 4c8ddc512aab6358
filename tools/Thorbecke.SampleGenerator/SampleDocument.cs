namespace Thorbecke.SampleGenerator;

/// <summary>One fictional programme of the demo corpus and the format it is published in.</summary>
internal sealed record SampleDocument(string Stem, string Party, SampleFormat Format)
{
    public string FileName => Stem + (Format == SampleFormat.Pdf ? ".pdf" : ".docx");
}

/// <summary>The file formats the demo corpus shows.</summary>
internal enum SampleFormat
{
    Pdf,
    Docx,
}
