namespace Assistant.Bot.Understanding;

/// <summary>Matters where the worker should be offered a person at once.</summary>
public enum SensitiveTopic
{
    /// <summary>Work injury or occupational disease.</summary>
    Injury,
    /// <summary>Dismissal.</summary>
    Dismissal,
    /// <summary>Unpaid or withheld wages.</summary>
    WageArrears,
    /// <summary>Harassment, violence, bullying.</summary>
    Harassment,
    /// <summary>Thoughts of self-harm or suicide: no law, a person at once.</summary>
    SelfHarm,
}
