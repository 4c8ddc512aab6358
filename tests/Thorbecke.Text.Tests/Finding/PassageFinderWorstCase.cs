using Thorbecke.Core.Documents;

namespace Thorbecke.Text.Tests.Finding;

/// <summary>
/// Pages of 600 words drawn from twenty common policy words, so a pasted passage of those words touches every page
/// and every page is scored in full. benchmarks/passage-finder.cs builds the same pages to time the finder.
/// </summary>
internal static class PassageFinderWorstCase
{
    public static readonly string[] Words =
        "gemeente rijk wonen zorg jeugd geld fonds klimaat energie wijk buurt school werk inkomen armoede schulden sport cultuur veiligheid politie"
            .Split(' ');

    public static IEnumerable<Page> Pages(int count, int seed = 2026)
    {
        var random = new Random(seed);
        return Enumerable.Range(1, count).Select(n => new Page(n, string.Join(' ', Enumerable.Range(0, 600).Select(i =>
            (i % 12 == 0 ? "De " : "") + Words[random.Next(Words.Length)] + (i % 12 == 11 ? "." : ""))))).ToList();
    }
}
