using System.Collections;

namespace MatrixCalculus.Calculus;

/// <summary>A list of derivation steps worked out on first use (thread-safe, once).</summary>
internal sealed class LazySteps(Func<IReadOnlyList<DerivationStep>> work) : IReadOnlyList<DerivationStep>
{
    private readonly Lazy<IReadOnlyList<DerivationStep>> steps = new(work);

    public DerivationStep this[int index] => steps.Value[index];
    public int Count => steps.Value.Count;
    public IEnumerator<DerivationStep> GetEnumerator() => steps.Value.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
