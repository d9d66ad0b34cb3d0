using UglyToad.PdfPig.Tokens;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>Reads the filter chain and decode parameters of an image XObject or inline image.</summary>
internal static class PdfImageDictionary
{
    public static IReadOnlyList<string> Filters(DictionaryToken dictionary)
    {
        var token = Get(dictionary, "Filter", "F");
        return token switch
        {
            NameToken name => [FullName(name.Data)],
            ArrayToken array => array.Data.OfType<NameToken>().Select(n => FullName(n.Data)).ToList(),
            _ => [],
        };
    }

    /// <summary>
    /// True when a CCITTFaxDecode filter of the image has EncodedByteAlign true (which PdfPig 0.1.16 decodes
    /// wrongly without an error), or when its parameters are an unresolved reference and cannot be checked.
    /// </summary>
    public static bool CcittByteAlignedOrUnknown(DictionaryToken dictionary)
    {
        var filters = Filters(dictionary);
        var parms = Get(dictionary, "DecodeParms", "DP");
        for (var i = 0; i < filters.Count; i++)
        {
            if (filters[i] != "CCITTFaxDecode")
            {
                continue;
            }

            var entry = parms switch
            {
                ArrayToken array => i < array.Data.Count ? array.Data[i] : null,
                _ => filters.Count == 1 || i == 0 ? parms : null,
            };
            switch (entry)
            {
                case null or NullToken:
                    continue;
                case DictionaryToken dict:
                    if (Get(dict, "EncodedByteAlign") is BooleanToken { Data: true } or IndirectReferenceToken)
                    {
                        return true;
                    }

                    continue;
                default:
                    return true;
            }
        }

        return false;
    }

    public static bool Has(DictionaryToken dictionary, string key) => dictionary.Data.ContainsKey(key);

    private static IToken? Get(DictionaryToken dictionary, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (dictionary.Data.TryGetValue(key, out var token))
            {
                return token;
            }
        }

        return null;
    }

    /// <summary>Inline images may use the abbreviated filter names.</summary>
    private static string FullName(string name) => name switch
    {
        "AHx" => "ASCIIHexDecode",
        "A85" => "ASCII85Decode",
        "Fl" => "FlateDecode",
        "RL" => "RunLengthDecode",
        "CCF" => "CCITTFaxDecode",
        "DCT" => "DCTDecode",
        _ => name,
    };
}
