namespace Thorbecke.Reports.Html;

/// <summary>Settings for <see cref="HtmlReportWriter"/>.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The report's main heading; the agenda title when null.</summary>
    public string? Title { get; init; }

    /// <summary>The date printed in the header; now when null. Fix it to make output reproducible.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Whether to include the small script that filters asks; the report works without it.</summary>
    public bool IncludeFilterScript { get; init; } = true;
}
