using MathNet.Numerics.LinearAlgebra;

namespace MatrixCalculus.Bench.Evaluation;

/// <summary>The quantities written by hand with MathNet, as a careful user would: the baselines.</summary>
internal static class Hand
{
    public static Matrix<double> Sigmoid(Matrix<double> z) => z.Map(t => 1 / (1 + Math.Exp(-t)));

    /// <summary>∇ of the logistic loss: X'(σ(Xw) - y).</summary>
    public static Matrix<double> LogisticGradient(Matrix<double> x, Matrix<double> w, Matrix<double> y) =>
        x.TransposeThisAndMultiply(Sigmoid(x * w) - y);

    /// <summary>∇² of the logistic loss: X' diag(s ⊙ (1 - s)) X, the diag applied as row scaling.</summary>
    public static Matrix<double> LogisticHessian(Matrix<double> x, Matrix<double> w)
    {
        var s = Sigmoid(x * w).Column(0);
        var d = s.PointwiseMultiply(1 - s);
        var scaled = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => d[i] * x[i, j]);
        return x.TransposeThisAndMultiply(scaled);
    }

    /// <summary>H v of the logistic loss: X'(d ⊙ Xv).</summary>
    public static Matrix<double> LogisticHessianVector(Matrix<double> x, Matrix<double> w, Matrix<double> v)
    {
        var s = Sigmoid(x * w);
        var d = s.PointwiseMultiply(1 - s);
        return x.TransposeThisAndMultiply(d.PointwiseMultiply(x * v));
    }

    /// <summary>∇² of logsumexp(Xw) - y'Xw: X'(p ⊙ X) - (X'p)(X'p)' with p = softmax(Xw).</summary>
    public static Matrix<double> SoftmaxHessian(Matrix<double> x, Matrix<double> w)
    {
        var z = (x * w).Column(0);
        double max = z.Maximum();
        var e = z.Map(t => Math.Exp(t - max));
        var p = e / e.Sum();
        var scaled = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (i, j) => p[i] * x[i, j]);
        var u = x.TransposeThisAndMultiply(p.ToColumnMatrix());
        return x.TransposeThisAndMultiply(scaled) - u.TransposeAndMultiply(u);
    }

    /// <summary>
    /// ∇² of log det X as d vec / d vec: d²f[V, W] = -tr(X⁻¹VX⁻¹W), so with Y = X⁻ᵀ the entry
    /// at (i + n j, a + n b) is -Y[i, b] Y[a, j].
    /// </summary>
    public static Matrix<double> LogDetHessian(Matrix<double> x)
    {
        int n = x.RowCount;
        var y = x.Inverse().Transpose();
        var h = Matrix<double>.Build.Dense(n * n, n * n);
        for (int b = 0; b < n; b++)
            for (int a = 0; a < n; a++)
                for (int j = 0; j < n; j++)
                {
                    double yaj = y[a, j];
                    for (int i = 0; i < n; i++) h[i + n * j, a + n * b] = -y[i, b] * yaj;
                }
        return h;
    }

    /// <summary>∇² of x'Ax: A + A'.</summary>
    public static Matrix<double> QuadraticHessian(Matrix<double> a) => a + a.Transpose();
}
