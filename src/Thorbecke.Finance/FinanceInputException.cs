namespace Thorbecke.Finance;

/// <summary>The model cannot compute because an input is missing or contradicts another; the message is Dutch and names what is missing.</summary>
public sealed class FinanceInputException(string message) : Exception(message);
