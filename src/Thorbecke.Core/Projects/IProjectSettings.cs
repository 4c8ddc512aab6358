namespace Thorbecke.Core.Projects;

/// <summary>
/// Named settings of a project, kept in its database: what a scan was made with (a user's thesaurus, a language
/// model), so that the web app judges an upload exactly as the run it joins.
/// </summary>
public interface IProjectSettings
{
    /// <summary>The value saved under <paramref name="name"/>; null when none was saved.</summary>
    string? FindSetting(string name);

    /// <summary>Saves <paramref name="value"/> under <paramref name="name"/>, replacing an earlier value.</summary>
    void SaveSetting(string name, string value);
}
