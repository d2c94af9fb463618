using ThiDua.Rules.WebApi;

// Listens on the loopback interface only (port 5080, or --Port=N); see WebApiApp.
WebApiApp.Build(args).Run();
