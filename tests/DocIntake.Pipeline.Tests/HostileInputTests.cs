using System.Diagnostics;
using System.Text;
using DocIntake.Core.Contract;
using DocIntake.Core.Errors;

namespace DocIntake.Pipeline.Tests;

/// <summary>Bad input is refused with a typed error naming the file and the reason, and never crashes or hangs.</summary>
public sealed class HostileInputTests(PipelineFixture fixture) : IClassFixture<PipelineFixture>
{
    private readonly DocumentPipeline pipeline = fixture.Pipeline;

    [Fact]
    public void Process_RefusesEmptyFile_WithReason()
    {
        var error = Assert.Throws<BadInputException>(() => pipeline.Process(Input("empty.tif", [])));
        Assert.Contains("empty.tif", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RefusesUnsupportedType_WhenTextFile()
    {
        var error = Assert.Throws<BadInputException>(() => pipeline.Process(Input("note.pdf", Encoding.UTF8.GetBytes("hello, not a document"))));
        Assert.Contains("unsupported", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_RefusesTruncatedTiff_NamingTheFile()
    {
        var fax = File.ReadAllBytes(Path.Combine(RepositoryPaths.ExternalSamples, "libtiffnet__g3test.tif"));
        var error = Assert.ThrowsAny<BadInputException>(() => pipeline.Process(Input("cut.tif", fax[..(fax.Length / 3)])));
        Assert.Equal("cut.tif", error.FileName);
    }

    [Fact]
    public void Process_RefusesDecompressionBomb_BeforeAllocating()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = Assert.Throws<LimitExceededException>(() => pipeline.Process(Input("bomb.tif", TinyTiff(100_000, 100_000))));
        Assert.Equal("pixels per page", error.Limit);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 100L * 1024 * 1024, "the bomb was allocated");
    }

    [Fact]
    public void Process_RefusesEncryptedPdf_WithReason()
    {
        var plain = Path.Combine(RepositoryPaths.ExternalSamples, "extended", "pdfjs__issue16063.pdf");
        var encrypted = Path.Combine(Path.GetTempPath(), $"docintake-enc-{Guid.NewGuid():N}.pdf");
        try
        {
            Run("qpdf", "--encrypt", "user-pw", "owner-pw", "256", "--", plain, encrypted);
            var error = Assert.Throws<BadInputException>(() => pipeline.Process(Input("locked.pdf", File.ReadAllBytes(encrypted))));
            Assert.Contains("encrypt", error.Reason, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(encrypted);
        }
    }

    [Fact]
    public void Process_RefusesTooManyPages_WhenOverTheLimit()
    {
        using var strict = new DocumentPipeline(new PipelineOptions
        {
            Decode = new Imaging.Decoding.DecodeOptions { Limits = new Core.Pages.InputLimits { MaxPages = 2 } },
        });
        var threePages = File.ReadAllBytes(Path.Combine(RepositoryPaths.ExternalSamples, "pillow__g4-multi.tiff"));
        var error = Assert.Throws<LimitExceededException>(() => strict.Process(Input("multi.tiff", threePages)));
        Assert.Equal("pages per document", error.Limit);
    }

    private static InputFile Input(string name, byte[] bytes) => new(name, bytes, new SourceInfo { FileName = name });

    /// <summary>An uncompressed 1-bit little-endian TIFF whose header declares the given size over a few bytes of data.</summary>
    private static byte[] TinyTiff(int width, int height)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("II*\0"u8);
        writer.Write(8u);
        (ushort Tag, ushort Type, uint Value)[] entries =
        [
            (256, 4, (uint)width), (257, 4, (uint)height), (258, 3, 1), (259, 3, 1), (262, 3, 0),
            (273, 4, 200), (277, 3, 1), (278, 4, (uint)height), (279, 4, 16),
        ];
        writer.Write((ushort)entries.Length);
        foreach (var (tag, type, value) in entries)
        {
            writer.Write(tag);
            writer.Write(type);
            writer.Write(1u);
            if (type == 3)
            {
                writer.Write((ushort)value);
                writer.Write((ushort)0);
            }
            else
            {
                writer.Write(value);
            }
        }

        writer.Write(0u);
        while (stream.Length < 216)
        {
            writer.Write((byte)0);
        }

        return stream.ToArray();
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
    }
}
