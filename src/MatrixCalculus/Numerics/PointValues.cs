using System.Text.Json;
using MathNet.Numerics.LinearAlgebra;
using MatrixCalculus.Syntax;
using MatrixCalculus.Terms;

namespace MatrixCalculus.Numerics;

/// <summary>
/// Reads the JSON value of one symbol into a matrix as its tokens stream by: a number is 1×1, a
/// list of numbers a column (a row for a 1×n symbol), a list of lists the rows of a matrix. The
/// checks, and which of two problems is reported, are those of reading the whole value first:
/// within a row, a wrong row length is reported before a bad entry of that row.
/// </summary>
internal static class PointValues
{
    /// <summary>The value starting at the scanner's token; leaves the scanner on the value's last token.</summary>
    public static Matrix<double> Read(Var symbol, ref PointScanner json, EntryBuffer entries)
    {
        switch (json.Token)
        {
            case JsonTokenType.Number when symbol.Declared.IsScalar:
                return Matrix<double>.Build.Dense(1, 1, Entry(ref json, out var value) is { } problem ? throw Fail(ref json, problem) : value);
            case JsonTokenType.Number:
                throw json.Text.Error(json.TokenStart, json.TokenEnd, $"{symbol.Name} is {symbol.Declared}, but the point gives a number.");
            case JsonTokenType.StartArray:
                return List(symbol, ref json, entries);
            default:
                int start = json.TokenStart;
                var description = json.Description;
                throw json.Text.Error(start, json.SkipValue(), $"{symbol.Name} needs a number or a list of numbers, but the point gives {description}.");
        }
    }

    private static Matrix<double> List(Var symbol, ref PointScanner json, EntryBuffer entries)
    {
        int start = json.TokenStart;
        json.Next();
        if (json.Token == JsonTokenType.EndArray)
            throw json.Text.Error(start, json.TokenEnd, $"{symbol.Name} is {symbol.Declared}, but the point gives an empty list.");
        if (symbol.Declared.IsScalar)
            throw json.Text.Error(start, json.SkipRestOfList(), $"{symbol.Name} is a scalar, but the point gives a list.");
        if (json.Token == JsonTokenType.StartArray)
            return Rows(symbol, ref json, entries);
        if (symbol.Declared.IsMatrix)
            throw json.Text.Error(start, json.SkipRestOfList(),
                $"{symbol.Name} is {symbol.Declared}: write its value as a list of rows, such as [[1, 2], [3, 4]].");
        return Flat(symbol, ref json, entries);
    }

    // A list of numbers is a column, or a row when the symbol is declared 1×n.
    private static Matrix<double> Flat(Var symbol, ref PointScanner json, EntryBuffer entries)
    {
        entries.Clear();
        for (; json.Token != JsonTokenType.EndArray; json.Next())
            entries.Add(Entry(ref json, out var value) is { } problem ? throw Fail(ref json, problem) : value);
        return symbol.Declared.IsRow ? entries.ColumnMajor(1, entries.Count) : entries.ColumnMajor(entries.Count, 1);
    }

    private static Matrix<double> Rows(Var symbol, ref PointScanner json, EntryBuffer entries)
    {
        entries.Clear();
        int rows = 0, width = 0;
        for (; json.Token != JsonTokenType.EndArray; json.Next())
        {
            int rowStart = json.TokenStart;
            if (json.Token != JsonTokenType.StartArray)
            {
                var description = json.Description;
                throw json.Text.Error(rowStart, json.SkipValue(), $"expected a row of {symbol.Name} (a list of numbers), but found {description}.");
            }
            // A bad entry waits for the end of its row: the row's length is reported first.
            int count = 0;
            Problem? firstProblem = null;
            for (json.Next(); json.Token != JsonTokenType.EndArray; json.Next(), count++)
                if (Entry(ref json, out var value) is { } problem) firstProblem ??= problem;
                else entries.Add(value);
            if (count == 0)
                throw json.Text.Error(rowStart, json.TokenEnd, $"row {rows + 1} of {symbol.Name} is empty.");
            if (rows > 0 && count != width)
                throw json.Text.Error(rowStart, json.TokenEnd, $"row {rows + 1} of {symbol.Name} has {Entries(count)}, but row 1 has {width}.");
            if (firstProblem is { } bad) throw Fail(ref json, bad);
            if (rows++ == 0) width = count;
        }
        return entries.RowMajor(rows, width);
    }

    private static string Entries(int count) => count == 1 ? "1 entry" : $"{count} entries";

    /// <summary>A problem with an entry, kept until its row ends.</summary>
    private readonly record struct Problem(int Start, int End, string Message);

    private static MatrixCalculusException Fail(ref PointScanner json, Problem problem) =>
        json.Text.Error(problem.Start, problem.End, problem.Message);

    // One entry: a finite number, or the problem with it (the scanner is left on the entry's last token).
    private static Problem? Entry(ref PointScanner json, out double value)
    {
        value = 0;
        int start = json.TokenStart;
        if (json.Token != JsonTokenType.Number)
        {
            var description = json.Description;
            return new Problem(start, json.SkipValue(), $"expected a number, but found {description}.");
        }
        value = json.Number;
        return double.IsFinite(value) ? null : new Problem(start, json.TokenEnd, $"expected a finite number, but found {json.NumberText}.");
    }
}
