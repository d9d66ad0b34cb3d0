using System.Runtime.InteropServices;

namespace DocIntake.Ocr.Tests;

public sealed class InteropVisibilityTests
{
    [Fact]
    public void InteropTypes_AreNotPublic_InTheOcrAssembly()
    {
        var interop = typeof(OcrEngine).Assembly.GetTypes()
            .Where(t => t.Namespace == "DocIntake.Ocr.Interop")
            .ToList();

        Assert.NotEmpty(interop);
        Assert.All(interop, t => Assert.False(t.IsVisible, $"{t.FullName} is visible outside the assembly"));
    }

    [Fact]
    public void PublicApi_ExposesNoNativeHandlesOrPointers()
    {
        var members = typeof(OcrEngine).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMembers())
            .ToList();

        var leaking = members.Where(m => m switch
        {
            System.Reflection.MethodInfo mi => mi.GetParameters().Select(p => p.ParameterType).Append(mi.ReturnType).Any(IsNative),
            System.Reflection.PropertyInfo pi => IsNative(pi.PropertyType),
            System.Reflection.ConstructorInfo ci => ci.GetParameters().Any(p => IsNative(p.ParameterType)),
            _ => false,
        }).ToList();

        Assert.Empty(leaking);
    }

    private static bool IsNative(Type type) =>
        type == typeof(IntPtr) || type.IsPointer || typeof(SafeHandle).IsAssignableFrom(type);
}
