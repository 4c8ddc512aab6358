using System.Globalization;
using System.Text;

namespace Thorbecke.Testing.Hostile;

/// <summary>
/// YAML texts made to break a naive reader, generated here so no crafted file sits in the repository. Each takes
/// the start of a file (for example <c>"id: x\nasks: "</c>) and puts the hostile part where a value belongs.
/// </summary>
public static class HostileYaml
{
    /// <summary>
    /// The hostile files every YAML reader must refuse, after <paramref name="head"/> (the fields that come before the
    /// nested one), each with the words of the Dutch reason it must give.
    /// </summary>
    public static IEnumerable<(string Name, string Text, string Reason)> Files(string head) =>
    [
        ("lijsten 100.000 diep", NestedLists(head, 100_000), "dieper genest dan 64 niveaus"),
        ("lijsten 30.000 diep", NestedLists(head, 30_000), "dieper genest dan 64 niveaus"),
        ("objecten 100.000 diep", NestedObjects(head, 100_000), "dieper genest dan 64 niveaus"),
        ("blokken 100.000 diep", NestedBlockLists(head, 100_000), "dieper genest dan 64 niveaus"),
        ("verwijzingsbom", AliasBomb("id: bom\n"), "meer dan 10 keer naar een anker"),
        ("tekst van 200.000 tekens", LongText("id: lang\n", "title", 200_000), "200.000 tekens is te lang"),
    ];

    /// <summary>Lists nested <paramref name="depth"/> levels deep in flow style: <c>[[[...]]]</c>.</summary>
    public static string NestedLists(string head, int depth) =>
        head + new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>Objects nested <paramref name="depth"/> levels deep in flow style: <c>{a: {a: ... 1}}</c>.</summary>
    public static string NestedObjects(string head, int depth) =>
        head + new StringBuilder(depth * 4).Insert(0, "{a: ", depth) + "1" + new string('}', depth) + "\n";

    /// <summary>Block lists nested <paramref name="depth"/> levels deep on one line: <c>- - - x</c>.</summary>
    public static string NestedBlockLists(string head, int depth) =>
        head + "\n" + new StringBuilder(depth * 2).Insert(0, "- ", depth) + "x\n";

    /// <summary>
    /// A "billion laughs": nine anchors, each a list of ten references to the one before, so the last stands for
    /// 10^9 strings when expanded.
    /// </summary>
    public static string AliasBomb(string head)
    {
        var text = new StringBuilder(head);
        text.Append("lol0: &lol0 [").AppendJoin(", ", Enumerable.Repeat("\"lol\"", 10)).Append("]\n");
        for (var level = 1; level <= 9; level++)
        {
            text.Append(CultureInfo.InvariantCulture, $"lol{level}: &lol{level} [").AppendJoin(", ", Enumerable.Repeat($"*lol{level - 1}", 10)).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>A valid start followed by a comment that brings the text to <paramref name="bytes"/> bytes.</summary>
    public static string Padded(string head, int bytes) =>
        head + "\n# " + new string('x', Math.Max(0, bytes - head.Length - 4)) + "\n";

    /// <summary>One field with a text of <paramref name="length"/> characters.</summary>
    public static string LongText(string head, string field, int length) =>
        head + field + ": " + new string('a', length) + "\n";
}
