namespace DocIntake.Core.Text;

/// <summary>How much of a date was printed.</summary>
public enum DateKind
{
    /// <summary>Year, month and day were printed (four-digit year or a Japanese era year).</summary>
    Full,

    /// <summary>A two-digit year was printed and read as 20xx.</summary>
    TwoDigitYear,

    /// <summary>Only month and day were printed; the year was inferred from a reference date.</summary>
    MonthDayOnly,
}

/// <summary>A date read from text.</summary>
/// <param name="Index">Start of the date in the text given (original indices, before normalisation).</param>
/// <param name="Length">Length of the date in the text given.</param>
/// <param name="OrderAmbiguous">
/// True when the printed numbers were valid both day-first and month-first (05/06/2026) and the
/// <c>preferMonthFirst</c> option decided.
/// </param>
public readonly record struct DateMatch(DateOnly Date, DateKind Kind, int Index, int Length, bool OrderAmbiguous);
