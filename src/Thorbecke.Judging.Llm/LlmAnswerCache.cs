using System.Security.Cryptography;
using System.Text;

namespace Thorbecke.Judging.Llm;

/// <summary>Keeps each answer in a file named after the hash of the model and the prompt: a re-scan costs no requests.</summary>
public sealed class LlmAnswerCache(string folder)
{
    public string? Find(string model, string prompt)
    {
        var path = PathFor(model, prompt);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public void Save(string model, string prompt, string answer)
    {
        Directory.CreateDirectory(folder);
        var path = PathFor(model, prompt);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, answer);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathFor(string model, string prompt) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(model + "\n" + prompt)))[..32] + ".json");
}
