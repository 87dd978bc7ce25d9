namespace MatrixCalculus.Web.Tests.Support;

/// <summary>One in-memory playground (default options) and its client, shared by a test class.</summary>
public sealed class PlaygroundFixture : IDisposable
{
    private readonly PlaygroundFactory factory = new();

    public PlaygroundFixture() => Client = factory.CreateClient();

    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
    }
}
