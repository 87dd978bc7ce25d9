using System.Text;

namespace MatrixCalculus.Web.Tests.Support;

/// <summary>Requests as a client writes them, answers as text (the tests compare exact JSON).</summary>
public static class Http
{
    public static async Task<(int Status, string Body)> Post(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(path, content);
        return ((int)response.StatusCode, (await response.Content.ReadAsStringAsync()).TrimEnd('\n'));
    }
}
