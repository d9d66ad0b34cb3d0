using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace DocIntake.Imaging.Tests.Decoding;

/// <summary>
/// Small PDFs written by hand for cases no sample has (a drawn-rotated image, CCITT EncodedByteAlign, a loop in
/// the page tree), and qpdf for rotated or encrypted copies of real samples.
/// </summary>
internal static class PdfTestFiles
{
    /// <summary>Objects 1..n in order (object 1 the catalog), each the text between "n 0 obj" and "endobj".</summary>
    public static byte[] Build(params byte[][] objects)
    {
        using var pdf = new MemoryStream();
        Write(pdf, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write(pdf, "\nendobj\n");
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, table.ToString());
        return pdf.ToArray();
    }

    public static byte[] Obj(string text) => System.Text.Encoding.Latin1.GetBytes(text);

    public static byte[] Stream(string dictionary, byte[] data)
    {
        using var stream = new MemoryStream();
        Write(stream, $"<< {dictionary} /Length {data.Length} >>\nstream\n");
        stream.Write(data);
        Write(stream, "\nendstream");
        return stream.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>One page of the given size drawing one 8-bit gray image with matrix <paramref name="cm"/>.</summary>
    public static byte[] ImagePage(double pageWidth, double pageHeight, int width, int height, byte[] pixels, string cm) =>
        Build(
            Obj("<< /Type /Catalog /Pages 2 0 R >>"),
            Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Obj(FormattableString.Invariant($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pageWidth} {pageHeight}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>")),
            Stream("", Obj($"q {cm} cm /Im0 Do Q")),
            Stream(FormattableString.Invariant($"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"), Deflate(pixels)));

    /// <summary>Runs a command-line tool (qpdf) and fails the test with its stderr if it fails.</summary>
    public static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // qpdf exits 3 for "succeeded with warnings".
        Assert.True(process.ExitCode is 0 or 3, $"{program} failed ({process.ExitCode}): {error}");
    }

    private static void Write(Stream stream, string text) => stream.Write(System.Text.Encoding.Latin1.GetBytes(text));
}
