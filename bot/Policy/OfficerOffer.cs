namespace Assistant.Bot.Policy;

/// <summary>How an answer offers a union officer.</summary>
public enum OfficerOffer
{
    /// <summary>A supported answer on an ordinary matter: the button is there, no words about it.</summary>
    None,
    /// <summary>"A union officer can look at your case": the knowledge did not settle the question.</summary>
    Plain,
    /// <summary>"This touches your rights directly": injury, dismissal, unpaid wages, harassment; the button comes first.</summary>
    Sensitive,
    /// <summary>Several questions in a row went unanswered: go to a person, the button first.</summary>
    Prominent,
}
