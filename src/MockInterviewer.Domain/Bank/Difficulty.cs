namespace MockInterviewer.Domain.Bank;

public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}
