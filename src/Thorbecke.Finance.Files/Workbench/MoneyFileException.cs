namespace Thorbecke.Finance.Files.Workbench;

/// <summary>A finance file that cannot be used, with every problem found in it (Dutch, with line and field).</summary>
public sealed class MoneyFileException(string path, IReadOnlyList<string> problems)
    : Exception($"{path}: {string.Join("; ", problems)}")
{
    public string Path => path;

    public IReadOnlyList<string> Problems => problems;
}
