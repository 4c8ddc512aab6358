using System.Reflection;

namespace Thorbecke.Core.Agendas;

/// <summary>Agendas that ship inside Thorbecke and can be named by id instead of by file.</summary>
public static class BuiltInAgendas
{
    /// <summary>The VNG's asks for the 2025 Tweede Kamer election and the cabinet formation.</summary>
    public const string Vng2025 = "vng-2025";

    private static readonly Lazy<Agenda> Vng = new(() => Load("Thorbecke.Core.Agendas.vng-2025.json"));

    public static IReadOnlyList<string> Ids { get; } = [Vng2025];

    public static Agenda? Find(string id) =>
        string.Equals(id, Vng2025, StringComparison.OrdinalIgnoreCase) ? Vng.Value : null;

    private static Agenda Load(string resource)
    {
        using var stream = typeof(BuiltInAgendas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded agenda {resource} is missing from {Assembly.GetExecutingAssembly().FullName}.");
        using var reader = new StreamReader(stream);
        var result = AgendaParser.Parse(reader.ReadToEnd());
        return result.Agenda ?? throw new InvalidOperationException(
            $"Embedded agenda {resource} is invalid: {string.Join("; ", result.Problems)}");
    }
}
