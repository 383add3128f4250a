namespace MockInterviewer.Domain.Phrases;

/// <summary>The CLDR plural categories the two languages need; a phrase key ends in the category's name.</summary>
public enum PluralCategory
{
    One,
    Two,
    Few,
    Other,
}
