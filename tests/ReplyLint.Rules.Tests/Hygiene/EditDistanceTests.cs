using ReplyLint.Rules.Hygiene;

namespace ReplyLint.Rules.Tests.Hygiene;

[Trait("Rule", "RL3002")]
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("first_name", "first_name", 0)]
    [InlineData("first_name", "frist_name", 1)]       // a swap is one edit
    [InlineData("first_name", "firstname", 1)]        // a deletion
    [InlineData("first_name", "first__name", 1)]      // an insertion
    [InlineData("first_name", "first_nane", 1)]       // a substitution
    [InlineData("first_name", "fisrt_nmae", 2)]       // two swaps
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]                      // the optimal-alignment variant: no edits inside a swap
    [InlineData("Name", "name", 1)]                   // case counts
    public void Computes_the_distance(string a, string b, int expected)
    {
        EditDistance.Compute(a, b, max: 10).ShouldBe(expected);
        EditDistance.Compute(b, a, max: 10).ShouldBe(expected);
    }

    [Theory]
    [InlineData("customer.first_name", "order.number", 2)]
    [InlineData("abcdefghij", "klmnopqrst", 2)]
    [InlineData("short", "a much longer name", 2)]    // the lengths alone settle it
    [InlineData("kitten", "sitting", 2)]
    public void Stops_at_the_cutoff(string a, string b, int max) =>
        EditDistance.Compute(a, b, max).ShouldBe(max + 1);

    [Fact]
    public void Reads_long_names_without_running_out_of_stack()
    {
        var a = new string('a', 5000);
        var b = a[..4999] + "b";

        EditDistance.Compute(a, b, max: 2).ShouldBe(1);
    }
}
