using MatrixCalculus.Tests.Support;

namespace MatrixCalculus.Tests.Printing;

/// <summary>
/// KaTeX's verdicts on the whole corpus and the self-test strings, from one node process for the
/// test class: starting node costs far more than rendering a string.
/// </summary>
public sealed class KatexFixture
{
    /// <summary>Strings KaTeX must reject and accept, so the check cannot pass vacuously.</summary>
    public static readonly string[] Malformed = [@"\frac{1}{", @"x^{\top", @"\left(X", @"\notacommand x", @"x_1_2"];
    public static readonly string[] RawUnicode = ["σ(x)", @"x ⊙ y", "X^⊤", @"\lVert x\rVert₂"];
    public static readonly string[] WellFormed = [@"\frac{1}{2}", @"\sigma(x) \odot y", @"\lVert x\rVert_2^2", @"\operatorname{tr}(X^\top)"];

    private readonly Dictionary<string, KatexVerdict> verdicts = new(StringComparer.Ordinal);
    // Kept, not thrown here: a fixture that throws hides its message behind xunit's wrapper.
    private readonly Exception? unavailable;

    public KatexFixture()
    {
        var batch = Malformed.Concat(RawUnicode).Concat(WellFormed)
            .Concat(KatexCorpus.All().Select(s => s.Latex))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        try
        {
            var results = Katex.Render(batch);
            for (int i = 0; i < batch.Count; i++) verdicts[batch[i]] = results[i];
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            unavailable = e;
        }
    }

    public KatexVerdict Verdict(string latex)
    {
        if (unavailable is not null) throw new InvalidOperationException(unavailable.Message, unavailable);
        return verdicts.TryGetValue(latex, out var verdict) ? verdict : Katex.Render([latex])[0];
    }

    /// <summary>The samples KaTeX rejects, one line each: where the string came from, the string, KaTeX's error.</summary>
    public string Rejections(IEnumerable<LatexSample> samples) =>
        string.Join("\n", samples
            .Select(s => (Sample: s, Verdict: Verdict(s.Latex)))
            .Where(p => !p.Verdict.Ok)
            .Select(p => $"{p.Sample.Source}: {p.Sample.Latex}\n    KaTeX: {p.Verdict.Error}"));
}
