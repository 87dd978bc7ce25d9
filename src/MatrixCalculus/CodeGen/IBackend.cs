using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.CodeGen;

/// <summary>One language's spelling of the kernels and of a statement.</summary>
internal interface IBackend
{
    /// <summary>The code of a term computed by <paramref name="kernel"/> from its operands' code.</summary>
    Fragment Render(Expr term, Kernel kernel, IReadOnlyList<Fragment> operands);

    /// <summary>A numeric constant.</summary>
    Fragment Number(double value);

    /// <summary>The statement giving <paramref name="target"/> its value.</summary>
    string Assign(string target, Fragment value);

    /// <summary>The size of a dimension in code (a number, a size variable, or their product).</summary>
    string Size(Dim dim);
}
