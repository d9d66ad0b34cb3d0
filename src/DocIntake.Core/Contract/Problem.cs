namespace DocIntake.Core.Contract;

public sealed class Problem
{
    public string Code { get; set; } = "";

    public string Message { get; set; } = "";

    public List<string> Fields { get; set; } = [];
}
