using System.Collections.Frozen;

namespace ReplyLint.Rules.Signals;

/// <summary>Complaint context: whether a template answers a problem the company may own (a late parcel, a double
/// charge, an outage), so that an apology and a word of empathy are owed. RL2001 and RL2003 depend on it.</summary>
/// <remarks>
/// <para>The front matter decides first, because the writer knows what the template is for:</para>
/// <list type="number">
/// <item><c>intent</c>: a problem intent (complaint, refund, outage, billing, shipping, delay, damaged, ...) means yes;
/// an intent that answers no problem (information, thanks, how-to, boundary, marketing, cancellation, ...) means no.
/// Other intents say nothing either way.</item>
/// <item><c>tags</c>, when the intent said nothing: a problem tag (complaint, refund, outage, delay, damaged, ...) means
/// yes; otherwise a no-problem tag (how-to, thanks, marketing, ...) means no. Topic tags such as billing or shipping
/// say nothing: a renewal reminder is about billing without being a complaint.</item>
/// <item>Otherwise the prose: problem wording anywhere in the body, the customer's quoted words included
/// ("charged twice", "arrived damaged", "order hasn't arrived", "outage").</item>
/// </list>
/// <para>A cancellation is not a complaint by itself: customers leave for many reasons, and a confirmation that a
/// plan has ended owes no apology. A template for an order the company cancelled should say <c>intent: complaint</c>.</para>
/// </remarks>
internal sealed class ComplaintContext
{
    private static readonly FrozenSet<string> ProblemIntents = FrozenSet.Create(
        StringComparer.Ordinal,
        "complaint", "complaints", "refund", "refunds", "outage", "incident", "billing", "billing-error", "billing-issue", "shipping",
        "delivery", "shipping-delay", "delivery-delay", "delay", "delayed", "late", "late-delivery", "damaged", "damage", "damaged-item",
        "defect", "defective", "faulty", "broken", "missing", "missing-item", "lost", "lost-parcel", "wrong-item", "double-charge",
        "overcharge", "overcharged", "escalation", "apology", "bug", "error", "problem", "issue", "service-issue", "technical-issue",
        "downtime", "disruption", "order-cancelled", "order-canceled");

    private static readonly FrozenSet<string> NoProblemIntents = FrozenSet.Create(
        StringComparer.Ordinal,
        "information", "info", "informational", "faq", "thanks", "thank-you", "thankyou", "gratitude", "how-to", "howto", "instructions",
        "boundary", "marketing", "promotion", "newsletter", "announcement", "welcome", "onboarding", "greeting", "reminder",
        "confirmation", "cancellation", "feature-request", "survey");

    private static readonly FrozenSet<string> ProblemTags = FrozenSet.Create(
        StringComparer.Ordinal,
        "complaint", "complaints", "refund", "refunds", "outage", "incident", "delay", "delayed", "late", "late-delivery", "damaged",
        "damage", "broken", "defect", "defective", "faulty", "missing", "missing-item", "lost", "lost-parcel", "wrong-item", "double-charge",
        "overcharge", "overcharged", "billing-error", "escalation", "apology", "bug", "downtime", "disruption", "service-issue");

    private static readonly FrozenSet<string> NoProblemTags = FrozenSet.Create(
        StringComparer.Ordinal,
        "information", "info", "faq", "thanks", "thank-you", "how-to", "howto", "instructions", "marketing", "promotion", "newsletter",
        "announcement", "welcome", "onboarding", "reminder", "survey");

    private ComplaintContext()
    {
    }

    /// <summary>Problem wording, for templates whose front matter says nothing either way.</summary>
    public static PhraseList Problems { get; } = PhraseList.FromEmbeddedYaml<ComplaintContext>("problems.yaml");

    /// <summary>Registers the lists <see cref="Find"/> reads; call it from the rule's <c>Initialize</c>.</summary>
    public static void RegisterPhrases(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterPhrases(Problems);
    }

    /// <summary>What shows that the template answers a problem, for the message (<c>intent: refund</c>,
    /// <c>tags: outage</c>, or the problem wording as written, such as <c>charged twice</c>); null when nothing does.</summary>
    public static string? Find(DocumentAnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var frontMatter = context.Document.FrontMatter;
        if (frontMatter?.Intent is { } intent && !string.IsNullOrWhiteSpace(intent))
        {
            var key = Key(intent);
            if (ProblemIntents.Contains(key))
            {
                return $"intent: {intent.Trim()}";
            }

            if (NoProblemIntents.Contains(key))
            {
                return null;
            }
        }

        if (frontMatter is not null && !frontMatter.Tags.IsDefaultOrEmpty)
        {
            var sawNoProblemTag = false;
            foreach (var tag in frontMatter.Tags)
            {
                var key = Key(tag);
                if (ProblemTags.Contains(key))
                {
                    return $"tags: {tag.Trim()}";
                }

                sawNoProblemTag |= NoProblemTags.Contains(key);
            }

            if (sawNoProblemTag)
            {
                return null;
            }
        }

        var problems = context.GetMatches(Problems);
        return problems.Count > 0 ? problems[0].Text : null;
    }

    // "Late Delivery", "late_delivery" and "late-delivery" are one intent.
    private static string Key(string value) =>
        value.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
}
