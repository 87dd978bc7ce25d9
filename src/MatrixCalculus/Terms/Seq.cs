using System.Collections;
using System.Collections.Immutable;

namespace MatrixCalculus.Terms;

/// <summary>
/// An immutable list that compares by content. A record holding an <see cref="ImmutableArray{T}"/>
/// compares it by reference, so n-ary nodes hold a Seq instead and structural equality holds.
/// Collection expressions (<c>[a, b]</c>) build it through <see cref="Seq.Create{T}"/>.
/// </summary>
[System.Runtime.CompilerServices.CollectionBuilder(typeof(Seq), nameof(Seq.Create))]
public readonly struct Seq<T> : IEquatable<Seq<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    public Seq(IEnumerable<T> items) => this.items = items.ToImmutableArray();
    public Seq(ImmutableArray<T> items) => this.items = items;

    public static Seq<T> Of(params T[] items) => new(ImmutableArray.Create(items));

    private ImmutableArray<T> Items => items.IsDefault ? ImmutableArray<T>.Empty : items;

    public int Count => Items.Length;
    public T this[int index] => Items[index];
    public ImmutableArray<T> AsArray() => Items;

    public Seq<T> Append(T item) => new(Items.Add(item));
    public Seq<T> SetItem(int index, T item) => new(Items.SetItem(index, item));
    public Seq<T> RemoveAt(int index) => new(Items.RemoveAt(index));
    public Seq<T> Slice(int start, int length) => new(Items.Slice(start, length));

    public bool Equals(Seq<T> other) => Items.SequenceEqual(other.Items);
    public override bool Equals(object? obj) => obj is Seq<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items) hash.Add(item);
        return hash.ToHashCode();
    }

    public static bool operator ==(Seq<T> left, Seq<T> right) => left.Equals(right);
    public static bool operator !=(Seq<T> left, Seq<T> right) => !left.Equals(right);

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();
}

public static class Seq
{
    public static Seq<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    public static Seq<T> ToSeq<T>(this IEnumerable<T> items) => new(items);
}
