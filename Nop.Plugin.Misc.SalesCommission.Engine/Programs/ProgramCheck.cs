using Nop.Plugin.Misc.SalesCommission.Engine.Validation;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// Decides whether a program built from stored data can be calculated (rules §3): a known type, basis, ladder mode and
/// window and override base, and terms that pass the editor's own rules (<see cref="ProgramDraftCheck"/>, the one home
/// of a program's rules). A host skips a program with problems instead of failing every order it would plan, and logs
/// them.
/// </summary>
public static class ProgramCheck
{
    /// <summary>What is wrong with a program, one "field: issue" line per problem; empty when it can be calculated.</summary>
    public static IReadOnlyList<string> Problems(ProgramTerms program)
    {
        ArgumentNullException.ThrowIfNull(program);

        var problems = new List<string>();
        if (!Enum.IsDefined(program.Type))
            problems.Add($"type: unknown program type {(int)program.Type}");
        if (!Enum.IsDefined(program.Basis))
            problems.Add($"basis: unknown basis {(int)program.Basis}");
        if (program.Type == ProgramType.Ladder && program.Ladder is { } ladder)
        {
            if (!Enum.IsDefined(ladder.Mode))
                problems.Add($"ladder.mode: unknown ladder mode {(int)ladder.Mode}");
            if (!Enum.IsDefined(ladder.Window))
                problems.Add($"ladder.window: unknown ladder window {(int)ladder.Window}");
        }

        for (var i = 0; i < program.Hierarchy.Count; i++)
        {
            if (!Enum.IsDefined(program.Hierarchy[i].Base))
                problems.Add($"hierarchy[{i}].base: unknown override base {(int)program.Hierarchy[i].Base}");
        }

        var draft = ProgramDraft.Of(program);
        problems.AddRange(ProgramDraftCheck.Check(draft).Select(problem => $"{ProgramProblemPath.Of(problem, draft)}: {problem.Terms?.Code ?? problem.Issue.ToString()}"));
        return problems;
    }
}
