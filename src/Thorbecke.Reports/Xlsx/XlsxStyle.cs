namespace Thorbecke.Reports.Xlsx;

/// <summary>The cell formats of <see cref="XlsxPackage"/>'s style sheet; the value is the index in its <c>cellXfs</c>.</summary>
internal enum XlsxStyle
{
    Plain = 0,
    Header = 1,
    Support = 2,
    Partial = 3,
    Oppose = 4,
    None = 5,
    Bold = 6,
    Percent = 7,

    /// <summary>Text that wraps, top-aligned: quotes and comments of several lines.</summary>
    Wrap = 8,
}
