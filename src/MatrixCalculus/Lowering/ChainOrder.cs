using MatrixCalculus.Semantics;

namespace MatrixCalculus.Lowering;

/// <summary>
/// The order of a matrix chain F₁ … Fₖ that costs fewest multiplications (the textbook dynamic
/// program), with sizes estimated from the symbolic shapes: a known size is itself, a named one
/// (n, N, d) is taken as large. That is what matters: X'diag(s)Xv is X'(s ⊙ (Xv)), two
/// matrix-vector products, not the d×d matrix X'diag(s)X times v. A diagonal factor costs one
/// multiplication per entry of its neighbour.
/// </summary>
internal sealed class ChainOrder
{
    public readonly record struct Factor(double Rows, double Cols, bool Diagonal);

    /// <summary>The size a symbolic dimension is taken to have when ordering products.</summary>
    public static double Size(Dim dim) => dim switch
    {
        Dim.Known k => k.Value,
        Dim.Named n => Math.Pow(Large, n.Name.Count(c => c == '·') + 1),
        _ => Large,
    };

    private const double Large = 1000;

    private readonly int[,] split;

    private ChainOrder(int[,] split) => this.split = split;

    /// <summary>Where the best order splits F_i … F_j: (F_i … F_s)(F_s+1 … F_j).</summary>
    public int Split(int i, int j) => split[i, j];

    public static ChainOrder Split(Factor[] f)
    {
        int k = f.Length;
        var cost = new double[k, k];
        var split = new int[k, k];
        var diagonal = new bool[k, k];
        for (int i = 0; i < k; i++) diagonal[i, i] = f[i].Diagonal;
        for (int length = 2; length <= k; length++)
            for (int i = 0; i + length - 1 < k; i++)
            {
                int j = i + length - 1;
                cost[i, j] = double.PositiveInfinity;
                for (int s = i; s < j; s++)
                {
                    double c = cost[i, s] + cost[s + 1, j] + Multiplications(f[i].Rows, f[s].Cols, f[j].Cols, diagonal[i, s], diagonal[s + 1, j]);
                    if (c < cost[i, j]) { cost[i, j] = c; split[i, j] = s; }
                }
                diagonal[i, j] = diagonal[i, split[i, j]] && diagonal[split[i, j] + 1, j];
            }
        return new ChainOrder(split);
    }

    // (r×q)(q×c): r·q·c; a diagonal side scales the other, one multiplication per entry.
    private static double Multiplications(double r, double q, double c, bool leftDiagonal, bool rightDiagonal) =>
        leftDiagonal && rightDiagonal ? r : leftDiagonal || rightDiagonal ? r * c : r * q * c;
}
