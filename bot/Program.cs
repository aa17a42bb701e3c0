using Assistant.Bot.Calculators;
using Assistant.Bot.Calculators.Api;
using Assistant.Bot.Channels.BotFramework;
using Assistant.Bot.Channels.DirectLine;
using Assistant.Bot.Conversations;
using Assistant.Bot.Generation;
using Assistant.Bot.Handoff;
using Assistant.Bot.Health;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledge();
builder.AddStorage();
builder.AddConversations();
builder.AddCalculators();
builder.AddGeneration();
builder.AddBotFrameworkChannel();
builder.AddDirectLine();
builder.AddHandoff();

var app = builder.Build();
app.MapHealth();
app.MapBotFramework();
app.MapDirectLine();
app.MapHandoff();
app.MapCalculations();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
