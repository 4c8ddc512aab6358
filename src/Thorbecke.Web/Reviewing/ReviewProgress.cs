namespace Thorbecke.Web.Reviewing;

/// <summary>How many of a set of cells (one ask's, one document's, or all) an analyst has reviewed.</summary>
internal readonly record struct ReviewProgress(int Reviewed, int Total)
{
    public int Waiting => Total - Reviewed;

    public bool IsDone => Reviewed == Total;

    /// <summary>"3 van 6 beoordeeld"; reads right for every count, so no plural to choose.</summary>
    public string Text => $"{Pages.Html.Number(Reviewed)} van {Pages.Html.Number(Total)} beoordeeld";

    public double Share => Total == 0 ? 1 : (double)Reviewed / Total;
}
