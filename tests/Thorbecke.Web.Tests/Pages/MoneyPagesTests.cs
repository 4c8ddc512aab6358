using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Thorbecke.Web.Money;
using Thorbecke.Web.Pages;

namespace Thorbecke.Web.Tests.Pages;

/// <summary>The Geld pages over HTTP, with the hand-checked files of <see cref="MoneyTestData"/>.</summary>
[Collection(WebGroup.Name)]
public sealed class MoneyPagesTests(WebFixture web)
{
    [Fact]
    public async Task Should_list_every_scenario_file_in_the_folder_and_its_subfolders()
    {
        var html = await Get("anna", "/geld");

        Assert.Contains("<tr data-scenario=\"basis\">", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-scenario=\"plus\">", html, StringComparison.Ordinal);
        Assert.Contains("<code>partijen/plus.yaml</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>../basis.yaml</code>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/geld/plus\">", html, StringComparison.Ordinal);
        Assert.Contains("+1 niet bevestigd", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_broken_file_with_its_line_and_field_and_still_compare_the_others()
    {
        var html = await Get("anna", "/geld");

        var row = Regex.Match(html, $"<tr class=\"broken\" data-file=\"{Regex.Escape(MoneyTestData.BrokenFile)}\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains($"regel {MoneyTestData.BrokenLine},", row, StringComparison.Ordinal);
        Assert.Contains("veld &#39;levers[1].amounts.2026&#39;", row, StringComparison.Ordinal);
        Assert.Contains("id=\"scenario-basis\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"scenario-plus\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_a_scenario_nested_100000_deep_as_a_Dutch_error_and_keep_serving()
    {
        var first = await Get("anna", "/geld");
        var again = await Get("anna", "/geld?s=basis&s=plus");

        var row = Regex.Match(first, $"<tr class=\"broken\" data-file=\"{Regex.Escape(MoneyTestData.DeepFile)}\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("<li>regel 4, kolom 72: het bestand is dieper genest dan 64 niveaus (lijsten of objecten in elkaar)</li>", row, StringComparison.Ordinal);
        Assert.Contains("id=\"scenario-plus\"", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/geld")]
    [InlineData("/geld/plus")]
    public async Task Should_say_what_the_basispad_follows_and_which_figures_are_assumptions(string path)
    {
        var html = await Get("anna", path);

        var section = Section(html, "aannames");
        Assert.Contains("Het basispad volgt de Meicirculaire 2025 tot en met 2029", section, StringComparison.Ordinal);
        Assert.Contains("De indexatie na 2029 is een aanname", section, StringComparison.Ordinal);
        Assert.Contains("<li>inwoners 2026</li>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_compare_the_chosen_scenarios_per_year_with_the_hand_checked_amounts_and_charts()
    {
        var html = await Get("anna", "/geld?s=basis&s=plus");

        // Overview: the fund in 2028, per inhabitant, the difference in 2028 and summed over 2025-2028 (0+100+150+200).
        var overview = Section(html, "overzicht");
        Assert.Contains("<th scope=\"col\" class=\"num\">Fonds 2028</th>", overview, StringComparison.Ordinal);
        Assert.Matches("Basis \\(bevroren\\)</th><td>[^<]+</td><td class=\"num\">1\\.000,0</td><td class=\"num\">€ 100</td>", overview);
        Assert.Matches("Plus voor gemeenten</th><td>[^<]+</td><td class=\"num\">1\\.200,0</td><td class=\"num\">€ 120</td>"
            + "<td class=\"num gain\">\\+200,0</td><td class=\"num gain\">\\+450,0</td></tr>", overview);
        Assert.Equal(2, Regex.Count(overview, "<svg class=\"chart\""));

        // Per year: the unconfirmed 999 of 2027 does not count.
        var plus = Article(html, "plus");
        Assert.Contains("<tr><th scope=\"row\">2026</th><td class=\"num\">1.100,0</td>", plus, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2027</th><td class=\"num\">1.150,0</td>", plus, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2028</th><td class=\"num\">1.200,0</td>", plus, StringComparison.Ordinal);
        Assert.DoesNotContain("999", plus, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2028</th><td class=\"num\">1.000,0</td>", Article(html, "basis"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_put_the_chosen_baseline_first()
    {
        var html = await Get("anna", "/geld?s=basis&s=plus&basis=plus");

        Assert.Matches("Basis \\(bevroren\\)</th><td>[^<]+</td><td class=\"num\">1\\.000,0</td><td class=\"num\">€ 100</td><td class=\"num loss\">-200,0</td>", Section(html, "overzicht"));
        Assert.Contains("<option value=\"plus\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_effect_for_one_municipality_labelled_as_the_per_inhabitant_approximation()
    {
        var html = await Get("anna", "/geld?s=basis&s=plus&gemeente=Utrecht");

        var section = Section(html, "gemeente");
        Assert.Contains("Effect voor Utrecht", section, StringComparison.Ordinal);
        Assert.Contains("<span class=\"approx\">benadering (naar inwonertal)</span>", section, StringComparison.Ordinal);
        Assert.Contains("Utrecht (GM0344) – benadering (naar inwonertal)", section, StringComparison.Ordinal);
        // A tenth of the inhabitants, so a tenth of each fund: 100,0 and 120,0 in 2028, € 20 more per inhabitant.
        Assert.Contains("<tr><th scope=\"row\">2028</th><td class=\"num\">100,0</td><td class=\"num\">120,0</td>"
            + "<td class=\"num gain\">+20,0</td><td class=\"num gain\">€ +20</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Utrecht\" selected>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_one_scenario_with_where_each_lever_comes_from_and_whether_it_counts()
    {
        var html = await Get("anna", "/geld/plus?gemeente=Utrecht");

        var origins = Section(html, "herkomst");
        Assert.Matches("<tr class=\"confirmed\"><th scope=\"row\">Accres bevroren</th>", origins);
        Assert.Matches("<tr class=\"confirmed\"><th scope=\"row\">Extra voor jeugdzorg</th>.*bevestigd, telt mee.*Programma Plus, p\\. 3\\..*<code>plus\\.pdf</code>, p\\. 3"
            + ".*Gemeenten krijgen er 100 miljoen bij", origins);
        Assert.Matches("<tr class=\"unconfirmed\"><th scope=\"row\">Nog te controleren bedrag</th>.*niet bevestigd, telt niet mee.*<code>plus\\.pdf</code>, p\\. 7", origins);
        Assert.Contains("<tr><th scope=\"row\">2028</th><td class=\"num\">1.200,0</td>", Article(html, "plus"), StringComparison.Ordinal);
        var municipality = Section(html, "gemeente");
        Assert.Contains("benadering (naar inwonertal)", municipality, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">2028</th><td class=\"num\">120,0</td></tr>", municipality, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_the_disbalans_when_a_cost_table_is_configured()
    {
        var html = await Get("anna", "/geld/basis");

        Assert.Contains("Tekort jeugd", Section(html, "disbalans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_say_so_when_the_municipality_is_not_in_the_table()
    {
        var html = await Get("anna", "/geld/plus?gemeente=Atlantis");

        Assert.Contains("Gemeente &#39;Atlantis&#39; staat niet in de tabel met gemeenten.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"scenario-plus\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_answer_404_for_a_scenario_that_is_not_there()
    {
        using var session = await Session.LogIn(web, "anna");

        var response = await session.Client.GetAsync("/geld/kapot");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Er is geen bruikbaar scenario met id &#39;kapot&#39;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_let_a_viewer_read_the_money_pages_and_send_an_anonymous_visitor_to_the_login()
    {
        Assert.Contains("id=\"scenario-plus\"", await Get("vera", "/geld"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/geld\">Geld</a>", await Get("vera", "/geld/basis"), StringComparison.Ordinal);

        using var anonymous = Session.Anonymous(web);
        var response = await anonymous.Client.GetAsync("/geld");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_need_no_inline_styles_or_scripts_so_the_content_security_policy_allows_the_charts()
    {
        using var session = await Session.LogIn(web, "anna");

        var response = await session.Client.GetAsync("/geld?gemeente=Utrecht");
        var html = await response.Content.ReadAsStringAsync();

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "<svg class=\"chart\""));
        Assert.Contains(".dot.s0 { background: #1f4e79; }", await session.Client.GetStringAsync(Stylesheet.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_explain_in_dutch_how_to_configure_a_scenario_folder_when_there_is_none()
    {
        var page = new PageContext("anna", MayReview: true, new AntiforgeryTokenSet("token", "cookie", "__af", "X-AF"));

        var html = MoneyPages.NotConfigured(page);

        Assert.Contains("Er is geen map met scenario's ingesteld.", html, StringComparison.Ordinal);
        Assert.Contains("thorbecke serve --scenarios MAP", html, StringComparison.Ordinal);
        Assert.Contains("--gemeenten gemeenten.csv", html, StringComparison.Ordinal);
    }

    private async Task<string> Get(string user, string path)
    {
        using var session = await Session.LogIn(web, user);
        var response = await session.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Section(string html, string id) =>
        Regex.Match(html, $"<section id=\"{id}\".*?</section>", RegexOptions.Singleline) is { Success: true } match
            ? match.Value
            : throw new Xunit.Sdk.XunitException($"No section '{id}' in the page.");

    private static string Article(string html, string scenario) =>
        Regex.Match(html, $"<article class=\"scenario\" id=\"scenario-{scenario}\">.*?</article>", RegexOptions.Singleline) is { Success: true } match
            ? match.Value
            : throw new Xunit.Sdk.XunitException($"No scenario '{scenario}' in the page.");
}
