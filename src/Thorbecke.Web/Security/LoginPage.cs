using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Security;

/// <summary>The login form; a failed login says only that the combination is wrong, never which half.</summary>
internal static class LoginPage
{
    public const string Failed = "Onbekende combinatie van naam en wachtwoord.";

    public static string Render(PageContext page, string? returnUrl, string? name = null, string? error = null) =>
        Layout.Render(page, "Inloggen", w =>
        {
            w.WriteLine("<header class=\"masthead\"><p class=\"kicker\">Thorbecke · analyse van programma's</p><h1>Inloggen</h1></header>");
            w.WriteLine("<form method=\"post\" action=\"/inloggen\" class=\"card login\">");
            w.WriteLine(page.TokenField);
            w.WriteLine($"<input type=\"hidden\" name=\"ReturnUrl\" value=\"{Html.E(returnUrl)}\">");
            if (error is not null)
            {
                w.WriteLine($"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>");
            }

            w.WriteLine($"<label>Naam <input name=\"naam\" autocomplete=\"username\" required autofocus value=\"{Html.E(name)}\"></label>");
            w.WriteLine("<label>Wachtwoord <input name=\"wachtwoord\" type=\"password\" autocomplete=\"current-password\" required></label>");
            w.WriteLine("<button type=\"submit\">Inloggen</button>");
            w.WriteLine("</form>");
            w.WriteLine("<p class=\"lead\">Nog geen account? Een beheerder maakt er een met <code>thorbecke accounts add</code>.</p>");
        });
}
