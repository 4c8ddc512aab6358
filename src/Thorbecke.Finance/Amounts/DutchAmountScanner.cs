using System.Globalization;
using System.Text.RegularExpressions;

namespace Thorbecke.Finance.Amounts;

/// <summary>
/// Finds amounts written the Dutch way in running text. One grammar serves both this scanner and
/// <see cref="EuroAmount.TryParseDutch"/>, so what the parser accepts is exactly what the scanner finds.
/// <list type="bullet">
/// <item>An optional sign right before the currency or the number (<c>-€ 675 miljoen</c>, <c>€ -675 mln</c>);
/// a dash with a space after it is a bullet or a dash, not a minus.</item>
/// <item>An optional currency before (<c>€</c>, <c>EUR</c>) or after (<c>euro</c>, <c>EUR</c>).</item>
/// <item>A number with a decimal comma and a thousands dot (<c>1.234,5</c>, <c>€ 5,-</c>). A dot followed by
/// exactly three digits is a thousands dot, as in Dutch; any other dot is a decimal point, because
/// <c>1.5 miljard</c> can only mean one and a half billion.</item>
/// <item>An optional scale: duizend, miljoen (mln, mio), miljard (mld, mrd), biljoen. With a scale the number
/// may also be a word (<c>een miljard</c>, <c>een half miljard</c>, <c>anderhalf miljoen</c>, <c>twintig miljoen</c>).</item>
/// </list>
/// Plain numbers such as years and page numbers are found too (without currency or scale); callers that look
/// for money decide what to keep using <see cref="EuroAmountMatch.HasCurrency"/> and <see cref="EuroAmountMatch.HasScale"/>.
/// </summary>
public static partial class DutchAmountScanner
{
    private static readonly NumberFormatInfo InvariantNumbers = CultureInfo.InvariantCulture.NumberFormat;

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["een"] = 1m,
        ["één"] = 1m,
        ["half"] = 0.5m,
        ["anderhalf"] = 1.5m,
        ["twee"] = 2m,
        ["drie"] = 3m,
        ["vier"] = 4m,
        ["vijf"] = 5m,
        ["zes"] = 6m,
        ["zeven"] = 7m,
        ["acht"] = 8m,
        ["negen"] = 9m,
        ["tien"] = 10m,
        ["twintig"] = 20m,
        ["dertig"] = 30m,
        ["veertig"] = 40m,
        ["vijftig"] = 50m,
        ["zestig"] = 60m,
        ["zeventig"] = 70m,
        ["tachtig"] = 80m,
        ["negentig"] = 90m,
        ["honderd"] = 100m,
    };

    /// <summary>Every amount in <paramref name="text"/>, in order; numbers too large for a decimal are skipped.</summary>
    public static IReadOnlyList<EuroAmountMatch> FindAll(string text)
    {
        var found = new List<EuroAmountMatch>();
        foreach (Match match in AmountPattern().Matches(text))
        {
            if (ToMatch(match) is { } amount)
            {
                found.Add(amount);
            }
        }

        return found;
    }

    private static EuroAmountMatch? ToMatch(Match match)
    {
        var scale = match.Groups["scale"];
        var word = match.Groups["word"];
        if (word.Success && !scale.Success)
        {
            // "een" or "tien" alone is a word, not an amount.
            return null;
        }

        if (!TryReadNumber(match, out var number) || !TryScale(number, scale.Success ? scale.Value : null, out var euros))
        {
            return null;
        }

        var negative = match.Groups["sign"].Success || match.Groups["innersign"].Success;
        var hasCurrency = match.Groups["currency"].Success || match.Groups["suffix"].Success;
        var amount = new EuroAmount(negative ? -euros : euros);
        return new EuroAmountMatch(match.Index, match.Length, amount, hasCurrency, scale.Success ? scale.Value : null, word.Success);
    }

    private static bool TryReadNumber(Match match, out decimal number)
    {
        if (match.Groups["word"] is { Success: true } word)
        {
            number = NumberWords[word.Value];
            return true;
        }

        var text = match.Groups["grouped"].Success ? match.Groups["grouped"].Value.Replace(".", "", StringComparison.Ordinal)
            : match.Groups["plain"].Success ? match.Groups["plain"].Value
            : match.Groups["dotted"].Value;
        // "€ 5,-" is five whole euros.
        text = text.TrimEnd('-', '–').TrimEnd(',').Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, InvariantNumbers, out number);
    }

    private static bool TryScale(decimal number, string? scaleWord, out decimal euros)
    {
        var factor = scaleWord is null ? 1m : FactorOf(scaleWord);
        try
        {
            euros = number * factor;
            return true;
        }
        catch (OverflowException)
        {
            euros = 0m;
            return false;
        }
    }

    private static decimal FactorOf(string scaleWord) => scaleWord.TrimEnd('.').ToLowerInvariant() switch
    {
        "duizend" => EuroAmount.Thousand,
        "miljoen" or "mln" or "mio" => EuroAmount.Million,
        "miljard" or "mld" or "mrd" => EuroAmount.Billion,
        "biljoen" => EuroAmount.Trillion,
        _ => throw new ArgumentOutOfRangeException(nameof(scaleWord), scaleWord, "Onbekend schaalwoord."),
    };

    // The closing look-ahead makes "1,2,3" and "1.234.5" fail as a whole instead of yielding a piece of them.
    [GeneratedRegex("""
        (?<![\p{L}\p{N}.,\-−])
        (?<sign>[-−](?=€|EUR\b|\d))?
        (?:(?<currency>€|\bEUR\b)\s*)?
        (?<innersign>[-−](?=\d))?
        (?:
            (?<grouped>\d{1,3}(?:\.\d{3})+(?:,(?:\d+|[-–]))?)
          | (?<plain>\d+(?:,(?:\d+|[-–]))?)
          | (?<dotted>\d+\.(?!\d{3}(?!\d))\d+)
          | (?<word>een|één|half|anderhalf|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd)(?=\s)
        )
        (?:\s*(?<scale>biljoen|miljard|miljoen|duizend|(?:mld|mrd|mln|mio)\b\.?)(?![\p{L}\p{N}]))?
        (?:\s*(?<suffix>euro(?:['’]s)?|EUR|€)(?![\p{L}\p{N}]))?
        (?![\p{L}\p{N}]|[.,]\p{N})
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex AmountPattern();
}
