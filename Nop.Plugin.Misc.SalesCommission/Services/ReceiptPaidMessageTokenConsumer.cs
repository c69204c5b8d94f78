using Nop.Core.Domain.Messages;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Lists the receipt and dispute tokens among the allowed tokens of the message template editor.</summary>
public class ReceiptPaidMessageTokenConsumer : IConsumer<AdditionalTokensAddedEvent>
{
    /// <summary>Adds the receipt tokens.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public Task HandleEventAsync(AdditionalTokensAddedEvent eventMessage)
    {
        eventMessage.AddTokens(ReceiptPaidMessageTemplateInstaller.Tokens);
        eventMessage.AddTokens(DisputeMessageTemplateInstaller.Tokens);
        return Task.CompletedTask;
    }
}
