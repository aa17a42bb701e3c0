namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> tests need the PostgreSQL server.</summary>
public interface IRunsOnPostgres;
