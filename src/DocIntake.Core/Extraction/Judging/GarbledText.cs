using System.Text.RegularExpressions;
using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Extraction.Judging;

/// <summary>
/// Text no one prints, whatever the confidence of its letters: a bracket closed by another kind or never closed
/// ("Our plant (receiving dock 2}", seed 547's tune-004, accepted), and a particle doubled ("添付ののこと", seed 523's
/// tune-023, accepted). Over 42 cached sets (session 25) 64 text values had such brackets and 14 a doubled particle; none
/// was right.
/// </summary>
internal static partial class GarbledText
{
    private const string Openers = "(（[［{｛「『";
    private const string Closers = ")）]］}｝」』";

    public static bool Seen(FieldDraft d) =>
        d.Kind == ValueKind.Text && d.Value?.GetValue<string>() is { } text && (!BracketsBalance(text) || DoubledParticle().IsMatch(text));

    private static bool BracketsBalance(string text)
    {
        var open = new Stack<char>();
        foreach (var c in text)
        {
            if (Openers.IndexOf(c, StringComparison.Ordinal) is var o and >= 0)
            {
                open.Push(Closers[o]);
            }
            else if (Closers.Contains(c, StringComparison.Ordinal) && (open.Count == 0 || open.Pop() != c))
            {
                return false;
            }
        }

        return open.Count == 0;
    }

    [GeneratedRegex("(の|を|に|が|は|へ|で)\\1")]
    private static partial Regex DoubledParticle();
}
