namespace Thorbecke.Finance.Distribution;

/// <summary>One municipality's algemene uitkering: factor x basis minus its OZB-verevening, in euros.</summary>
/// <param name="Basis">The uitkeringsbasis without the OZB terms: the sum of count x bpe.</param>
/// <param name="OzbDeduction">The OZB-verevening, positive: rekentarief x WOZ.</param>
/// <param name="Amount">What the municipality receives.</param>
public sealed record MunicipalShare(Municipality Municipality, decimal Basis, decimal OzbDeduction, decimal Amount)
{
    public decimal PerInhabitant => Municipality.Inhabitants == 0 ? 0 : Amount / Municipality.Inhabitants;
}
