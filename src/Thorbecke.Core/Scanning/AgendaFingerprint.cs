using System.Security.Cryptography;
using System.Text;
using Thorbecke.Core.Agendas;

namespace Thorbecke.Core.Scanning;

/// <summary>
/// A hash of everything in an agenda that affects results, so stored results are reused only for
/// exactly the same asks (an edited custom agenda with an unchanged id is re-scanned).
/// </summary>
public static class AgendaFingerprint
{
    public static string Of(Agenda agenda)
    {
        var text = new StringBuilder().Append(agenda.Id).Append('\n');
        foreach (var ask in agenda.Asks)
        {
            text.Append(ask.Id).Append('\u001f').Append(ask.Theme).Append('\u001f').Append(ask.Text)
                .Append('\u001f').AppendJoin('\u001e', ask.Hints.Terms)
                .Append('\u001f').AppendJoin('\u001e', ask.Hints.Required).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
