namespace MatrixCalculus.Semantics;

/// <summary>A matrix dimension: a known size or a symbolic name such as <c>n</c>.</summary>
public abstract record Dim
{
    public sealed record Known(int Value) : Dim
    {
        public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed record Named(string Name) : Dim
    {
        public override string ToString() => Name;

        // A product name (DimOps.Times: n·m) is a product of sizes, and n·m = m·n: vec(F) of an n×m F
        // and the columns of Bᵀ ⊗ A over it name one size in two orders, and must be one dim.
        public bool Equals(Named? other) => other is not null && Canonical == other.Canonical;
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);
        private string Canonical => Name.Contains('·') ? string.Join("·", Name.Split('·').Order(StringComparer.Ordinal)) : Name;
    }

    public static readonly Dim One = new Known(1);

    public static Dim Of(int value) => value == 1 ? One : new Known(value);
    public static Dim Of(string name) => new Named(name);

    public bool IsOne => this is Known { Value: 1 };
}
