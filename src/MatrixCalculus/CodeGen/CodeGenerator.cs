using MatrixCalculus.Calculus;

namespace MatrixCalculus.CodeGen;

/// <summary>
/// Source code that computes an expression and its derivatives: a Python module over NumPy or
/// PyTorch, or a C# class over MathNet.Numerics (cli-contract.md, "Code generation"). The file
/// has a header naming the input, one function with a parameter per symbol (<c>f_and_grad</c>,
/// or <c>f_grad_hess</c> at order 2) returning f and the derivatives, <c>evaluate(point)</c>
/// in the layout of <c>matcalc diff --at</c>, and (Python) a self-check against central differences.
/// </summary>
public static class CodeGenerator
{
    /// <summary>
    /// The file for <paramref name="derivations"/> of <paramref name="compiled"/>, all of one order:
    /// one per variable, and at order 2 also the mixed blocks, in the order they are to be returned.
    /// </summary>
    public static string Generate(CompiledExpression compiled, IReadOnlyList<Derivation> derivations, Language language)
    {
        var plan = Plan.Of(compiled, derivations, language);
        return language == Language.CSharp ? CSharpFile.Write(plan) : PythonFile.Write(plan, language);
    }

    /// <summary>The same for one derivation.</summary>
    public static string Generate(CompiledExpression compiled, Derivation derivation, Language language) =>
        Generate(compiled, [derivation], language);
}
