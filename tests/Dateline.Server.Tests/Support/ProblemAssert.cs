using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dateline.Server.Tests.Support;

/// <summary>Checks the stable shape of an RFC 7807 error: its media type and <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> ShapeAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
