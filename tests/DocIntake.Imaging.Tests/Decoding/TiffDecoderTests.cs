using System.Buffers.Binary;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class TiffDecoderTests
{
    [Fact]
    public void Open_ReadsNonSquareFaxResolution_ForG3StandardFax()
    {
        var page = Assert.Single(Samples.Decode("libtiffnet__g3test.tif"));

        Assert.Equal((1728, 1103), (page.Image!.Width, page.Image.Height));
        Assert.Equal((204.0, 98.0), (page.Image.DpiX, page.Image.DpiY));
        Assert.Contains("tiff:ccitt_g3_1d", page.Operations);
        Assert.Contains("decode:imagesharp", page.Operations);
        Assert.Equal(0, page.Rotation);
    }

    [Theory]
    [InlineData("libtiffnet__G32DS.TIF", "libtiffnet__G4.TIF")]
    [InlineData("libtiffnet__G32DS.TIF", "libtiffnet__G31D.TIF")]
    [InlineData("commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.4_2D_fill.tiff", "commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.6.tiff")]
    [InlineData("commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.4_2D_no_fill.tiff", "commonsimaging__Oregon_Scientific_DS6639_-_DSC_0307_-_small_CCITT_T.4_1D_fill.tiff")]
    public void Pages_DecodeG3TwoDimensionalThroughLibTiff_IdenticalToSiblingEncodingOfSamePage(string g3TwoD, string sibling)
    {
        // The same raster encoded twice: the fallback's G3 2-D decode must equal ImageSharp's decode of the other coding.
        var fallback = Assert.Single(Samples.Decode(g3TwoD));
        var reference = Assert.Single(Samples.Decode(sibling));

        Assert.Contains("tiff:ccitt_g3_2d", fallback.Operations);
        Assert.Contains("decode:libtiff", fallback.Operations);
        Assert.Contains("decode:imagesharp", reference.Operations);
        Assert.Equal(reference.Image!.Pixels, fallback.Image!.Pixels);
        Assert.InRange(Samples.DarkFraction(fallback.Image), 0.02, 0.7);
    }

    [Theory]
    [InlineData("libtiffnet__g3test.tif")]
    [InlineData("libtiffnet__CCITT_1.TIF")]
    [InlineData("libtiffnet__fax2d.tif")]
    [InlineData("pillow__total-pages-zero.tif")]
    [InlineData("twelvemonkeys__scan-mono-iccgray.tif")]
    [InlineData("tesseract__eurotext.tif")]
    [InlineData("tesseract__phototestrot.tif")]
    public void LibTiffRoute_MatchesImageSharpRoute_PixelForPixel(string file)
    {
        var bytes = Samples.Read(file);
        var viaImageSharp = TiffDecoder.Open(file, bytes, DecodeOptions.Default).Pages().ToList();
        var viaLibTiff = TiffDecoder.Open(file, bytes, DecodeOptions.Default, TiffRoute.LibTiffOnly).Pages().ToList();

        Assert.Equal(viaImageSharp.Count, viaLibTiff.Count);
        for (var i = 0; i < viaImageSharp.Count; i++)
        {
            Assert.Contains("decode:imagesharp", viaImageSharp[i].Operations);
            Assert.Contains("decode:libtiff", viaLibTiff[i].Operations);
            Assert.Equal(viaImageSharp[i].Image!.Pixels, viaLibTiff[i].Image!.Pixels);
            Assert.Equal(viaImageSharp[i].Image!.DpiY, viaLibTiff[i].Image!.DpiY);
        }
    }

    [Theory]
    [InlineData(2, 0, false)]
    [InlineData(3, 180, false)]
    [InlineData(4, 180, false)]
    [InlineData(5, 90, false)]
    [InlineData(6, 90, false)]
    [InlineData(7, 270, false)]
    [InlineData(8, 270, false)]
    [InlineData(3, 180, true)]
    [InlineData(5, 90, true)]
    [InlineData(6, 90, true)]
    [InlineData(8, 270, true)]
    public void Pages_TurnOrientationVariantsUpright_IdenticalToOrientationOne(int orientation, int rotation, bool libTiffOnly)
    {
        var upright = Assert.Single(Samples.Decode("pillow__g4_orientation_1.tif")).Image!;
        var file = $"pillow__g4_orientation_{orientation}.tif";
        var page = Assert.Single(TiffDecoder.Open(file, Samples.Read(file), DecodeOptions.Default, Route(libTiffOnly)).Pages());

        // Pillow rendered each variant separately: they differ from _1 in ~100 anti-aliasing pixels (0.2 %), while
        // a wrong turn or mirror of this text line differs in thousands.
        Assert.Equal((upright.Width, upright.Height), (page.Image!.Width, page.Image.Height));
        var differing = upright.Pixels.Where((value, i) => value != page.Image.Pixels[i]).Count();
        Assert.InRange(differing, 0, upright.Pixels.Length / 200);
        Assert.Contains($"tiff_orientation:{orientation}", page.Operations);
        Assert.Equal(rotation, page.Rotation);
    }

    [Theory]
    [InlineData("leptonica__tickets.tif")]
    [InlineData("leptonica__witten.tif")]
    [InlineData("twelvemonkeys__scan-mono-iccgray.tif")]
    public void Pages_ShowPaperWhite_ForMinIsBlackScans(string file)
    {
        // Scanned documents are mostly paper: an inverted decode would be mostly black.
        var page = Assert.Single(Samples.Decode(file));

        Assert.InRange(Samples.DarkFraction(page.Image!), 0.01, 0.3);
    }

    [Fact]
    public void Pages_KeepPaperWhite_ForJpegInTiffWithUnusualYCbCr()
    {
        // ImageSharp renders this Xerox scan on pink paper; libtiff gets the colours right.
        var page = Assert.Single(Samples.Decode("twelvemonkeys__xerox-jpeg-ycbcr-weird-coefficients.tif"));
        var sorted = page.Image!.Pixels.Order().ToArray();

        Assert.Contains("decode:libtiff", page.Operations);
        Assert.True(sorted[sorted.Length / 2] > 235, $"median gray {sorted[sorted.Length / 2]}");
        Assert.InRange(Samples.DarkFraction(page.Image), 0.01, 0.2);
    }

    [Theory]
    [InlineData(0, new byte[] { 255, 170, 85, 0 })]
    [InlineData(1, new byte[] { 0, 85, 170, 255 })]
    public void Pages_HonourPhotometric_For8BitGray(int photometric, byte[] expected)
    {
        var bytes = TinyTiff.Build(4, 1, compression: 1, bitsPerSample: 8, photometric: photometric, strip: [0, 85, 170, 255]);

        var page = Assert.Single(TiffDecoder.Open("gray.tif", bytes, DecodeOptions.Default).Pages());

        Assert.Equal(expected, page.Image!.Pixels);
        Assert.Equal((0.0, 0.0), (page.Image.DpiX, page.Image.DpiY));
    }

    [Fact]
    public void Open_RefusesDeclaredGigapixelPage_BeforeAllocating()
    {
        // 22 bytes of "G4 data" declaring 100000 x 100000 pixels: 10 GB as gray bytes.
        var bomb = TinyTiff.Build(100_000, 100_000, compression: 4, bitsPerSample: 1, photometric: 0, strip: new byte[22]);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<LimitExceededException>(() => DocumentDecoder.Open("bomb.tif", bomb).Pages().ToList());

        Assert.Equal("pixels per page", error.Limit);
        Assert.Equal(10_000_000_000, error.Actual);
        Assert.Equal(1, error.Page);
        Assert.Equal("bomb.tif", error.FileName);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 10_000_000, "the decoder allocated for the bomb");
    }

    [Fact]
    public void Open_RefusesPageOverConfiguredPixelLimit_NamingThePage()
    {
        var options = new DecodeOptions { Limits = new InputLimits { MaxPixelsPerPage = 1728 * 2000 } };

        var error = Assert.Throws<LimitExceededException>(() => DocumentDecoder.Open("fine.tif", Samples.Read("pillow__total-pages-zero.tif"), options));

        Assert.Equal(1728L * 2156, error.Actual);
        Assert.Equal(1, error.Page);
    }

    [Theory]
    [InlineData("libtiffnet__CCITT_1.TIF")]
    [InlineData("libtiffnet__g3test.tif")]
    [InlineData("pillow__total-pages-zero.tif")]
    [InlineData("twelvemonkeys__scan-lzw-8bit-colormap.tiff")]
    [InlineData("libtiffnet__G32DS.TIF")]
    public void Decode_ThrowsBadInputNamingTheFile_WhenFileIsCutInHalf(string file)
    {
        var bytes = Samples.Read(file);
        var half = bytes[..(bytes.Length / 2)];

        var error = Assert.ThrowsAny<BadInputException>(() => DocumentDecoder.Open("cut.tif", half).Pages().ToList());

        Assert.Equal("cut.tif", error.FileName);
        Assert.StartsWith("cut.tif: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt TIFF", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ThrowsBadInput_WhenDirectoryIsGarbage()
    {
        var bytes = Samples.Read("libtiffnet__CCITT_1.TIF");
        var directory = TiffTags.ReadDirectories("x", bytes)[0].Offset;
        bytes[directory] = 0xFF; // entry count 65535-ish: runs off the file
        bytes[directory + 1] = 0xFF;

        var error = Assert.ThrowsAny<BadInputException>(() => DocumentDecoder.Open("garbage.tif", bytes).Pages().ToList());

        Assert.Contains("corrupt TIFF", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_DecodeLazily_AndNameThePageThatFails()
    {
        // Page 2 declares a compression nobody knows: opening and page 1 still work, page 2 is reported as such.
        var bytes = Samples.Read("pillow__total-pages-zero.tif");
        var second = TiffTags.ReadDirectories("x", bytes)[1].Offset;
        TinyTiff.PatchShort(bytes, second, tag: 259, value: 50_000);

        var document = DocumentDecoder.Open("mixed.tif", bytes);
        using var pages = document.Pages().GetEnumerator();

        Assert.Equal(3, document.PageCount);
        Assert.True(pages.MoveNext());
        Assert.Equal(1, pages.Current.Number);
        var error = Assert.ThrowsAny<BadInputException>(() => pages.MoveNext());
        Assert.Equal(2, error.Page);
        Assert.Contains("corrupt TIFF", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Pages_ThrowTimeLimit_WhenPageTakesLongerThanAllowed(bool libTiffOnly)
    {
        var options = new DecodeOptions { Limits = new InputLimits { MaxTimePerPage = TimeSpan.FromTicks(1) } };

        var error = Assert.Throws<LimitExceededException>(
            () => TiffDecoder.Open("slow.tif", Samples.Read("libtiffnet__CCITT_1.TIF"), options, Route(libTiffOnly)).Pages().ToList());

        Assert.Equal("seconds per page", error.Limit);
        Assert.Equal(1, error.Page);
    }

    private static TiffRoute Route(bool libTiffOnly) => libTiffOnly ? TiffRoute.LibTiffOnly : TiffRoute.ImageSharpThenLibTiff;

    [Fact]
    public void Pages_CollectLibTiffWarnings_InsteadOfWritingToConsole()
    {
        var originalError = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        DecodedPage page;
        try
        {
            page = Assert.Single(Samples.Decode("twelvemonkeys__g3aoe.tif"));
        }
        finally
        {
            Console.SetError(originalError);
        }

        Assert.Contains("decode:libtiff", page.Operations);
        Assert.Contains(page.Operations, o => o.StartsWith("libtiff_warnings:", StringComparison.Ordinal));
        Assert.Equal(string.Empty, captured.ToString());
    }
}

/// <summary>Hand-written little-endian TIFFs: one strip, the tags a reader needs.</summary>
internal static class TinyTiff
{
    public static byte[] Build(int width, int height, int compression, int bitsPerSample, int photometric, byte[] strip)
    {
        (ushort Tag, ushort Type, uint Value)[] entries =
        [
            (256, 4, (uint)width),
            (257, 4, (uint)height),
            (258, 3, (uint)bitsPerSample),
            (259, 3, (uint)compression),
            (262, 3, (uint)photometric),
            (273, 4, 8),
            (277, 3, 1),
            (278, 4, (uint)height),
            (279, 4, (uint)strip.Length),
        ];
        var ifd = 8 + strip.Length + (strip.Length % 2);
        var bytes = new byte[ifd + 2 + (entries.Length * 12) + 4];
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)ifd);
        strip.CopyTo(bytes, 8);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(ifd), (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var at = ifd + 2 + (i * 12);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 2), entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 4), 1);
            if (entries[i].Type == 3)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 8), (ushort)entries[i].Value);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 8), entries[i].Value);
            }
        }

        return bytes;
    }

    /// <summary>Overwrites the inline SHORT value of a tag in a little-endian classic TIFF directory.</summary>
    public static void PatchShort(byte[] bytes, long directory, ushort tag, ushort value)
    {
        int count = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan((int)directory));
        for (var i = 0; i < count; i++)
        {
            var at = (int)directory + 2 + (i * 12);
            if (BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at)) == tag)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at + 8), value);
                return;
            }
        }

        throw new InvalidOperationException($"tag {tag} not found");
    }
}
