namespace MatrixCalculus.Web.Api;

/// <summary>A POST endpoint: its path, the fields its body may have, and how its answer is computed from them.</summary>
internal sealed record ApiEndpoint(string Path, IReadOnlyList<(string Name, FieldKind Kind)> Fields, Func<RequestFields, string> Answer);
