using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin;

/// <summary>A number larger than its column keeps is refused at its field (it used to fail the save with a 500).</summary>
[TestFixture]
public sealed class NumberLimitTests
{
    private const string TooLarge = "Plugins.Misc.SalesCommission.Numbers.TooLarge";
    private const decimal OneMore = DecimalColumn.Largest + 0.0001m;

    private static ProgramModel Ladder(decimal lastFixed) => new()
    {
        Name = "Ladder",
        ProgramTypeId = (int)ProgramType.Ladder,
        Bands =
        [
            new ProgramBandModel { From = 0m, To = 1000m, Rate = 2m },
            new ProgramBandModel { From = 1000m, FixedAmount = lastFixed }
        ]
    };

    [Test]
    public void The_largest_number_has_the_columns_digits()
    {
        var digitsBeforeThePoint = DecimalColumn.Precision - DecimalColumn.Scale;
        var onePlace = 1m / (decimal)Math.Pow(10, DecimalColumn.Scale);

        Assert.That(DecimalColumn.Largest, Is.EqualTo((decimal)Math.Pow(10, digitsBeforeThePoint) - onePlace));
    }

    [Test]
    public void A_fixed_amount_larger_than_the_column_keeps_is_refused_at_the_field()
    {
        var model = new ProgramModel { Name = "Fixed", ProgramTypeId = (int)ProgramType.PercentOfOrder, FixedAmount = OneMore };

        new ProgramModelValidator(ResourceKeyLocalization.Create()).TestValidate(model)
            .ShouldHaveValidationErrorFor(nameof(ProgramModel.FixedAmount)).WithErrorMessage(TooLarge);
    }

    [Test]
    public void A_band_larger_than_the_column_keeps_is_refused_at_its_row()
    {
        new ProgramModelValidator(ResourceKeyLocalization.Create()).TestValidate(Ladder(OneMore))
            .ShouldHaveValidationErrorFor("Bands[1].FixedAmount").WithErrorMessage(TooLarge);
    }

    [Test]
    public void The_largest_number_the_column_keeps_is_accepted()
    {
        new ProgramModelValidator(ResourceKeyLocalization.Create()).TestValidate(Ladder(DecimalColumn.Largest))
            .ShouldNotHaveValidationErrorFor("Bands[1].FixedAmount");
    }

    [Test]
    public void A_target_larger_than_the_column_keeps_is_refused_at_the_amount()
    {
        var model = new TargetModel { StaffCustomerId = 1, PeriodId = (int)LadderWindow.Month, StartDate = new DateTime(2026, 12, 1), Amount = OneMore };

        new TargetModelValidator(ResourceKeyLocalization.Create()).TestValidate(model)
            .ShouldHaveValidationErrorFor(nameof(TargetModel.Amount)).WithErrorMessage(TooLarge);
    }
}
