namespace DocIntake.Core.Text;

/// <summary>Japanese era (和暦) years to Gregorian dates; a date outside its era is rejected.</summary>
internal static class JapaneseEra
{
    private static readonly (string Kanji, char Letter, DateOnly Start, DateOnly? End)[] Eras =
    [
        ("令和", 'R', new DateOnly(2019, 5, 1), null),
        ("平成", 'H', new DateOnly(1989, 1, 8), new DateOnly(2019, 4, 30)),
        ("昭和", 'S', new DateOnly(1926, 12, 25), new DateOnly(1989, 1, 7)),
        ("大正", 'T', new DateOnly(1912, 7, 30), new DateOnly(1926, 12, 24)),
    ];

    /// <param name="era">令和 / 平成 / 昭和 / 大正 or R / H / S / T.</param>
    /// <param name="year">Year of the era, 1 for 元年.</param>
    public static DateOnly? ToDate(string era, int year, int month, int day)
    {
        foreach (var (kanji, letter, start, end) in Eras)
        {
            if (era != kanji && !(era.Length == 1 && char.ToUpperInvariant(era[0]) == letter))
            {
                continue;
            }

            if (year < 1 || year > 99 || !DateParser.TryMake(start.Year + year - 1, month, day, out var date))
            {
                return null;
            }

            return date >= start && (end is null || date <= end) ? date : null;
        }

        return null;
    }
}
