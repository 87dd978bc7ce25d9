using MatrixCalculus.Semantics;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Tests.Support;

/// <summary>Symbols for hand-built terms: dims n, m, k are distinct so transposition errors show.</summary>
public static class Symbols
{
    public static readonly Dim n = new Dim.Named("n"), m = new Dim.Named("m"), k = new Dim.Named("k");
    public static readonly Var x = Ex.Symbol("x", Shape.Column(n));
    public static readonly Var a = Ex.Symbol("a", Shape.Column(n));
    public static readonly Var y = Ex.Symbol("y", Shape.Column(m));
    public static readonly Var s = Ex.Symbol("s", Shape.Scalar);
    public static readonly Var A = Ex.Symbol("A", Shape.Square(n));
    public static readonly Var B = Ex.Symbol("B", Shape.Square(n));
    public static readonly Var X = Ex.Symbol("X", Shape.Square(n));
    public static readonly Var Xspd = Ex.Symbol("X", Shape.Square(n), VarAttributes.Spd);
    public static readonly Var M = Ex.Symbol("M", new Shape(m, n));
    public static readonly Var W = Ex.Symbol("W", new Shape(n, k));
    public static readonly Var P = Ex.Symbol("P", new Shape(m, k));
}
