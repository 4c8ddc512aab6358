namespace Thorbecke.Judging.Llm;

/// <summary>Where the LLM judge asks and how much it shows it.</summary>
/// <param name="Model">The model name, part of the engine version and of the cache key.</param>
/// <param name="CacheFolder">Answers are kept here, so a re-scan asks nothing twice.</param>
/// <param name="MaxPassages">How many of the engine's best passages the model reads per ask.</param>
public sealed record LlmJudgeOptions(string Model, string CacheFolder, int MaxPassages = 5);
