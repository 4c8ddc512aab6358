using Thorbecke.Web.Security;

namespace Thorbecke.Web.Tests.Security;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/documenten/abc")]
    [InlineData("/zoeken?q=a%2Fb")]
    [InlineData("/vragen/wonen-01#bewijs")]
    public void Should_keep_a_path_on_this_site(string url) => Assert.Equal(url, LocalReturnUrl.Resolve(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" /")]
    [InlineData("/ /")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\u0000")]
    [InlineData("/\u001f")]
    [InlineData("/\u0085")]
    [InlineData("/\u2028")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\\/evil.example")]
    [InlineData("/documenten\\..\\..")]
    [InlineData("/%2f%2fevil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%00")]
    [InlineData("/%7f")]
    [InlineData("///evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("HTTPS://evil.example")]
    public void Should_send_anything_else_home(string? url) => Assert.Equal("/", LocalReturnUrl.Resolve(url));
}
