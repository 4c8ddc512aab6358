namespace Thorbecke.Yaml;

/// <summary>
/// A YAML or JSON text that cannot be read: its syntax is wrong, or it goes beyond <see cref="YamlLimits"/>.
/// The message is Dutch and the place is 1-based, so it can be shown to the analyst as it is.
/// </summary>
internal sealed class YamlRefusedException(int line, int column, string message, bool exceedsLimit)
    : Exception(message)
{
    public int Line => line;

    public int Column => column;

    /// <summary>True when the file was refused for its size, depth or references rather than for a syntax error.</summary>
    public bool ExceedsLimit => exceedsLimit;
}
