using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Replies;

namespace Assistant.Bot.Channels.Activities.Rendering;

/// <summary>
/// Builds the Adaptive Card 1.4 of an <see cref="AnswerCard"/>. Buttons are <c>Action.Submit</c> with object data
/// (<c>{ action, ...Data }</c>): Web Chat ignores <c>Action.Execute</c>, and Teams turns Submit into a message with value.
/// A card's <see cref="CardChoice"/> is an <c>Input.ChoiceSet</c> whose value both clients add to the submitted data.
/// </summary>
internal static class AdaptiveCardBuilder
{
    public const string Version = "1.4";

    public static JsonElement Build(AnswerCard card, string? fallbackText = null)
    {
        var body = new JsonArray
        {
            TextBlock(card.Title, ("size", "Medium"), ("weight", "Bolder")),
            TextBlock(card.Lead),
        };
        if (!string.IsNullOrWhiteSpace(card.LeadSource))
            body.Add(TextBlock(card.LeadSource, ("size", "Small"), ("isSubtle", true)));
        foreach (var section in card.Sections)
        {
            body.Add(TextBlock(section.Heading, ("weight", "Bolder"), ("separator", true)));
            foreach (var line in section.Lines)
                body.Add(TextBlock(line, ("spacing", "Small")));
        }
        foreach (var input in card.Inputs)
            body.Add(Input(input));
        if (!string.IsNullOrWhiteSpace(card.CitationsHeading))
            body.Add(TextBlock(card.CitationsHeading, ("weight", "Bolder"), ("separator", true)));
        foreach (var citation in card.Citations)
            body.Add(CitationContainer(card.AnswerId, card.ShowAllLabel, citation));
        if (card.Further.Count > 0)
        {
            body.Add(TextBlock(card.FurtherHeading ?? string.Empty, ("weight", "Bolder"), ("separator", true)));
            foreach (var (citation, index) in card.Further.Select((c, i) => (c, i)))
                body.Add(NamedContainer(card.AnswerId, card.ShowAllLabel, citation, index));
        }
        if (card.Choice is { } choice)
        {
            body.Add(TextBlock(choice.Label, ("weight", "Bolder")));
            body.Add(ChoiceSet(choice));
        }
        if (!string.IsNullOrWhiteSpace(card.Notice))
            body.Add(TextBlock(card.Notice, ("size", "Small"), ("isSubtle", true)));

        var root = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (!string.IsNullOrWhiteSpace(fallbackText))
            root["fallbackText"] = fallbackText;
        if (card.Buttons.Count > 0)
            root["actions"] = new JsonArray([.. card.Buttons.Select(Submit)]);
        using var document = JsonDocument.Parse(root.ToJsonString());
        return document.RootElement.Clone();
    }

    // A quoted article: its name, the excerpt, and the whole text to open in place when the excerpt is not all of it.
    private static JsonObject CitationContainer(string answerId, string showAllLabel, Citation citation)
    {
        var items = new JsonArray
        {
            TextBlock(string.Create(CultureInfo.InvariantCulture, $"[{citation.Number}] {citation.Source}"), ("weight", "Bolder")),
        };
        if (!string.IsNullOrWhiteSpace(citation.Note))
            items.Add(TextBlock(citation.Note, ("size", "Small"), ("isSubtle", true)));
        items.Add(TextBlock(citation.Excerpt));
        if (citation.IsWhole)
        {
            if (citation.InForce is { } inForce)
                items.Add(TextBlock(inForce, ("size", "Small"), ("isSubtle", true)));
        }
        else
        {
            AddOpenable(items, string.Create(CultureInfo.InvariantCulture, $"full-{answerId}-{citation.Number}"), showAllLabel, citation);
        }
        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["items"] = items,
        };
    }

    // A further article: named, its whole text opened in place.
    private static JsonObject NamedContainer(string answerId, string showAllLabel, Citation citation, int index)
    {
        var items = new JsonArray { TextBlock(citation.Source) };
        if (!string.IsNullOrWhiteSpace(citation.Note))
            items.Add(TextBlock(citation.Note, ("size", "Small"), ("isSubtle", true)));
        AddOpenable(items, string.Create(CultureInfo.InvariantCulture, $"further-{answerId}-{index}"), showAllLabel, citation);
        return new JsonObject { ["type"] = "Container", ["items"] = items };
    }

    // The full text and the version's date, hidden until the reader opens them (Action.ToggleVisibility, in Web Chat
    // and Teams alike, with no round trip to the bot).
    private static void AddOpenable(JsonArray items, string id, string showAllLabel, Citation citation)
    {
        var full = new JsonArray { TextBlock(citation.FullText) };
        if (citation.InForce is { } inForce)
            full.Add(TextBlock(inForce, ("size", "Small"), ("isSubtle", true)));
        items.Add(new JsonObject { ["type"] = "Container", ["id"] = id, ["isVisible"] = false, ["items"] = full });
        items.Add(new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.ToggleVisibility",
                    ["title"] = showAllLabel,
                    ["targetElements"] = new JsonArray(id),
                },
            },
        });
    }

    // A form field; Action.Submit sends its value under its id (Web Chat and Teams alike).
    private static JsonObject Input(CardInput input)
    {
        var field = new JsonObject
        {
            ["type"] = input.Kind switch
            {
                CardInputKind.Date => "Input.Date",
                CardInputKind.Toggle => "Input.Toggle",
                CardInputKind.Choice => "Input.ChoiceSet",
                _ => "Input.Number",
            },
            ["id"] = input.Id,
            // The input's own label (schema 1.3): tied to the field for screen readers, in Web Chat and Teams alike.
            ["label"] = input.Label,
        };
        if (input.Value is { } value)
            field["value"] = value;
        switch (input.Kind)
        {
            case CardInputKind.Toggle:
                field["title"] = input.Label;
                field["valueOn"] = "true";
                field["valueOff"] = "false";
                break;
            case CardInputKind.Choice:
                field["style"] = "compact";
                field["choices"] = new JsonArray([.. input.Options.Select(o => (JsonNode)new JsonObject { ["title"] = o.Title, ["value"] = o.Value })]);
                break;
            case CardInputKind.Number:
                field["min"] = 0;
                break;
        }
        return field;
    }

    /// <summary>A compact drop-down; Action.Submit sends its value under its id (both Web Chat and Teams).</summary>
    private static JsonObject ChoiceSet(CardChoice choice) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = choice.Id,
        ["style"] = "compact",
        ["isMultiSelect"] = false,
        ["placeholder"] = choice.Placeholder,
        ["choices"] = new JsonArray([.. choice.Options.Select(o => (JsonNode)new JsonObject { ["title"] = o.Title, ["value"] = o.Value })]),
    };

    private static JsonObject Submit(CardButton button)
    {
        var data = new JsonObject { ["action"] = button.Submission.Action };
        foreach (var (key, value) in button.Submission.Data)
        {
            if (!string.Equals(key, "action", StringComparison.Ordinal))
                data[key] = value;
        }

        return new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = button.Title,
            ["data"] = data,
        };
    }

    private static JsonObject TextBlock(string text, params (string Name, JsonNode? Value)[] properties)
    {
        var block = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = text,
            ["wrap"] = true,
        };
        foreach (var (name, value) in properties)
            block[name] = value;
        return block;
    }
}
