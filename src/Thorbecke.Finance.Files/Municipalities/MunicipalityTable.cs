using Thorbecke.Finance.Distribution;

namespace Thorbecke.Finance.Files.Municipalities;

/// <summary>The user's table of municipalities; <see cref="MeasureNames"/> lists the maatstaf columns beyond the inhabitants.</summary>
public sealed record MunicipalityTable(IReadOnlyList<Municipality> Municipalities, IReadOnlyList<string> MeasureNames)
{
    public Municipality? Find(string codeOrName) =>
        Municipalities.FirstOrDefault(m => string.Equals(m.Code, codeOrName, StringComparison.OrdinalIgnoreCase))
        ?? Municipalities.FirstOrDefault(m => string.Equals(m.Name, codeOrName, StringComparison.OrdinalIgnoreCase));
}
