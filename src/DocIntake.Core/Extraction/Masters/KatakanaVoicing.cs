using System.Text;
using System.Text.Json.Nodes;
using DocIntake.Core.Contract;
using DocIntake.Core.Extraction.Judging;

namespace DocIntake.Core.Extraction.Masters;

/// <summary>
/// A fax loses the two dots of a voiced kana (ブ read フ, バ read ハ): "補強フラケット" for 補強ブラケット (seed 419's
/// tune-005, a part not in the master, accepted). A katakana word of the master's part names read with one letter's
/// voicing changed, where the reading itself is no such word, is put back and doubted.
/// </summary>
internal static class KatakanaVoicing
{
    public static void PutBack(FieldDraft description, MasterData master)
    {
        if (description.Value?.GetValue<string>() is not { } read || master.Parts.Any(p => p.Name == read))
        {
            return;
        }

        var words = master.Parts.SelectMany(p => KatakanaRuns(p.Name)).Where(w => w.Length >= 4).Distinct().ToList();
        foreach (var word in words)
        {
            for (var i = 0; i + word.Length <= read.Length; i++)
            {
                var part = read.Substring(i, word.Length);
                if (OneVoicingApart(part, word) && !words.Contains(part))
                {
                    description.Value = JsonValue.Create(string.Concat(read.AsSpan(0, i), word, read.AsSpan(i + word.Length)));
                    description.Reasons.Add(ReviewReasons.Ambiguous);
                    return;
                }
            }
        }
    }

    private static bool OneVoicingApart(string read, string word)
    {
        var differ = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (read[i] == word[i])
            {
                continue;
            }

            if (!IsKatakana(read[i]) || Base(read[i]) != Base(word[i]) || ++differ > 1)
            {
                return false;
            }
        }

        return differ == 1;
    }

    /// <summary>The kana without its voicing marks: ブ and プ decompose to フ and a combining mark.</summary>
    private static char Base(char c) => c.ToString().Normalize(NormalizationForm.FormD)[0];

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA';

    private static IEnumerable<string> KatakanaRuns(string name)
    {
        var run = new StringBuilder();
        foreach (var c in name.Append(' '))
        {
            if (IsKatakana(c) || c == 'ー')
            {
                run.Append(c);
            }
            else if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }
        }
    }
}
