using System.Text.Json;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>
/// A program type that carries its own terms: its record is read and written by its fields, checked by its own rules,
/// reported at its own field paths in its own words, and counts as the program's rates when versions compare terms.
/// </summary>
[TestFixture]
public sealed class TypeTermsTests
{
    /// <summary>A type's own terms as a test declares them (no production type is needed to test the mechanism).</summary>
    private sealed record SampleTerms(decimal? Amount, int? Count, string? Label, bool Weekly) : ITypeTerms
    {
        public IEnumerable<TypeTermsProblem> Problems()
        {
            if (Amount is null)
                yield return new TypeTermsProblem("AmountMissing", "amount", "is required");
            if (Count < 1)
                yield return new TypeTermsProblem("CountTooSmall", "count", "must be a whole number from 1");
        }
    }

    private const ProgramType OwnType = (ProgramType)99;

    [Test]
    public void Terms_are_written_by_their_fields_in_camel_case_and_read_back_equal()
    {
        var terms = new SampleTerms(12.5m, 3, "fair", true);

        var json = TypeTermsJson.Write(terms);

        Assert.That(json, Is.EqualTo("""{"amount":12.5,"count":3,"label":"fair","weekly":true}"""));
        Assert.That(TypeTermsJson.Parse(typeof(SampleTerms), json), Is.EqualTo(terms));
    }

    [Test]
    public void Empty_fields_are_left_out_and_read_back_as_empty()
    {
        var json = TypeTermsJson.Write(new SampleTerms(null, null, null, false));

        Assert.That(json, Is.EqualTo("""{"weekly":false}"""));
        Assert.That(TypeTermsJson.Parse(typeof(SampleTerms), null), Is.EqualTo(new SampleTerms(null, null, null, false)));
    }

    [Test]
    public void A_field_not_of_its_kind_is_a_shape_error_at_its_path()
    {
        var errors = new List<ScenarioError>();
        using var document = JsonDocument.Parse("""{"amount":"ten","count":2.5}""");

        var terms = TypeTermsJson.Read(typeof(SampleTerms), document.RootElement, "programs[0]", new JsonFieldReader(errors));

        Assert.That(terms, Is.EqualTo(new SampleTerms(null, null, null, false)));
        Assert.That(errors.Select(error => error.Path), Is.EqualTo(new[] { "programs[0].amount", "programs[0].count" }));
    }

    [Test]
    public void The_types_of_their_own_name_a_record_of_their_terms()
    {
        foreach (var type in TypeTermsJson.Types)
        {
            var record = TypeTermsJson.RecordOf(type)!;
            Assert.That(typeof(ITypeTerms).IsAssignableFrom(record), type.ToString());
            Assert.That(() => TypeTermsJson.Parse(type, null), Throws.Nothing, type.ToString());
        }

        Assert.That(TypeTermsJson.RecordOf(ProgramType.Ladder), Is.Null);
        Assert.That(TypeTermsJson.RecordOf(OwnType), Is.Null);
    }

    [Test]
    public void The_records_rules_are_the_programs_with_its_field_and_words()
    {
        var draft = new ProgramDraft { Name = "Own", Type = OwnType, TypeTerms = new SampleTerms(null, 0, null, false), CapPerOrder = 0m };

        var problems = ProgramDraftCheck.Check(draft);

        Assert.That(problems.Select(problem => problem.Issue), Is.EqualTo(new[]
        {
            ProgramIssue.TypeTermsRule, ProgramIssue.TypeTermsRule, ProgramIssue.CapPerOrderNotPositive
        }));
        Assert.That(problems.Select(problem => ProgramProblemPath.Of(problem, draft)), Is.EqualTo(new[] { "amount", "count", "capPerOrder" }));
        Assert.That(ProgramProblemText.Of(problems[1], draft), Is.EqualTo("must be a whole number from 1"));
        Assert.That(problems[0].Terms!.Code, Is.EqualTo("AmountMissing"));
    }

    [Test]
    public void A_stored_program_carries_its_terms_into_its_check()
    {
        var program = new ProgramTerms { Id = "7", Name = "Own", Type = OwnType, TypeTerms = new SampleTerms(null, 1, null, false) };

        Assert.That(ProgramDraft.Of(program).TypeTerms, Is.SameAs(program.TypeTerms));
        Assert.That(ProgramCheck.Problems(program), Does.Contain("type: unknown program type 99").And.Contain("amount: AmountMissing"));
    }

    [Test]
    public void Changed_own_terms_are_a_change_of_rates_and_equal_ones_are_none()
    {
        var before = new ProgramTerms { Id = "7", Type = OwnType, TypeTerms = new SampleTerms(5m, 1, null, false) };

        Assert.That(ProgramVersions.ChangedTerms(before, before with { TypeTerms = new SampleTerms(5m, 1, null, false) }), Is.Empty);
        Assert.That(ProgramVersions.ChangedTerms(before, before with { TypeTerms = new SampleTerms(6m, 1, null, false) }),
            Is.EqualTo(new[] { ProgramTerm.Rates }));
    }
}
