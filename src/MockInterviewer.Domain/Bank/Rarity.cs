namespace MockInterviewer.Domain.Bank;

public enum Rarity
{
    VeryCommon,
    Common,
    Medium,
    Rare,
}
