namespace DocIntake.Core.Text;

/// <summary>Which tax label was printed beside an amount.</summary>
public enum TaxLabel
{
    None,

    /// <summary>税込 / 内税 / tax included.</summary>
    Included,

    /// <summary>税抜 / 税別 / 外税 / tax excluded.</summary>
    Excluded,
}

/// <summary>An amount of money as printed.</summary>
/// <param name="Currency">"JPY", "USD", "EUR" (also "GBP", "INR", "CNY") when a sign, 円 or a code was printed; null otherwise.</param>
/// <param name="ExactMark">A trailing "-" or 也 ("exactly") was printed.</param>
public sealed record MoneyValue(decimal Amount, string? Currency, TaxLabel Tax, bool ExactMark);
