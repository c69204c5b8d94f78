namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>Computes one program type's commission for one credited beneficiary on one order.</summary>
public interface ICommissionCalculator
{
    /// <summary>The program type this calculator computes.</summary>
    ProgramType Type { get; }

    /// <summary>The beneficiary's exact commission (their split share), with its derivation.</summary>
    Commission Calculate(CalculationInput input);
}
