using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Interop;

/// <summary>Owns one TessBaseAPI: release ends it (frees the loaded models) and deletes it.</summary>
internal sealed class TessBaseApiHandle : SafeHandle
{
    public TessBaseApiHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.TessBaseAPIEnd(handle);
        NativeMethods.TessBaseAPIDelete(handle);
        return true;
    }
}
