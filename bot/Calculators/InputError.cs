namespace Assistant.Bot.Calculators;

/// <summary>
/// An input nobody could mean (a negative number of years, a wage of 0, an end before the start, a grade of 11) or
/// one the calculation cannot go without. <paramref name="Field"/> is the input record's property name, for a 400
/// naming the field and for a question back in the chat; <paramref name="Problem"/> says what is wrong.
/// </summary>
public sealed record InputError(string Field, Note Problem);
