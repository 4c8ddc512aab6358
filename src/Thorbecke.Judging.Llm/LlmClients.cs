using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Thorbecke.Judging.Llm;

/// <summary>Chat clients for OpenAI-compatible endpoints (OpenAI, a local Ollama or vLLM server).</summary>
public static class LlmClients
{
    public static IChatClient OpenAiCompatible(Uri endpoint, string model, string? apiKey) =>
        new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(apiKey) ? "geen-sleutel" : apiKey), new OpenAIClientOptions { Endpoint = endpoint })
            .GetChatClient(model)
            .AsIChatClient();
}
