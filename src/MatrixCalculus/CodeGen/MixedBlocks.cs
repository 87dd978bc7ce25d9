using MatrixCalculus.Calculus;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>Which derivatives are mixed blocks ∂²f/∂w∂b: the first variable w, or null.</summary>
internal static class MixedBlocks
{
    public static Var? FirstWrt(Derivation d) => null;
}
