using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Interop;

/// <summary>Owns one ETEXT_DESC progress monitor: the only way to give Tesseract's recognition a deadline.</summary>
internal sealed class MonitorHandle : SafeHandle
{
    public MonitorHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.TessMonitorDelete(handle);
        return true;
    }
}
