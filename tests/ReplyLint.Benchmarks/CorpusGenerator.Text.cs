namespace ReplyLint.Benchmarks;

// The words the generator puts together. Written for this corpus: specific, human sentences, the stock lines that
// support teams recognize as a script, and the placeholders of a typical help-desk tool.
public sealed partial class CorpusGenerator
{
    private sealed record Intent(
        string Name,
        string Folder,
        string[] Titles,
        string[] Tags,
        string[] Openers,
        string[] Details,
        string[] Steps,
        string[] NextSteps);

    private static readonly Intent[] Intents =
    [
        new(
            "billing",
            "billing",
            ["Double charge on card", "Incorrect amount billed", "Invoice copy requested", "Payment declined", "Unexpected renewal charge", "Tax shown on invoice"],
            ["billing", "invoice", "payment", "refund", "complaint"],
            [
                "I'm sorry we charged your card twice for order {{order.number}}; that was our mistake, not yours.",
                "Thanks for sending the invoice, {{customer.first_name}}, it made the problem easy to find.",
                "I can see why a charge of {{payment.amount}} you didn't expect would be worrying.",
                "I've gone through invoice {{invoice.number}} line by line and found where it went wrong.",
            ],
            [
                "The second charge came from a retry in our payment system after your bank was slow to answer.",
                "Your plan was billed at the yearly price even though you had switched to monthly billing in March.",
                "The tax on the invoice follows the billing address on your account, which still shows your old city.",
                "The card ending in {{payment.card_last4}} was declined by your bank, so the renewal did not go through.",
                "Nothing else on the account was affected, and your next invoice will show the correct amount.",
                "I've attached a corrected copy of invoice {{invoice.number}} for your records.",
                "The refund of {{refund.amount}} appears as a pending credit first, which is normal.",
            ],
            [
                "I've refunded the second charge of {{payment.amount}} to the card ending in {{payment.card_last4}}.",
                "The refund reaches most banks within %n business days.",
                "A corrected invoice is on the [billing page](https://help.example.com/account/billing) now.",
                "I've noted everything on ticket {{ticket.id}}, so nobody will ask you to explain it again.",
                "Your next renewal on {{subscription.renewal_date}} will charge the monthly price.",
                "Update the card under **Billing > Payment methods** and we'll retry the payment that evening.",
            ],
            [
                "If the refund hasn't appeared by {{refund.expected_date}}, reply here and I'll chase our payments team the same day.",
                "You can download every invoice from the [billing page](https://help.example.com/account/billing) at any time.",
                "I'll check the account again on %d and write to you once the correction has gone through.",
                "Could you tell me which billing address should appear on future invoices?",
            ]),
        new(
            "refund",
            "refunds",
            ["Refund approved", "Refund outside the window", "Partial refund issued", "Refund status update", "Refund to original payment method"],
            ["refund", "policy", "returns", "complaint"],
            [
                "Thank you for explaining what happened with order {{order.number}}.",
                "I've looked at your refund request carefully, {{customer.first_name}}.",
                "I'm sorry the {{item.name}} didn't work out the way you hoped.",
                "Your refund for order {{order.number}} has been approved in full.",
            ],
            [
                "The order was placed {{order.days_since_purchase}} days ago, and refunds on opened items close after 30 days.",
                "Because the item arrived faulty, the return window doesn't apply, and you won't pay for return shipping.",
                "The refund goes back to the payment method you used, so it can't be paid to a different card.",
                "Part of the order had already shipped, so I've refunded the items that were still in our warehouse.",
                "Gift cards used on the order come back as store credit, which you'll see under **Account > Credit**.",
                "Store credit never expires and can be spent on anything in the store.",
            ],
            [
                "I've refunded {{refund.amount}} to your original payment method.",
                "Print the prepaid label from the [returns page](https://help.example.com/returns) and drop the parcel at any post office.",
                "Pack the item in its original box if you still have it; any sturdy box works too.",
                "Once the parcel is scanned, the refund is issued within %n days.",
                "Reply \"credit\" and I'll add {{order.total}} to your account as store credit today.",
                "Our repair partner returns most items within %n business days under the warranty.",
            ],
            [
                "If you'd like a second look at the decision, I can pass your case to our customer relations lead, who reviews exceptions within 2 business days.",
                "You can follow the refund on the [order page](https://help.example.com/orders) until it lands.",
                "Would you like store credit instead, or the warranty repair?",
                "I'll confirm by email on %d once the refund has left our side.",
            ]),
        new(
            "shipping",
            "shipping",
            ["Order arriving late", "Parcel marked delivered but missing", "Wrong item shipped", "Item arrived damaged", "Delivery address change"],
            ["shipping", "delay", "damaged", "returns", "complaint"],
            [
                "I'm sorry your order {{order.number}} hasn't arrived yet; I know you were counting on it.",
                "Thank you for the photos, {{customer.first_name}}: they show the box was crushed on the way to you.",
                "I'm sorry we sent the wrong size; that was a packing mistake on our side.",
                "I checked with the carrier this morning about parcel {{shipment.tracking_number}}.",
            ],
            [
                "The parcel was held at the regional depot after a sorting fault, and it is moving again now.",
                "The carrier's driver marked it as delivered at 14:12, but the photo shows a different front door.",
                "Our warehouse picked the item from the shelf next to the right one, and the label didn't catch it.",
                "The new delivery date is {{shipment.new_eta}}, and the tracking link below updates every few hours.",
                "Because the delay wasn't your doing, the shipping cost of {{order.shipping_cost}} is on us.",
                "There's no need to send the damaged one back; please recycle it or keep any parts you can use.",
            ],
            [
                "A replacement ships tomorrow by tracked express delivery, at no cost to you.",
                "Follow the parcel on the [tracking page]({{shipment.tracking_url}}).",
                "I've opened a claim with the carrier under reference {{ticket.id}}.",
                "Keep the wrong item until the courier collects it on %d.",
                "I've refunded the shipping cost to your original payment method.",
            ],
            [
                "If the parcel still hasn't reached you by {{shipment.new_eta}}, reply here and I'll send a replacement that same day.",
                "I'll chase the carrier myself on %d and write to you with what they say.",
                "Could you check with your neighbours whether anyone took the parcel in?",
                "You can track the new parcel at {{shipment.tracking_url}} once it leaves the warehouse.",
            ]),
        new(
            "outage",
            "outages",
            ["Dashboard outage", "Login errors during incident", "Sync delays", "Scheduled maintenance follow-up", "Email notifications delayed"],
            ["outage", "incident", "status", "complaint"],
            [
                "I'm sorry: our dashboard has been unavailable since 09:40 UTC, and that is why your exports failed.",
                "Thanks for reporting the login errors, {{customer.first_name}}; your message helped us spot the incident early.",
                "The sync delays you saw this morning were caused by a fault on our side, not in your account.",
            ],
            [
                "The fault came from a database update we rolled out this morning, and we have rolled it back.",
                "Our engineers are bringing regions back online one at a time, starting with Europe.",
                "Exports that failed during the outage will rerun by themselves once your region is back.",
                "Notifications queued during the incident are being sent in order, so some may arrive late.",
                "No data was lost: every change you made was saved and will appear once the sync catches up.",
                "The error `%c` in your screenshot is the one the incident caused.",
            ],
            [
                "We post an update on the [status page](https://status.example.com) every 30 minutes.",
                "Exports rerun automatically; there is no need to start them again.",
                "Sign out and back in once the status page shows your region as operational.",
                "I've added ticket {{ticket.id}} to the incident, so you'll hear as soon as it's closed.",
            ],
            [
                "I'll write to you on ticket {{ticket.id}} by 15:00 UTC today with what is still outstanding.",
                "You can follow the incident at {{incident.status_url}} until everything is restored.",
                "If the error comes back after %d, reply with a screenshot and I'll pass it straight to the on-call engineer.",
            ]),
        new(
            "account",
            "account",
            ["Password reset", "Locked out of two-factor authentication", "Email address change", "Account deletion request", "Unlocking a suspended account"],
            ["account", "password", "security", "how-to"],
            [
                "Here's how to get back into your account, {{customer.first_name}}.",
                "Thanks for confirming your identity; I know the extra checks take time.",
                "I've received your request to delete the account registered to {{account.email}}.",
            ],
            [
                "For your security, the reset link stays valid for 60 minutes.",
                "We can't switch off two-factor authentication over email, but the recovery codes you saved at sign-up will work.",
                "Deleting the account removes your projects, invoices and saved payment methods, and it can't be undone.",
                "The account was suspended after %n failed sign-in attempts, which is an automatic safety measure.",
                "The new email address takes effect once you click the confirmation link we send to it.",
                "Type `reset` in the chat window if you'd like the bot to send a fresh link.",
            ],
            [
                "Go to the [sign-in page](https://app.example.com/login) and choose **Forgot password**.",
                "Enter the email address on your account, {{account.email}}, and select **Send reset link**.",
                "Open the email titled \"Reset your password\" and follow the link.",
                "Choose a new password of at least 12 characters.",
                "Sign in with a recovery code, then set up two-factor authentication again under **Security**.",
                "Download anything you want to keep from **Settings > Export** before the account is deleted.",
            ],
            [
                "If the email hasn't arrived within 10 minutes, reply to this message and I'll send a link from our side.",
                "Our [password help article](https://help.example.com/account/password-reset) covers the usual snags.",
                "I'll delete the account on %d unless you tell me to wait.",
                "Could you reply from {{account.email}} so I can confirm the change?",
            ]),
        new(
            "cancellation",
            "subscriptions",
            ["Cancellation confirmed", "Cancellation request", "Pausing a subscription", "Downgrade to the free plan"],
            ["cancellation", "subscription", "billing"],
            [
                "I've cancelled your {{subscription.plan}} plan as you asked, {{customer.first_name}}.",
                "Thanks for letting us know you'd like to cancel; I'm sorry the plan didn't fit.",
                "You can pause your subscription instead of cancelling, if that suits you better.",
            ],
            [
                "Your plan stays active until {{subscription.renewal_date}}, and nothing more will be charged.",
                "Your projects stay on the free plan, but only the three most recent ones can be edited.",
                "A paused plan keeps everything exactly as it is for up to three months.",
                "We don't refund the current month, but you keep full access until it ends.",
                "If you come back within a year, your projects and settings will be waiting.",
            ],
            [
                "Cancel any time from the [subscription page](https://help.example.com/account/subscription).",
                "Choose **Pause** instead of **Cancel** to keep your data for up to three months.",
                "Export your projects from **Settings > Export** if you'd like a copy.",
                "Your final invoice will be emailed to {{account.email}}.",
            ],
            [
                "If you change your mind before {{subscription.renewal_date}}, reply here and I'll reactivate the plan with nothing lost.",
                "You'll receive a confirmation email within the hour.",
                "Would you tell me what made you decide to cancel? It goes straight to the product team.",
            ]),
        new(
            "complaint",
            "complaints",
            ["Rude experience with an agent", "Repeated contact without a fix", "Escalation to a supervisor", "Long wait on the phone line"],
            ["complaint", "escalation", "service"],
            [
                "I'm sorry for how your last call went, {{customer.first_name}}; that isn't how we want anyone to be treated.",
                "I'm sorry you've had to write to us %n times about the same problem.",
                "You waited far too long on the phone yesterday, and I'm sorry.",
            ],
            [
                "I've read the whole conversation on ticket {{ticket.id}}, so you won't need to repeat anything.",
                "Each reply you received gave a different answer, and that should never have happened.",
                "I've shared your feedback about the call with the team lead, who will speak with the agent.",
                "Our phone line was short of staff after a system change, and we didn't warn callers about the wait.",
                "My supervisor, [Supervisor Name], can approve exceptions that I can't, including the goodwill credit you asked about.",
            ],
            [
                "I've passed ticket {{ticket.id}} to my supervisor with the full message history.",
                "I've added a goodwill credit of {{credit.amount}} to your account.",
                "I've asked for the call recording to be reviewed.",
                "From now on, your case stays with me until it's resolved.",
            ],
            [
                "[Supervisor Name] will call you on {{customer.phone}} by the end of the next business day.",
                "If another time suits you better, reply with two or three slots and I'll make sure they see it first.",
                "I'll write to you on %d with the outcome of the review.",
            ]),
        new(
            "information",
            "how-to",
            ["How to export data", "Opening hours over the holidays", "Setting up a team account", "Using a discount code"],
            ["information", "how-to", "account"],
            [
                "Good question, {{customer.first_name}}: here's how it works.",
                "Thanks for asking about team accounts.",
                "Here's what you need to know about our opening hours over the holidays.",
            ],
            [
                "Exports include every project, comment and attachment, packed into one zip file.",
                "Team accounts share one invoice, and each member signs in with their own email address.",
                "Our chat is open from 8:00 to 20:00 on weekdays and from 10:00 to 16:00 at weekends.",
                "The discount code `%c` takes 15% off any order until {{promo.expiry_date}}.",
                "Codes can't be combined, so the checkout applies whichever one saves you more.",
            ],
            [
                "Open **Settings > Export** and choose **Create export**.",
                "We email a download link to {{account.email}} when the file is ready.",
                "Invite members from **Team > Invite** by entering their email addresses.",
                "Enter the code `%c` in the **Discount** box at checkout.",
            ],
            [
                "The full guide is on our [help centre](https://help.example.com/guides).",
                "If anything in the guide is unclear, reply here and I'll walk you through it.",
                "You can reach us on chat any time before 20:00 today.",
            ]),
        new(
            "boundary",
            "boundaries",
            ["Keeping the conversation respectful", "Request we cannot support", "Closing a repeated thread"],
            ["boundary", "chat", "policy"],
            [
                "I want to get this sorted for you, {{customer.first_name}}, and I need our conversation to stay respectful to do that.",
                "I understand you'd like us to change the order after it shipped.",
                "We've answered this question on %n tickets now, and I'd like to give you one clear answer.",
            ],
            [
                "I won't continue if the messages include insults or personal remarks about me or my colleagues.",
                "Once a parcel is with the carrier, we can't change the address, but the carrier can hold it for you.",
                "I'm closing the other open tickets so that every reply comes from one place.",
                "Our team can't install third-party software on your computer, but the setup guide covers each step.",
            ],
            [
                "I'll keep ticket {{ticket.id}} open and answer everything there.",
                "Ask the carrier to hold the parcel using the [carrier's form](https://help.example.com/shipping/hold).",
                "Follow the [setup guide](https://help.example.com/guides/setup) step by step.",
            ],
            [
                "If the chat closes, I'll follow up on ticket {{ticket.id}} by email within one business day.",
                "To start, could you send me your order number?",
                "Reply on ticket {{ticket.id}} and I'll answer within %n hours.",
            ]),
        new(
            "feedback",
            "feedback",
            ["Thanks for your feedback", "Feature request received", "Survey follow-up"],
            ["feedback", "feature-request", "product"],
            [
                "Thank you for the detailed notes on the new editor, {{customer.first_name}}.",
                "Thanks for suggesting PDF export; you're not the first to ask for it.",
                "I read your survey answers, and I wanted to reply to them myself.",
            ],
            [
                "PDF export isn't on this quarter's plan, and I don't want to promise a date I can't keep.",
                "In the meantime, printing a report to PDF from your browser keeps all the charts.",
                "Your note about the slow search has gone to the engineers who are rebuilding it.",
                "The keyboard shortcut `Ctrl+K` opens search from anywhere in the app.",
            ],
            [
                "I've added your vote to the PDF export request.",
                "I've shared your notes with the editor team.",
                "You'll get an email when the feature ships.",
            ],
            [
                "You can follow the request on our [public roadmap](https://roadmap.example.com).",
                "Would you be open to a 20-minute call with the product team on %d?",
                "If you'd like to try the new search early, reply \"beta\" and I'll switch it on for your account.",
            ]),
    ];

    // Stock lines: the phrases a scripted reply is made of. Many match RL1004 on purpose.
    private static readonly string[] StockLines =
    [
        "We apologize for any inconvenience this may have caused.",
        "We are sorry for any inconvenience caused.",
        "Your satisfaction is our top priority.",
        "Your call is important to us.",
        "We value you as a customer.",
        "We appreciate your business.",
        "Rest assured that the matter is being handled.",
        "Please rest assured that our team is looking into it.",
        "Thank you for your patience and understanding.",
        "Thank you for your understanding.",
        "We're sorry that you're experiencing this issue.",
        "I'm sorry to hear that you're having this problem.",
        "We always strive to provide the best possible customer service.",
        "At this point in time we are unable to provide further details.",
        "I understand your frustration.",
        "We appreciate your patience in this matter.",
        "Please accept our sincere apologies for the inconvenience.",
        "Your feedback is very important to us.",
        "Your concerns have been noted and will be reviewed by the relevant department.",
        "Our team is aware of the problem and we will look into it.",
    ];

    private static readonly string[] StockOpeners =
    [
        "Thank you for contacting us regarding your recent enquiry.",
        "Thank you for bringing this to our attention.",
        "I hope this email finds you well.",
        "We regret to inform you that your request has been declined.",
        "We have received your message and it has been forwarded to the appropriate team.",
        "As a valued customer, your experience matters to us.",
    ];

    private static readonly string[] StockClosings =
    [
        "Please do not hesitate to contact us.",
        "Don't hesitate to reach out to us if you have any further questions.",
        "Is there anything else I can help you with today?",
        "We will get back to you as soon as possible.",
        "Thank you for your patience.",
        "Have a great day!",
    ];

    private static readonly string[] Closings =
    [
        "Thanks again for taking the time to write.",
        "I hope the rest of your week goes smoothly.",
        "It was good to hear from you.",
        "Thank you for sticking with us while we sorted this out.",
    ];

    // Sentences that fit any intent.
    private static readonly string[] General =
    [
        "Your ticket number is {{ticket.id}}, in case you need it.",
        "I've made a note on your account so that anyone on the team can see what we agreed.",
        "Everything I've described is also on the [help centre](https://help.example.com) if you'd like to read it later.",
        "If the code `%c` appears again, it means the page needs a refresh.",
        "You don't need to do anything else for now.",
        "I'm in the office until %d, and I'll keep an eye on this until then.",
        "Our team works from 8:00 to 20:00, so replies sent in the evening are read first thing the next morning.",
        "This applies to every order on the account, not just {{order.number}}.",
        "We'll never ask for your full card number or password by email.",
        "For reference, the account email on file is {{ account.email }}.",
        "Our terms are at https://example.com/terms if you'd like the exact wording.",
        "I know this has taken more of your time than it should have.",
        "The reference for this conversation is `{{ticket.id}}`.",
        "You'll see the change in the app the next time you sign in.",
        "{{{agent.signature_line}}}",
    ];

    private static readonly string[] Greetings =
    [
        "Hi {{customer.first_name}},",
        "Hello {{customer.first_name}},",
        "Hi {{ customer.first_name }},",
        "Dear {{customer.first_name}},",
        "Hi [Customer Name],",
    ];

    private static readonly string[] StiffGreetings =
    [
        "Dear valued customer,",
        "Dear Sir or Madam,",
        "Dear customer,",
    ];

    private static readonly string[] SignOffs =
    [
        "{{agent.name}}",
        "Best wishes,\n{{agent.name}}",
        "Kind regards,\n{{agent.name}}\nCustomer support",
        "Thanks,\n{{agent.name}}",
        "Kind regards,\nThe Support Team",
        "Warm regards,\n{{agent.name}} | {{company.name}}",
    ];

    private static readonly string[] ListIntros =
    [
        "Here's what I've done so far:",
        "Here is what happens next:",
        "Pick whichever suits you:",
        "The steps are:",
        "Where things stand right now:",
    ];

    private static readonly string[] StockListIntros =
    [
        "Please note the following:",
        "For your reference:",
        "Kindly be advised of the following:",
    ];

    private static readonly string[] QuoteIntros =
    [
        "In your last message you wrote:",
        "You mentioned:",
        "I want to make sure I understood you correctly:",
    ];

    private static readonly string[] CustomerQuotes =
    [
        "I've explained this three times now and every time I get a different answer.",
        "The parcel says delivered but there is nothing at my door.",
        "Why was I charged twice for the same order?",
        "I just want to know when it will be fixed.",
    ];

    private static readonly string[] LiquidBlocks =
    [
        "{% if order.is_gift %}Since this order is a gift, I can also email you a printable gift note to hand over in the meantime.{% endif %}",
        "{% if customer.is_business %}Your account manager, {{account_manager.name}}, has a copy of this message.{% else %}I've kept a copy of this message on your ticket.{% endif %}",
        "{% if order.paid_express %}You paid for express shipping, so I've refunded that {{order.shipping_cost}} too.{% endif %}",
    ];

    private static readonly string[] HtmlComments =
    [
        "<!-- Reviewed by the support leads in the last quarterly template review. -->",
        "<!-- Use for email only; the chat version is shorter. -->",
        "<!-- Placeholders come from the help-desk macro editor. -->",
    ];

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    private static readonly string[] Codes = ["E-4012", "SAVE15", "WELCOME10", "ERR_SYNC_TIMEOUT", "HTTP 503", "AUDIO15"];
}
