using Thorbecke.Application.Engine;
using Thorbecke.Application.Projects;

namespace Thorbecke.Application.Tests.Projects;

/// <summary>A scan saves the engine settings in the project, so what joins it later is judged by the same engine.</summary>
public sealed class ProjectScanTests
{
    private static readonly EngineSettings Thesaurus = new("opschalingskorting, herverdeelkorting, kortingsmaatregel");

    [Fact]
    public void Should_let_an_upload_join_a_scan_made_with_a_users_thesaurus()
    {
        using var project = new ProjectBuilder();
        var first = project.Scan.Run(ProjectBuilder.Agenda, [ProjectBuilder.Programme("Rood", "Wij schaffen de herverdeelkorting af.")], Thesaurus);

        var joining = project.Scan.JoiningSettings();
        var second = project.Scan.Run(ProjectBuilder.Agenda,
            [ProjectBuilder.Programme("Rood", "Wij schaffen de herverdeelkorting af."), ProjectBuilder.Programme("Blauw", "De opschalingskorting blijft.")],
            joining!);

        Assert.Equal(Thesaurus, joining);
        Assert.Equal(first.EngineVersion, second.EngineVersion);
        Assert.Equal(
            first.Results.Select(r => (r.Ask, r.Verdict, r.Confidence, r.Rationale)),
            second.Results.Where(r => r.Document == first.Documents[0].Id).Select(r => (r.Ask, r.Verdict, r.Confidence, r.Rationale)));
    }

    [Fact]
    public void Should_refuse_to_join_a_project_whose_engine_settings_were_never_saved()
    {
        using var project = new ProjectBuilder();
        var run = project.Store.BeginRun(ProjectBuilder.Agenda, "vingerafdruk", "een-andere-engine");
        project.Store.FinishRun(run, [], []);

        Assert.Null(project.Scan.JoiningSettings());
    }

    [Fact]
    public void Should_join_a_new_project_with_the_default_engine()
    {
        using var project = new ProjectBuilder();

        Assert.Equal(new EngineSettings(), project.Scan.JoiningSettings());
    }

    [Fact]
    public void Should_lay_the_reviews_over_the_latest_report()
    {
        using var project = new ProjectBuilder();
        var report = project.Scan.Run(ProjectBuilder.Agenda, [ProjectBuilder.Programme("Rood", "Wij schaffen de opschalingskorting af.")], new EngineSettings());
        project.Store.SaveReview(new(report.Agenda.Asks[0].Id, report.Documents[0].Id, Core.Verdicts.Verdict.Oppose, false, [], null, "anna", 0), DateTimeOffset.UnixEpoch);

        var latest = LatestReport.Load(project.Store)!;

        Assert.Equal(Core.Verdicts.Verdict.Oppose, Assert.Single(latest.Reviews).Verdict);
    }
}
