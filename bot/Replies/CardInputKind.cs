namespace Assistant.Bot.Replies;

/// <summary>What a form field takes.</summary>
public enum CardInputKind
{
    /// <summary>A number (Adaptive Card <c>Input.Number</c>).</summary>
    Number,
    /// <summary>A date (<c>Input.Date</c>, yyyy-MM-dd).</summary>
    Date,
    /// <summary>A yes/no (<c>Input.Toggle</c>, <c>true</c>/<c>false</c>).</summary>
    Toggle,
    /// <summary>One of <see cref="CardInput.Options"/> (<c>Input.ChoiceSet</c>).</summary>
    Choice,
}
