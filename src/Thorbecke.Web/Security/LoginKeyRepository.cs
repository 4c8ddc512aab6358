using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Thorbecke.Storage.Homes;

namespace Thorbecke.Web.Security;

/// <summary>ASP.NET Core's key ring kept in the project (<see cref="ILoginKeys"/>), wherever the project lives.</summary>
internal sealed class LoginKeyRepository(ILoginKeys keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.All().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) => keys.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
}
