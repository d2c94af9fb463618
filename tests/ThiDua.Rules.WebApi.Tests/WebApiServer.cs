using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ThiDua.Rules.WebApi.Tests;

/// <summary>The web host on real Kestrel, on a free loopback port, for all the tests of the collection; called over real HTTP.</summary>
public sealed class WebApiServer : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = WebApiApp.Build(new[] { "--Port=0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning" });
        Address = await StartAsync(_app);
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>Starts an application built with <c>--Port=0</c> and returns the address Kestrel bound.</summary>
    internal static async Task<Uri> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(Assert.Single(addresses));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app != null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

/// <summary>Shares one server between the test classes.</summary>
[CollectionDefinition(Name)]
public sealed class WebApiCollection : ICollectionFixture<WebApiServer>
{
    public const string Name = "web api";
}
