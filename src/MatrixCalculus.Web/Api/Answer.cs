namespace MatrixCalculus.Web.Api;

/// <summary>An HTTP status and the JSON text that goes with it.</summary>
internal sealed record Answer(int Status, string Json);
