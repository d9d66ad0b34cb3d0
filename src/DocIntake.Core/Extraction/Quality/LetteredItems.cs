using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Quality;

/// <summary>
/// Items told apart by a letter ("寸法A", "寸法B"; "Dimension A", "Dimension B") follow each other in letter order, not
/// always from A (a record may list 寸法B alone). A bare stem right before or after a lettered row of its stem lost its
/// letter ("寸法" above "寸法B": seed 353's tune-061, accepted as a known word): it takes the letter its place gives,
/// doubted. A lettered row that does not follow the lettered row right above it ("寸法A" then "寸法E"), or whose letter lies
/// further down the alphabet than the rows of its stem reach, is doubted.
/// </summary>
internal static partial class LetteredItems
{
    public static void Doubt(List<Dictionary<string, FieldDraft>> measurements)
    {
        var items = measurements.Select(m => m.GetValueOrDefault("item")?.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList();
        for (var row = 0; row < items.Count; row++)
        {
            var draft = measurements[row]["item"];
            if (Letter(items, row) is { } own)
            {
                // A series skips at most the first letter (a record may list 寸法B alone): a letter further down the
                // alphabet than the rows of its stem reach was misread ("Dimension E" second of two: seed 281's tune-057).
                var bare = own.Stem.TrimEnd();
                var rows = items.Count(i => i is not null && i.StartsWith(bare, StringComparison.Ordinal) && i.Length <= own.Stem.Length + 2);
                if ((Letter(items, row - 1) is { } above && above.Stem == own.Stem && own.Letter != above.Letter + 1) || own.Letter - 'A' > rows)
                {
                    draft.Reasons.Add(ReviewReasons.Ambiguous);
                }

                continue;
            }

            var letter = Letter(items, row + 1) is { } below && below.Stem.TrimEnd() == items[row] && below.Letter > 'A' ? (below.Stem, Letter: (char)(below.Letter - 1))
                : Letter(items, row - 1) is { } above2 && above2.Stem.TrimEnd() == items[row] && above2.Letter < 'Z' ? (above2.Stem, Letter: (char)(above2.Letter + 1))
                : default;
            if (letter.Stem is not null)
            {
                draft.Value = JsonValue.Create(letter.Stem + letter.Letter);
                draft.Reasons.Add(ReviewReasons.Ambiguous);
            }
        }
    }

    private static (string Stem, char Letter)? Letter(List<string?> items, int row) =>
        row >= 0 && row < items.Count && items[row] is { } item && Lettered().Match(item) is { Success: true } m
            ? (m.Groups["stem"].Value, m.Groups["letter"].Value[0])
            : null;

    /// <summary>A stem ending in a word character other than a capital, then one capital letter: "寸法A", "Dimension B".</summary>
    [GeneratedRegex(@"^(?<stem>.*[^A-Z\s]\s?)(?<letter>[A-Z])$")]
    private static partial Regex Lettered();
}
