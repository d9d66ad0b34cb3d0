namespace DocIntake.Core.Text;

/// <summary>
/// Words of English inspection items. OCR drops the narrow gap between two words of an item ("Overalllength",
/// "Innerdiameter"); a run that is exactly two or three of these words is split again.
/// </summary>
public static class InspectionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "outer", "inner", "overall", "total", "diameter", "length", "width", "height", "depth", "thickness", "hole", "pitch",
        "surface", "roughness", "hardness", "runout", "flatness", "coaxiality", "concentricity", "parallelism",
        "perpendicularity", "straightness", "roundness", "cylindricity", "position", "chamfer", "appearance", "dimension",
        "thread", "plating", "coating", "film", "weight", "tensile", "strength", "angle", "radius", "groove", "slot", "taper",
        "bore", "shaft", "step", "flange", "wall", "case", "core", "effective", "hardening", "gauge", "visual", "check",
    };

    /// <summary>The text with each run of two or three known words joined together split at their boundaries.</summary>
    public static string Split(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SplitWord));

    private static string SplitWord(string word)
    {
        if (word.Length < 8 || Words.Contains(word) || !word.All(char.IsAsciiLetter))
        {
            return word;
        }

        for (var i = 3; i <= word.Length - 3; i++)
        {
            var head = word[..i];
            var tail = word[i..];
            if (!Words.Contains(head))
            {
                continue;
            }

            if (Words.Contains(tail))
            {
                return head + " " + tail;
            }

            var rest = SplitWord(tail);
            if (rest != tail)
            {
                return head + " " + rest;
            }
        }

        return word;
    }
}
