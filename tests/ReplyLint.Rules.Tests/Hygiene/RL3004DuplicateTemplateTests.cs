using ReplyLint.Rules.Hygiene;
using Verify = ReplyLint.Rules.Tests.Verifiers.RuleVerifier<ReplyLint.Rules.Hygiene.RL3004DuplicateTemplate>;

namespace ReplyLint.Rules.Tests.Hygiene;

// RL3004 compares the templates of a run, so most cases are several templates analyzed together; the finding sits,
// zero-width, where the later template's text starts: {|RL3004:|}.
[Trait("Rule", "RL3004")]
public sealed class RL3004DuplicateTemplateTests
{
    private const string Late =
        "Hi {{ customer.first_name }},\n\n" +
        "I'm sorry your parcel arrived late. The courier missed the first delivery slot on Monday, and the depot only " +
        "sent it out again on Thursday morning. I've refunded the shipping fee of {{ order.shipping_cost }} to your " +
        "card today, and you don't need to do anything to get it.\n\n" +
        "If the refund isn't on your statement by Friday, reply to this email and I'll chase it with our payments team " +
        "the same day. You can also follow it on the billing page of your account.\n\n" +
        "{{ agent.name }}\n";

    private const string Outage =
        "Hi {{ customer.first_name }},\n\n" +
        "Our dashboard was down for forty minutes this morning after a database update. Your scheduled exports will " +
        "rerun by themselves once your region is back, so there is no need to start them again. I'll write to you by " +
        "3 pm with an update either way.\n\n" +
        "{{ agent.name }}\n";

    [Fact]
    public Task Flags_a_copy_under_another_name() =>
        Verify.DiagnosticsAsync([("late-a.md", Late), ("late-b.md", "{|RL3004:|}" + Late)]);

    [Fact]
    public Task Flags_a_copy_that_differs_only_in_front_matter_case_punctuation_and_markup() =>
        Verify.DiagnosticsAsync(
        [
            ("a/late.md", "---\ntitle: Late parcel\n---\n" + Late),
            ("b/late-copy.md", "---\ntitle: Parcel arrived late\nchannel: email\n---\n{|RL3004:|}" + Late.Replace("sorry", "**SORRY**", StringComparison.Ordinal).Replace(". ", "! ", StringComparison.Ordinal).Replace("\n\n", "\r\n\r\n", StringComparison.Ordinal)),
        ]);

    [Fact]
    public Task Flags_every_later_copy_against_the_first() =>
        Verify.DiagnosticsAsync([("a.md", Late), ("b.md", "{|RL3004:|}" + Late), ("c.md", "{|RL3004:|}" + Late), ("d.md", Outage)]);

    [Fact]
    public Task Flags_the_later_path_whatever_the_order_given() =>
        Verify.DiagnosticsAsync([("z.md", "{|RL3004:|}" + Late), ("m.md", Late)]);

    [Fact]
    public Task Flags_a_copy_between_markdown_and_plain_text() =>
        Verify.DiagnosticsAsync([("late.md", Late), ("late.txt", "{|RL3004:|}" + Late)]);

    [Fact]
    public Task Flags_a_short_copy() =>
        Verify.DiagnosticsAsync([("thanks-a.md", "Thanks for your order, {{ customer.first_name }}!"), ("thanks-b.md", "{|RL3004:|}Thanks for your order, {{customer.first_name}}.")]);

    [Fact]
    public Task Flags_a_near_copy_with_a_closing_line_added() =>
        Verify.DiagnosticsAsync([("late.md", Late), ("late2.md", "{|RL3004:|}" + Late + "\nThanks again for your patience.\n")]);

    [Fact]
    public Task Flags_a_near_copy_with_one_word_changed() =>
        Verify.DiagnosticsAsync([("late.md", Late), ("late2.md", "{|RL3004:|}" + Late.Replace("Thursday", "Wednesday", StringComparison.Ordinal))]);

    [Fact]
    public Task Flags_a_looser_near_copy_with_a_lower_threshold() =>
        Verify.DiagnosticsAsync(
            [("late.md", Late), ("late2.md", "{|RL3004:|}" + Late.Replace("Thursday", "Wednesday", StringComparison.Ordinal).Replace("Friday", "Monday", StringComparison.Ordinal).Replace("payments", "billing", StringComparison.Ordinal))],
            Verify.Options((RL3004DuplicateTemplate.MinSimilarityOption, "0.75")));

    [Fact]
    public Task Flags_where_the_text_starts_after_a_quote_and_a_heading() =>
        Verify.DiagnosticsAsync([("a.md", "# Late parcel\n\n" + Late), ("b.md", "---\nid: b\n---\n# {|RL3004:|}Late parcel\n\n" + Late)]);

    [Fact]
    public void Flags_with_a_message_that_names_the_other_template_and_the_similarity()
    {
        var diagnostics = Verify.AnalyzeRun(
        [
            ("replies/late.md", Late),
            ("replies/late-copy.md", Late),
            ("replies/late2.md", Late + "\nThanks again for your patience.\n"),
        ]);

        diagnostics.Select(static d => $"{d.Location.Path}({d.Location.LineSpan}): {d.Message}").ShouldBe(
        [
            // '-' sorts before '.', so late-copy.md comes first and the others are measured against it.
            "replies/late.md(1,1,1,1): 'late.md' is '100%' the same as 'replies/late-copy.md'; keep one and delete the other, or rewrite this one for the case that makes it different.",
            "replies/late2.md(1,1,1,1): 'late2.md' is '94%' the same as 'replies/late-copy.md'; keep one and delete the other, or rewrite this one for the case that makes it different.",
        ]);
    }

    [Theory]
    [InlineData("0.9", 0.9)]
    [InlineData("90%", 0.9)]
    [InlineData("85", 0.85)]
    [InlineData(" 0.75 ", 0.75)]
    [InlineData("1", 1.0)]
    [InlineData("0", 0.9)]
    [InlineData("150", 0.9)]
    [InlineData("most", 0.9)]
    public void Reads_the_threshold_as_a_fraction_or_a_percentage(string text, double expected) =>
        RL3004DuplicateTemplate.MinSimilarity(Verify.Options((RL3004DuplicateTemplate.MinSimilarityOption, text))).ShouldBe(expected, 1e-9);

    [Theory]
    [InlineData(0.9, 16, 8)]
    [InlineData(0.8, 32, 4)]
    [InlineData(0.5, 64, 2)]
    [InlineData(0.1, 128, 1)]
    public void Shapes_the_bands_after_the_threshold(double minimum, int bands, int rows) =>
        RL3004DuplicateTemplate.BandShape(minimum).ShouldBe((bands, rows));

    [Fact]
    public Task Does_not_flag_a_template_on_its_own() => Verify.NoDiagnosticsAsync(Late);

    [Fact]
    public Task Does_not_flag_different_templates() =>
        Verify.DiagnosticsAsync([("late.md", Late), ("outage.md", Outage), ("outage.txt", Outage.Replace("forty", "twenty", StringComparison.Ordinal))]);

    [Fact]
    public Task Does_not_flag_a_near_copy_under_the_threshold() =>
        Verify.DiagnosticsAsync([("late.md", Late), ("late2.md", Late.Replace("Thursday", "Wednesday", StringComparison.Ordinal).Replace("Friday", "Monday", StringComparison.Ordinal).Replace("payments", "billing", StringComparison.Ordinal))]);

    [Fact]
    public Task Does_not_flag_a_near_copy_above_a_stricter_threshold() =>
        Verify.DiagnosticsAsync(
            [("late.md", Late), ("late2.md", Late.Replace("Thursday", "Wednesday", StringComparison.Ordinal))],
            Verify.Options((RL3004DuplicateTemplate.MinSimilarityOption, "97%")));

    [Fact]
    public Task Does_not_flag_short_templates_that_differ_in_a_word() =>
        Verify.DiagnosticsAsync([("a.md", "Thanks for your order, {{ customer.first_name }}! It ships today."), ("b.md", "Thanks for your order, {{ customer.first_name }}! It ships tomorrow.")]);

    [Fact]
    public Task Does_not_flag_templates_with_no_words() =>
        Verify.DiagnosticsAsync([("a.md", "{{ ticket.latest_comment }}\n\n{{ agent.signature }}"), ("b.md", "{{ ticket.latest_comment }}\n\n{{ agent.signature }}"), ("c.md", ""), ("d.md", "---\ntitle: x\n---\n")]);

    [Fact]
    public Task Does_not_flag_the_same_words_around_different_placeholders() =>
        Verify.DiagnosticsAsync([("a.md", "Your refund of {{ refund.amount }} is on its way."), ("b.md", "Your refund of {{ refund.total }} is on its way.")]);

    [Fact]
    public Task Does_not_flag_the_same_front_matter_over_different_bodies() =>
        Verify.DiagnosticsAsync([("a.md", "---\ntitle: Late\nintent: shipping\n---\n" + Late), ("b.md", "---\ntitle: Late\nintent: shipping\n---\n" + Outage)]);

    [Fact]
    public void Compares_a_large_library_in_one_pass()
    {
        // 3,000 distinct templates and 100 near-copies: every copy is found, and nothing else.
        var words = "refund parcel order courier invoice account password export dashboard subscription renewal warranty repair credit label".Split(' ');
        var templates = new List<(string, string)>();
        for (var i = 0; i < 3000; i++)
        {
            var body = string.Join(' ', Enumerable.Range(0, 40).Select(k => words[(i * 7 + k * (i % 13 + 1)) % words.Length] + (k % 5 == 0 ? $" {i}-{k}." : "")));
            templates.Add(($"t{i:D4}.md", body));
            if (i % 30 == 0)
            {
                templates.Add(($"t{i:D4}b.md", body + " Thanks."));
            }
        }

        var diagnostics = Verify.AnalyzeRun(templates);

        diagnostics.Select(static d => d.Location.Path).ShouldBe(Enumerable.Range(0, 100).Select(static i => $"t{i * 30:D4}b.md"));
    }

    // The case files are one small library, linted as one run: each file's markup marks what it gets.
    [Fact]
    public Task Case_files_as_one_library()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Cases", RL3004DuplicateTemplate.Id);
        var paths = Directory.EnumerateFiles(folder).Select(static f => Path.GetRelativePath(AppContext.BaseDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        paths.Count.ShouldBeGreaterThanOrEqualTo(2);
        return Verify.DiagnosticsAsync([.. paths.Select(static path => (path, Verifiers.CaseFiles.Read(path)))]);
    }
}
