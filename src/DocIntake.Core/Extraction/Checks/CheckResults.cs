using DocIntake.Core.Contract;

namespace DocIntake.Core.Extraction.Checks;

/// <summary>What the cross-field checks found: failed checks as problems, and the fields of each check that held.</summary>
internal sealed class CheckResults
{
    public List<Problem> Problems { get; } = [];

    /// <summary>Contract paths confirmed by a check that held, once per check (a field two checks confirm is here twice).</summary>
    public List<string> Confirmed { get; } = [];

    public void Fail(string code, string message, params string[] fields) =>
        Problems.Add(new Problem { Code = code, Message = message, Fields = [.. fields] });

    public void Pass(params string[] fields) => Confirmed.AddRange(fields);
}
