using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Interop;

/// <summary>Owns one TessResultIterator (also its page iterator: the same object).</summary>
internal sealed class ResultIteratorHandle : SafeHandle
{
    public ResultIteratorHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        NativeMethods.TessResultIteratorDelete(handle);
        return true;
    }
}
