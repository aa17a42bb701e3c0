using Assistant.Bot.Conversations;
using Assistant.Bot.Generation;
using Assistant.Bot.Health;
using Assistant.Bot.Knowledge;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledge();
builder.AddConversations();
builder.AddGeneration();

var app = builder.Build();
app.MapHealth();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
