using Thorbecke.Core.Verdicts;

namespace Thorbecke.Search.Learning;

/// <summary>
/// One reviewed cell used as an example: the verdict a person gave an ask in one document, with the sentences they
/// quoted as evidence (none for a <see cref="Verdict.None"/>).
/// </summary>
/// <param name="Ask">The ask id.</param>
/// <param name="Source">The id of the document the verdict was given for (derived from its content).</param>
/// <param name="SourceName">A readable name of that document (its file stem or party).</param>
/// <param name="Verdict">The reviewed verdict.</param>
/// <param name="Quotes">The evidence the reviewer quoted.</param>
public sealed record LabelledCell(string Ask, string Source, string SourceName, Verdict Verdict, IReadOnlyList<ExampleQuote> Quotes);

/// <summary>A quoted evidence sentence of a reviewed cell, with its 1-based PDF page.</summary>
public sealed record ExampleQuote(int Page, string Text);
