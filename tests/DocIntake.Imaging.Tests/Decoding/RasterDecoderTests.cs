using System.Buffers.Binary;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;
using DocIntake.Imaging.Decoding;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class RasterDecoderTests
{
    private static readonly Rgba32 White = new(255, 255, 255);
    private static readonly Rgba32 Black = new(20, 20, 20);
    private static readonly Rgba32 SealRed = new(220, 40, 40);
    private static readonly Rgba32 BlueInk = new(30, 40, 200);

    [Fact]
    public void Decode_TurnsExifOrientation3JpegUpright_ForRapidOcrSample()
    {
        const string file = "rapidocr__img_exif_orientation.jpg";
        var page = Assert.Single(Samples.Decode(file));

        // The same pixels without their EXIF (as PNG) are the stored, upside-down raster.
        using var stored = Image.Load<Rgba32>(Samples.Read(file));
        stored.Metadata.ExifProfile = null;
        var raw = Assert.Single(DocumentDecoder.Open("raw.png", Png(stored)).Pages()).Image!;

        Assert.Contains("exif_orientation:3", page.Operations);
        Assert.Equal(180, page.Rotation);
        Assert.Equal((raw.Width, raw.Height), (page.Image!.Width, page.Image.Height));
        Assert.Equal(raw.Pixels.Reverse(), page.Image.Pixels);
    }

    [Theory]
    [InlineData(6, 90)]
    [InlineData(8, 270)]
    public void Decode_SwapsWidthAndHeight_ForExifQuarterTurns(int orientation, int rotation)
    {
        // Stored 60x20 with a black square at the top-left corner.
        using var image = new Image<Rgba32>(60, 20, White);
        Fill(image, 0, 0, 10, 10, Black);
        image.Metadata.ExifProfile = new ExifProfile();
        image.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)orientation);
        using var jpeg = new MemoryStream();
        image.SaveAsJpeg(jpeg, new JpegEncoder { Quality = 100 });

        var page = Assert.Single(DocumentDecoder.Open("turned.jpg", jpeg.ToArray()).Pages());
        var upright = page.Image!;

        Assert.Equal((20, 60), (upright.Width, upright.Height));
        Assert.Equal(rotation, page.Rotation);
        Assert.Contains($"exif_orientation:{orientation}", page.Operations);
        if (orientation == 6)
        {
            // A quarter turn clockwise takes the top-left corner to the top-right.
            Assert.True(upright[15, 5] < 80 && upright[5, 5] > 200 && upright[5, 55] > 200);
        }
        else
        {
            Assert.True(upright[5, 55] < 80 && upright[5, 5] > 200 && upright[15, 5] > 200);
        }
    }

    [Fact]
    public void Decode_DropsRedSealButKeepsBlackAndBlueInk_ByDefault()
    {
        var page = Assert.Single(DocumentDecoder.Open("seal.png", Png(SealPage())).Pages());
        var gray = page.Image!;

        Assert.Contains("red_dropout", page.Operations);
        Assert.True(gray[50, 15] < 40, $"black text {gray[50, 15]}");
        Assert.True(gray[150, 70] > 220, $"red seal {gray[150, 70]}");
        Assert.True(gray[50, 85] < 80, $"blue ink {gray[50, 85]}");
        Assert.Equal(255, gray[5, 95]);
    }

    [Fact]
    public void Decode_KeepsRedSealDark_WhenRedDropoutIsOff()
    {
        var options = new DecodeOptions { RedDropout = false };

        var page = Assert.Single(DocumentDecoder.Open("seal.png", Png(SealPage()), options).Pages());

        Assert.Contains("gray:luminance", page.Operations);
        Assert.True(page.Image![150, 70] < 120);
    }

    [Fact]
    public void Decode_KeepsRedText_WhenRedInkOutnumbersBlack()
    {
        // A page printed in red is text, not a stamp: dropping it would erase the page.
        using var image = new Image<Rgba32>(300, 100, White);
        Fill(image, 10, 10, 280, 60, SealRed);
        Fill(image, 10, 80, 10, 10, Black);

        var page = Assert.Single(DocumentDecoder.Open("red-text.png", Png(image)).Pages());

        Assert.Contains("gray:luminance", page.Operations);
        Assert.True(page.Image![100, 40] < 120);
    }

    [Fact]
    public void Decode_ConvertsCmykJpegAndAlphaPng_LikeThePaletteVersionOfTheSameMap()
    {
        var palette = Assert.Single(Samples.Decode("ocrmypdf__baiona_colormapped.png")).Image!;
        var cmyk = Assert.Single(Samples.Decode("ocrmypdf__baiona_cmyk.jpg")).Image!;
        var alpha = Assert.Single(Samples.Decode("ocrmypdf__baiona_alpha.png")).Image!;

        // An inverted or channel-swapped CMYK decode differs by ~100 gray levels on average.
        Assert.InRange(MeanDifference(palette, cmyk), 0, 20);
        Assert.InRange(MeanDifference(palette, alpha), 0, 20);
    }

    [Fact]
    public void Open_RefusesDeclaredGigapixelPng_BeforeAllocating()
    {
        var bomb = PngHeaderOnly(100_000, 100_000);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<LimitExceededException>(() => DocumentDecoder.Open("bomb.png", bomb).Pages().ToList());

        Assert.Equal("pixels per page", error.Limit);
        Assert.Equal(10_000_000_000, error.Actual);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 10_000_000);
    }

    [Theory]
    [InlineData("leptonica__patent.png", "PNG")]
    [InlineData("invoice2data__FlipkartInvoice.png", "PNG")]
    [InlineData("easyocr__japanese.jpg", "JPEG")]
    [InlineData("ocrmypdf__baiona_cmyk.jpg", "JPEG")]
    public void Decode_ThrowsBadInputNamingTheFile_WhenRasterIsCutInHalf(string file, string kind)
    {
        var bytes = Samples.Read(file);

        var error = Assert.ThrowsAny<BadInputException>(() => DocumentDecoder.Open("cut", bytes[..(bytes.Length / 2)]).Pages().ToList());

        Assert.Equal("cut", error.FileName);
        Assert.Contains($"corrupt {kind}", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ThrowsBadInput_WhenJpegHasOnlyItsSignature()
    {
        byte[] bytes = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01];

        var error = Assert.ThrowsAny<BadInputException>(() => DocumentDecoder.Open("stub.jpg", bytes).Pages().ToList());

        Assert.Contains("corrupt JPEG", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_ReportsNoResolution_WhenPngHasNoPhysChunk()
    {
        var bytes = Samples.Read("leptonica__keystone.png");

        var page = Assert.Single(DocumentDecoder.Open("keystone.png", bytes).Pages());

        // ImageSharp fills in 96 dpi for a file that says nothing; the decoder must not pass that on.
        Assert.Equal(96, Image.Identify(bytes).Metadata.HorizontalResolution);
        Assert.Equal((0.0, 0.0), (page.Image!.DpiX, page.Image.DpiY));
    }

    [Fact]
    public void Decode_ReadsBmpResolutionAndGifFirstFrame()
    {
        using var image = new Image<Rgba32>(40, 30, White);
        Fill(image, 0, 0, 20, 30, Black);
        image.Metadata.HorizontalResolution = 300;
        image.Metadata.VerticalResolution = 300;
        using var bmp = new MemoryStream();
        image.SaveAsBmp(bmp);
        using var gif = new MemoryStream();
        image.SaveAsGif(gif);

        var bmpDocument = DocumentDecoder.Open("scan.bmp", bmp.ToArray());
        var bmpPage = Assert.Single(bmpDocument.Pages()).Image!;
        var gifDocument = DocumentDecoder.Open("scan.gif", gif.ToArray());
        var gifPage = Assert.Single(gifDocument.Pages()).Image!;

        Assert.Equal(("bmp", "gif"), (bmpDocument.Format, gifDocument.Format));
        Assert.Equal((300.0, 300.0), (bmpPage.DpiX, bmpPage.DpiY));
        Assert.Equal((0.0, 0.0), (gifPage.DpiX, gifPage.DpiY));
        Assert.True(bmpPage[5, 5] < 40 && bmpPage[35, 5] > 240);
        Assert.True(gifPage[5, 5] < 40 && gifPage[35, 5] > 240);
    }

    private static Image<Rgba32> SealPage()
    {
        var image = new Image<Rgba32>(300, 100, White);
        Fill(image, 10, 10, 280, 20, Black); // a line of black text
        Fill(image, 10, 80, 100, 10, BlueInk); // blue ballpoint
        Fill(image, 130, 50, 40, 40, SealRed); // the seal
        return image;
    }

    private static void Fill(Image<Rgba32> image, int x, int y, int width, int height, Rgba32 color)
    {
        for (var row = y; row < y + height; row++)
        {
            for (var column = x; column < x + width; column++)
            {
                image[column, row] = color;
            }
        }
    }

    private static byte[] Png(Image<Rgba32> image)
    {
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    private static double MeanDifference(GrayImage a, GrayImage b) =>
        a.Pixels.Zip(b.Pixels, (x, y) => Math.Abs(x - y)).Average();

    /// <summary>A PNG signature and IHDR declaring the size, a token IDAT and IEND: a few dozen bytes.</summary>
    private static byte[] PngHeaderOnly(int width, int height)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth, gray
        Chunk(stream, "IHDR"u8, header);
        Chunk(stream, "IDAT"u8, [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        Chunk(stream, "IEND"u8, []);
        return stream.ToArray();
    }

    private static void Chunk(Stream stream, ReadOnlySpan<byte> type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        stream.Write(type);
        stream.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. type, .. data]));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var value in data)
        {
            crc ^= value;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
