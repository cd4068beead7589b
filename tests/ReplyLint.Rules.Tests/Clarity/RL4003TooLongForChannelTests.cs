using ReplyLint.Rules.Clarity;
using ReplyLint.Rules.Tests.Verifiers;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Clarity.RL4003TooLongForChannel>;
using WithOptions = ReplyLint.Rules.Tests.Clarity.OptionsVerifier<ReplyLint.Rules.Clarity.RL4003TooLongForChannel>;

namespace ReplyLint.Rules.Tests.Clarity;

// RL4003 is one finding for the whole template, so every flagged case marks offset 0: {|RL4003:|}.
[Trait("Rule", "RL4003")]
public sealed class RL4003TooLongForChannelTests
{
    // 81 words (the placeholder is one), 445 characters.
    private const string ChatReply81 =
        "Hi {{customer.first_name}}, thanks for waiting while I checked. Your order left our warehouse on Monday and is with the courier now. " +
        "Their tracking shows a delay at the regional depot because of the storm, so delivery has moved to Thursday. I've asked them to prioritise it, and I'll keep an eye on it for you. " +
        "If it still hasn't arrived by Friday, message us here and we'll send a replacement by express delivery or refund you in full, whichever you prefer.";

    // The same without "now": 80 words.
    private const string ChatReply80 =
        "Hi {{customer.first_name}}, thanks for waiting while I checked. Your order left our warehouse on Monday and is with the courier. " +
        "Their tracking shows a delay at the regional depot because of the storm, so delivery has moved to Thursday. I've asked them to prioritise it, and I'll keep an eye on it for you. " +
        "If it still hasn't arrived by Friday, message us here and we'll send a replacement by express delivery or refund you in full, whichever you prefer.";

    // 162 characters with each placeholder counted as 10.
    private const string Sms162 =
        "Hi {{customer.first_name}}, your refund of {{refund.amount}} is on its way and should reach your card within 5 working days. Questions? Reply to this text or call us on 0800 123 456.";

    // 160 characters with each placeholder counted as 10.
    private const string Sms160 =
        "Hi {{customer.first_name}}, your refund of {{refund.amount}} is on its way now and should reach your card within 5 working days. Questions? Reply to this text or call 0800 123 456.";

    public static TheoryData<string> CaseFiles => Verifiers.CaseFiles.For(RL4003TooLongForChannel.Id);

    private static string Template(string channel, string body) => $"---\nid: t\nchannel: {channel}\n---\n{body}\n";

    [Theory]
    [InlineData("chat")]
    [InlineData("Chat")]
    [InlineData("CHAT")]
    [InlineData("\"chat\"")]
    public Task Flags_a_chat_reply_over_eighty_words(string channel) =>
        Verify.DiagnosticsAsync("{|RL4003:|}" + Template(channel, ChatReply81));

    [Fact]
    public Task Flags_a_chat_reply_with_the_channel_the_count_and_the_limit() =>
        Verify.DiagnosticsAsync("{|#0:|}" + Template("chat", ChatReply81), new ExpectedArguments(0, "chat", "81 words", "80 words"));

    [Theory]
    [InlineData("{|RL4003:|}---\nchannel: chat\n---\nHi {{customer.first_name}}, thanks for waiting while I checked.\n\nYour order left our warehouse on Monday and is with the courier now.\n\nTheir tracking shows a delay at the regional depot because of the storm, so delivery has moved to Thursday.\n\n- I've asked them to prioritise it.\n- I'll keep an eye on it for you, too.\n\nIf it still hasn't arrived by Friday, message us here and we'll send a replacement by express delivery or refund you in full, whichever you prefer.\n")]
    [InlineData("{|RL4003:|}---\nchannel: chat\n---\n> Where is my order? It was due on Monday and nothing has come.\n\n" + ChatReply80 + "\n")] // a quote is sent too
    public Task Flags_counting_every_block_the_customer_receives(string markup) => Verify.DiagnosticsAsync(markup);

    [Fact]
    public Task Flags_a_chat_reply_in_a_plain_text_file() =>
        Verify.DiagnosticsAsync("{|RL4003:|}" + Template("chat", ChatReply81), "reply.txt");

    [Theory]
    [InlineData("sms")]
    [InlineData("SMS")]
    public Task Flags_an_sms_reply_over_160_characters(string channel) =>
        Verify.DiagnosticsAsync("{|RL4003:|}" + Template(channel, Sms162), "reply.txt");

    [Fact]
    public Task Flags_an_sms_reply_with_the_channel_the_count_and_the_limit() =>
        Verify.DiagnosticsAsync("{|#0:|}" + Template("SMS", Sms162), new ExpectedArguments(0, "SMS", "162 characters", "160 characters"));

    [Fact]
    public Task Flags_an_sms_reply_whose_paragraph_break_takes_it_over() =>
        Verify.DiagnosticsAsync("{|RL4003:|}" + Template("sms", Sms160.Replace(" Questions?", "\n\nQuestions?", StringComparison.Ordinal)), "reply.txt");

    [Fact]
    public Task Flags_a_social_reply_over_280_characters() =>
        Verify.DiagnosticsAsync("{|#0:|}" + Template("social", ChatReply81), new ExpectedArguments(0, "social", "445 characters", "280 characters"));

    [Theory]
    [InlineData("chat", "max-words", "50", ChatReply80)]
    [InlineData("sms", "max-sms-chars", "150", Sms160)]
    [InlineData("sms", "placeholder-chars", "11", Sms160)]
    [InlineData("social", "max-social-chars", "160", Sms162)]
    public Task Flags_over_configured_limits(string channel, string option, string value, string body) =>
        WithOptions.DiagnosticsAsync("{|RL4003:|}" + Template(channel, body), RL4003TooLongForChannel.Id, (option, value));

    // 26 characters, a blank line (2), 18, a line break between list items (1), 22: 69 in all.
    private const string SmsWithList = "Your refund is on its way.\n\n- Amount: {{refund.amount}}\n- Card ending {{payment.card_last4}}";

    [Fact]
    public Task Flags_counting_a_blank_line_between_blocks_and_a_line_break_between_list_items() =>
        WithOptions.DiagnosticsAsync("{|RL4003:|}" + Template("sms", SmsWithList), RL4003TooLongForChannel.Id, ("max-sms-chars", "68"));

    [Fact]
    public Task Does_not_flag_a_list_at_exactly_the_limit() =>
        WithOptions.DiagnosticsAsync(Template("sms", SmsWithList), RL4003TooLongForChannel.Id, ("max-sms-chars", "69"));

    [Theory]
    [InlineData("max-words", "0")]
    [InlineData("max-words", "-1")]
    [InlineData("max-words", "eighty")]
    public Task Flags_at_the_default_when_a_limit_is_not_a_positive_number(string option, string value) =>
        WithOptions.DiagnosticsAsync("{|RL4003:|}" + Template("chat", ChatReply81), RL4003TooLongForChannel.Id, (option, value));

    [Theory]
    [InlineData("chat", ChatReply80)]
    [InlineData("sms", Sms160)]
    [InlineData("social", Sms162)]
    [InlineData("chat", "Hi {{customer.first_name}}, I've refunded the charge. It'll reach your card by Friday.")]
    public Task Does_not_flag_a_reply_within_its_channel_s_limit(string channel, string body) =>
        Verify.NoDiagnosticsAsync(Template(channel, body));

    [Theory]
    [InlineData("email")]
    [InlineData("web")]
    [InlineData("voice")]
    [InlineData("\"\"")]
    [InlineData("[chat, sms]")]
    public Task Does_not_flag_channels_without_a_limit(string channel) =>
        Verify.NoDiagnosticsAsync(Template(channel, ChatReply81 + "\n\n" + ChatReply81));

    [Theory]
    [InlineData(ChatReply81)]
    [InlineData("---\nid: no-channel\ntitle: No channel\n---\n" + ChatReply81)]
    public Task Does_not_flag_a_template_without_a_channel(string text) => Verify.NoDiagnosticsAsync(text);

    [Theory]
    // Emphasis markers, link targets and comments are not sent as text.
    [InlineData("Hi {{customer.first_name}}, your refund of {{refund.amount}} is **on its way** now and should reach your card within 5 working days. Questions? Reply to this text or call 0800 123 456.")]
    [InlineData("Hi {{customer.first_name}}, your refund of {{refund.amount}} is on its way now and should reach your card within 5 working days. Questions? [Reply to this text](https://example.com/help/sms) or call 0800 123 456.")]
    [InlineData("<!-- Sent after the refund is issued; keep under 160 characters. -->\nHi {{customer.first_name}}, your refund of {{refund.amount}} is on its way now and should reach your card within 5 working days. Questions? Reply to this text or call 0800 123 456.")]
    // A tag prints nothing: 160 characters without the two tags.
    [InlineData("{% if refund %}Hi {{customer.first_name}}, your refund of {{refund.amount}} is on its way now and should reach your card within 5 working days. Questions? Reply to this text or call 0800 123 456.{% endif %}")]
    public Task Does_not_flag_markup_that_is_not_sent(string body) => Verify.NoDiagnosticsAsync(Template("sms", body));

    [Theory]
    [InlineData("chat")]
    [InlineData("sms")]
    public Task Does_not_flag_a_template_without_prose(string channel) =>
        Verify.NoDiagnosticsAsync($"---\nid: empty\nchannel: {channel}\n---\n<!-- {ChatReply81} -->\n");

    [Theory]
    [InlineData("chat", "max-words", "81", ChatReply81)]
    [InlineData("sms", "max-sms-chars", "170", Sms162)]
    [InlineData("sms", "placeholder-chars", "9", Sms162)]
    [InlineData("sms", "placeholder-chars", "0", Sms162)]
    [InlineData("social", "max-social-chars", "500", ChatReply81)]
    [InlineData("email", "max-words", "10", ChatReply81)]
    public Task Does_not_flag_within_configured_limits(string channel, string option, string value, string body) =>
        WithOptions.DiagnosticsAsync(Template(channel, body), RL4003TooLongForChannel.Id, (option, value));

    [Theory, MemberData(nameof(CaseFiles))]
    public Task Case_file(string relativePath) =>
        Verify.DiagnosticsAsync(Verifiers.CaseFiles.Read(relativePath), relativePath);
}
