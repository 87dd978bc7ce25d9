namespace MatrixCalculus.Terms;

// Operators exist so that rules written in C# read like the table in the course notes.
public abstract partial record Expr
{
    public static Expr operator +(Expr a, Expr b) => Ex.Add(a, b);
    public static Expr operator -(Expr a, Expr b) => Ex.Sub(a, b);
    public static Expr operator -(Expr a) => Ex.Neg(a);
    public static Expr operator *(Expr a, Expr b) => Ex.MatMul(a, b);
    public static Expr operator *(double k, Expr b) => Ex.Scale(new Const(k), b);
    public static Expr operator /(Expr a, Expr b) => Ex.Divide(a, b);

    /// <summary>Aᵀ.</summary>
    public Expr T => Ex.Transpose(this);
    /// <summary>A⁻¹.</summary>
    public Expr Inv() => Ex.Inverse(this);
}
