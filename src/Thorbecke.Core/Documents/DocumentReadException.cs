namespace Thorbecke.Core.Documents;

/// <summary>
/// A file could not be read. <see cref="Exception.Message"/> is the reason in Dutch, without the file name,
/// for example "het bestand is versleuteld met een wachtwoord".
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string reason)
        : base(reason)
    {
    }

    public DocumentReadException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
