namespace DocIntake.Server.Tests.Support;

internal static class FaxFiles
{
    private static readonly Lazy<byte[]> TwoPage = new(() =>
    {
        var folder = TestPaths.NewTempFolder("fax");
        try
        {
            var output = Path.Combine(folder, "fax2.tif");
            Shell.Run("tiffcp", TestPaths.Sample("libtiffnet__CCITT_1.TIF"), TestPaths.Sample("libtiffnet__CCITT_5.TIF"), output);
            return File.ReadAllBytes(output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    /// <summary>
    /// A real 2-page G4 fax (ITU charts 1 and 5, 1728x2376) made unique by <paramref name="seed"/> in trailing bytes,
    /// which TIFF readers ignore, so each copy has its own SHA-256 and is not taken for a duplicate.
    /// </summary>
    public static byte[] TwoPageFax(int seed) => [.. TwoPage.Value, .. BitConverter.GetBytes(seed)];
}
