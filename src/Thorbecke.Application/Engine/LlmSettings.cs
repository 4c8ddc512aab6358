namespace Thorbecke.Application.Engine;

/// <summary>A chat model (OpenAI-compatible) that gives the verdicts on the engine's passages.</summary>
/// <param name="Endpoint">The server, for example a local Ollama or vLLM.</param>
/// <param name="Model">The model's name on that server.</param>
public sealed record LlmSettings(Uri Endpoint, string Model);
