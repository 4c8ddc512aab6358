using System.Text.Json;
using System.Text.Json.Nodes;
using Thorbecke.Core.Projects;
using Thorbecke.Search.Matching;
using Thorbecke.Search.Thesaurus;

namespace Thorbecke.Application.Engine;

/// <summary>
/// What a user may change about the engine: extra synonyms on top of the built-in thesaurus, and a language model.
/// A scan saves them in the project, so the web app judges later uploads and re-judges after a review with the same
/// engine instead of refusing or mixing results of two engines.
/// </summary>
/// <param name="ExtraThesaurus">The text of the user's thesaurus file; null for the built-in one alone.</param>
/// <param name="Llm">The language model that judges; null for the built-in judge.</param>
public sealed record EngineSettings(string? ExtraThesaurus = null, LlmSettings? Llm = null)
{
    private const string SettingName = "engine";

    /// <summary>The matcher's options for these settings.</summary>
    public MatcherOptions MatcherOptions => ExtraThesaurus is null
        ? new MatcherOptions()
        : new MatcherOptions { ThesaurusText = PolicyThesaurus.BuiltInText + "\n" + ExtraThesaurus };

    /// <summary>The settings the project's last scan saved; the defaults for a project that never saved any.</summary>
    public static EngineSettings Of(IProjectSettings project) => Saved(project) ?? new EngineSettings();

    /// <summary>The settings the project's last scan saved; null for a project scanned before settings were kept.</summary>
    public static EngineSettings? Saved(IProjectSettings project)
    {
        if (project.FindSetting(SettingName) is not { } json || JsonNode.Parse(json) is not JsonObject node)
        {
            return null;
        }

        var llm = node["llmEndpoint"]?.GetValue<string>() is { } endpoint && node["llmModel"]?.GetValue<string>() is { } model
            ? new LlmSettings(new Uri(endpoint), model)
            : null;
        return new EngineSettings(node["extraThesaurus"]?.GetValue<string>(), llm);
    }

    /// <summary>Makes these the project's settings.</summary>
    public void SaveTo(IProjectSettings project)
    {
        var node = new JsonObject
        {
            ["extraThesaurus"] = ExtraThesaurus,
            ["llmEndpoint"] = Llm?.Endpoint.AbsoluteUri,
            ["llmModel"] = Llm?.Model,
        };
        project.SaveSetting(SettingName, node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }
}
