namespace Thorbecke.Finance.Amounts;

/// <summary>An amount found in running text by <see cref="DutchAmountScanner"/>.</summary>
/// <param name="Start">Where the amount's text starts.</param>
/// <param name="Length">How long the amount's text is, sign, currency and scale word included.</param>
/// <param name="Amount">The value.</param>
/// <param name="HasCurrency">True when the text names the currency (€, EUR, euro).</param>
/// <param name="ScaleWord">The scale word as written (<c>miljard</c>, <c>mln.</c>), or null for a plain number.</param>
/// <param name="NumberIsWord">True when the number is written as a word (<c>een miljard</c>, <c>anderhalf miljoen</c>).</param>
public sealed record EuroAmountMatch(int Start, int Length, EuroAmount Amount, bool HasCurrency, string? ScaleWord, bool NumberIsWord)
{
    public int End => Start + Length;

    public bool HasScale => ScaleWord is not null;
}
