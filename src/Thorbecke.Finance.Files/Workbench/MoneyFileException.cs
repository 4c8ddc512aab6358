namespace Thorbecke.Finance.Files.Workbench;

/// <summary>A finance file that cannot be used, with every problem found in it (Dutch, with line and field).</summary>
/// <param name="refused">True when the file was refused for its size, nesting or references rather than for its content.</param>
public sealed class MoneyFileException(string path, IReadOnlyList<string> problems, bool refused = false)
    : Exception($"{path}: {string.Join("; ", problems)}")
{
    public string Path => path;

    public IReadOnlyList<string> Problems => problems;

    public bool Refused => refused;
}
