using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Numerics;
using MatrixCalculus.Terms;
using Environment = MatrixCalculus.Numerics.Environment;

namespace MatrixCalculus.Calculus;

/// <summary>
/// The numbers of a derivative in the contract's layout: the result itself for a gradient,
/// Jacobian, Hessian or Kronecker form; for a linear map V ↦ H[V], the matrix
/// d vec(f) / d vec(X) with column-major vec, one column per basis direction.
/// </summary>
/// <remarks>
/// Every value is computed by the lowered program (<see cref="DerivationProgram"/>, run by
/// <see cref="ProgramEvaluator"/>); <see cref="Reference"/> is the tree-walking evaluation the
/// program is tested against.
/// </remarks>
public static class DerivativeValue
{
    public static Matrix<double> Evaluate(Derivation d, Environment env) =>
        DerivationProgram.DerivativeOnly(d) is { } program
            ? ProgramEvaluator.Evaluate(program, env)[program.Outputs[0].Name]
            : Reference(d, env);

    /// <summary>The value of a term through its lowered program (the tree evaluator's errors, faster).</summary>
    public static Matrix<double> Value(Expr e, Environment env) =>
        ProgramEvaluator.Evaluate(DerivationProgram.ValueOf(e), env)[Lowering.OutputNames.Value];

    /// <summary>
    /// H v for a second derivative without forming H (H[V] for a matrix variable): its cost is a
    /// small multiple of the gradient's.
    /// </summary>
    public static Matrix<double> HessianVectorProduct(Derivation d, Environment env, Matrix<double> v)
    {
        if (DerivationProgram.HessianVectorProductOnly(d) is not { } program) return Apply(d, env, v);
        var along = DerivationProgram.AlongFor(d);
        return ProgramEvaluator.Evaluate(program, env.With(along.Name, v))[Lowering.OutputNames.HessianVectorProduct];
    }

    /// <summary>The tree-walking evaluation, one basis direction at a time for a map: the reference.</summary>
    public static Matrix<double> Reference(Derivation d, Environment env)
    {
        if (d.Direction is not { } direction) return Evaluator.Evaluate(d.Result, env);
        if (d.SecondDirection is not null) return BilinearMatrix(d, env, direction);
        int rows = env.SizeOf(direction.Shape.Rows) ?? throw Unsized(direction);
        int cols = env.SizeOf(direction.Shape.Cols) ?? throw Unsized(direction);
        Matrix<double>? result = null;
        for (int j = 0; j < rows * cols; j++)
        {
            var basis = Matrix<double>.Build.Dense(rows, cols);
            basis[j % rows, j / rows] = 1;
            var column = Vectorize(Evaluator.Evaluate(d.Result, env.With(direction.Name, basis)));
            result ??= Matrix<double>.Build.Dense(column.Count, rows * cols);
            result.SetColumn(j, column);
        }
        // A gradient given as the map V ↦ ⟨∇f, V⟩ has the variable's own shape (column-major entries).
        if (d.Kind == DerivativeKind.Gradient)
            return Matrix<double>.Build.Dense(rows, cols, result!.Row(0).ToArray());
        return result!;
    }

    /// <summary>The derivative applied to a direction: ⟨G, V⟩ for a gradient, J v, H v, H[V], K vec(V).</summary>
    public static Matrix<double> Apply(Derivation d, Environment env, Matrix<double> v)
    {
        if (d.SecondDirection is { } w)
        {
            // H[V] from the bilinear form: its entries are d²f[V, E_j] for the basis directions E_j.
            var column = BasisColumn(d.Result, env.With(d.Direction!.Name, v), w, v.RowCount, v.ColumnCount);
            return Matrix<double>.Build.Dense(v.RowCount, v.ColumnCount, column.ToArray());
        }
        if (d.Direction is { } direction) return Value(d.Result, env.With(direction.Name, v));
        var value = Value(d.Result, env);
        return d.Kind switch
        {
            DerivativeKind.Gradient => Matrix<double>.Build.Dense(1, 1, value.PointwiseMultiply(v).Enumerate().Sum()),
            _ when d.Wrt.Shape.IsScalar => (d.Layout == Layout.Denominator ? value.Transpose() : value) * v[0, 0],
            _ when d.Layout == Layout.Denominator => value.Transpose() * Vectorize(v).ToColumnMatrix(),
            // H[V] of a Kronecker form wrt a matrix: unvec(H vec V), shaped like V
            DerivativeKind.Hessian when !d.Wrt.Shape.IsVector =>
                Matrix<double>.Build.Dense(v.RowCount, v.ColumnCount, (value * Vectorize(v)).ToArray()),
            _ => value * Vectorize(v).ToColumnMatrix(),
        };
    }

    /// <summary>H with H_ij = d²f[E_i, E_j] over the column-major basis of the variable.</summary>
    private static Matrix<double> BilinearMatrix(Derivation d, Environment env, Var direction)
    {
        int rows = env.SizeOf(direction.Shape.Rows) ?? throw Unsized(direction);
        int cols = env.SizeOf(direction.Shape.Cols) ?? throw Unsized(direction);
        var h = Matrix<double>.Build.Dense(rows * cols, rows * cols);
        for (int i = 0; i < rows * cols; i++)
            h.SetColumn(i, BasisColumn(d.Result, env.With(direction.Name, Basis(rows, cols, i)), d.SecondDirection!, rows, cols));
        return h;
    }

    private static Vector<double> BasisColumn(Expr scalar, Environment env, Var w, int rows, int cols) =>
        Vector<double>.Build.Dense(rows * cols, j => Evaluator.EvaluateScalar(scalar, env.With(w.Name, Basis(rows, cols, j))));

    private static Matrix<double> Basis(int rows, int cols, int j)
    {
        var basis = Matrix<double>.Build.Dense(rows, cols);
        basis[j % rows, j / rows] = 1;
        return basis;
    }

    public static Vector<double> Vectorize(Matrix<double> m) => Vector<double>.Build.DenseOfArray(m.ToColumnMajorArray());

    private static InvalidOperationException Unsized(Var v) => new($"the size of the direction {v.Name} is not bound.");
}
