namespace Thorbecke.Finance.Amounts;

/// <summary>
/// An amount of money in euros, as Dutch policy texts write it: <c>€ 1,5 miljard</c>, <c>750 miljoen euro</c>,
/// <c>€ 2.357,50</c>. Parsing and printing always use the Dutch notation (decimal comma, thousands dot), never
/// the thread culture, and <see cref="ToDutchString"/> reads back exactly with <see cref="ParseDutch"/>.
/// </summary>
/// <param name="Euros">The amount in euros; negative for a cut or a deficit.</param>
public readonly record struct EuroAmount(decimal Euros)
{
    public const decimal Thousand = 1_000m;
    public const decimal Million = 1_000_000m;
    public const decimal Billion = 1_000_000_000m;
    public const decimal Trillion = 1_000_000_000_000m;

    public static EuroAmount Zero { get; }

    /// <summary>The amount in millions of euros (<c>€ 1,5 miljard</c> is 1500).</summary>
    public decimal InMillions => Euros / Million;

    /// <summary>The amount in billions of euros, the Dutch "miljard" (<c>€ 750 miljoen</c> is 0,75).</summary>
    public decimal InBillions => Euros / Billion;

    public bool IsNegative => Euros < 0m;

    public static EuroAmount Millions(decimal millions) => new(millions * Million);

    /// <summary>An amount in billions of euros, the Dutch "miljard".</summary>
    public static EuroAmount Billions(decimal billions) => new(billions * Billion);

    public static EuroAmount operator -(EuroAmount amount) => new(-amount.Euros);

    public static EuroAmount operator +(EuroAmount left, EuroAmount right) => new(left.Euros + right.Euros);

    public static EuroAmount operator -(EuroAmount left, EuroAmount right) => new(left.Euros - right.Euros);

    public EuroAmount Negate() => -this;

    public static EuroAmount Add(EuroAmount left, EuroAmount right) => left + right;

    public static EuroAmount Subtract(EuroAmount left, EuroAmount right) => left - right;

    /// <summary>
    /// Reads one Dutch amount that makes up the whole of <paramref name="text"/> (surrounding whitespace aside),
    /// such as <c>€ 1,5 miljard</c>, <c>1.234,5 mln</c>, <c>EUR 750 miljoen</c> or <c>-€ 675 miljoen</c>.
    /// See <see cref="DutchAmountScanner"/> for the notation, including how a dot is read.
    /// </summary>
    public static bool TryParseDutch(string? text, out EuroAmount amount)
    {
        amount = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var matches = DutchAmountScanner.FindAll(trimmed);
        if (matches.Count != 1 || matches[0].Start != 0 || matches[0].Length != trimmed.Length)
        {
            return false;
        }

        amount = matches[0].Amount;
        return true;
    }

    /// <summary>Reads one Dutch amount; throws <see cref="FormatException"/> with a Dutch message naming the text.</summary>
    public static EuroAmount ParseDutch(string text) => TryParseDutch(text, out var amount)
        ? amount
        : throw new FormatException($"'{text}' is geen bedrag in euro's; schrijf het bijvoorbeeld als '€ 1,5 miljard', '750 miljoen euro' of '€ 2.357,50'.");

    /// <summary>
    /// The canonical Dutch notation: the largest of miljoen, miljard and biljoen that leaves at most three
    /// decimals (<c>€ 1,5 miljard</c>, <c>€ 728 miljoen</c>), otherwise the plain amount with a thousands dot
    /// and cents when there are any (<c>€ 300.000</c>, <c>€ 2.357,50</c>). Negative amounts read <c>€ -675 miljoen</c>.
    /// </summary>
    public string ToDutchString() => DutchAmountFormat.Format(Euros);

    public override string ToString() => ToDutchString();
}
