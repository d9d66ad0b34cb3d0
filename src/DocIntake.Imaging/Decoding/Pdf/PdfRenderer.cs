using System.Diagnostics;
using System.Globalization;
using DocIntake.Core.Errors;
using DocIntake.Core.Pages;

namespace DocIntake.Imaging.Decoding.Pdf;

/// <summary>
/// Renders one page to gray with Debian's poppler (<c>pdftoppm</c>), Ghostscript as the fallback. Child
/// processes, PDF on standard input and PGM on standard output (no temporary files), killed at the per-page
/// time limit. Both apply /Rotate, so the page comes out upright.
/// </summary>
internal static class PdfRenderer
{
    /// <summary>Below this resolution a huge page is refused rather than rendered unreadably small.</summary>
    public const int MinimumDpi = 50;

    /// <summary>The render resolution: the configured one, lowered so the page stays under the pixel limit.</summary>
    public static int ChooseDpi(string fileName, int page, double widthPoints, double heightPoints, int dpi, long maxPixels)
    {
        var area = Math.Max(widthPoints, 1) * Math.Max(heightPoints, 1) / (72.0 * 72.0);
        if (area * dpi * dpi <= maxPixels)
        {
            return dpi;
        }

        var fitting = (int)Math.Floor(Math.Sqrt(maxPixels / area));
        if (fitting < MinimumDpi)
        {
            throw new LimitExceededException(fileName, "pixels per page", (long)(area * dpi * dpi), maxPixels, page);
        }

        return fitting;
    }

    public static (GrayImage Image, string Operation) Render(string fileName, byte[] pdf, int page, int dpi, TimeSpan timeout)
    {
        var dpiText = dpi.ToString(CultureInfo.InvariantCulture);
        var pageText = page.ToString(CultureInfo.InvariantCulture);
        var poppler = Run("pdftoppm", ["-gray", "-r", dpiText, "-f", pageText, "-l", pageText, "-singlefile", "-"], pdf, timeout);
        if (poppler.Output is { } pgm && TryRead(pgm, dpi) is { } image)
        {
            return (image, $"pdf_render:pdftoppm:{dpiText}");
        }

        if (poppler.TimedOut)
        {
            throw new LimitExceededException(fileName, "seconds per page", (long)timeout.TotalSeconds, (long)timeout.TotalSeconds, page);
        }

        var ghostscript = Run(
            "gs",
            ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pgmraw", $"-r{dpiText}", $"-dFirstPage={pageText}", $"-dLastPage={pageText}", "-sOutputFile=-", "-"],
            pdf,
            timeout);
        if (ghostscript.Output is { } gsPgm && TryRead(gsPgm, dpi) is { } gsImage)
        {
            return (gsImage, $"pdf_render:ghostscript:{dpiText}");
        }

        if (ghostscript.TimedOut)
        {
            throw new LimitExceededException(fileName, "seconds per page", (long)timeout.TotalSeconds, (long)timeout.TotalSeconds, page);
        }

        throw new BadInputException(fileName, $"the page cannot be rendered ({poppler.Error})", page);
    }

    private static GrayImage? TryRead(byte[] pgm, int dpi)
    {
        try
        {
            return PgmReader.Read(pgm, dpi);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    internal static RunResult Run(string program, string[] arguments, byte[] input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new RunResult(null, false, $"{program} is not available: {e.Message}");
        }

        using (process)
        {
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            var writing = Task.Run(() =>
            {
                try
                {
                    process.StandardInput.BaseStream.Write(input);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The renderer stopped reading (it failed or needed only part of the file).
                }
            });

            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new RunResult(null, true, $"{program} timed out");
            }

            Task.WaitAll(reading, writing, error);
            return process.ExitCode == 0
                ? new RunResult(output.ToArray(), false, "")
                : new RunResult(null, false, $"{program} exit {process.ExitCode}: {Shorten(error.Result)}");
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length > 120 ? line[..120] : line;
    }

    internal sealed record RunResult(byte[]? Output, bool TimedOut, string Error);
}
