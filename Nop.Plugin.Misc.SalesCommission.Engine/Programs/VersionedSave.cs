namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>How a program's edit is saved (rules §5).</summary>
public enum VersionedSave
{
    /// <summary>Rewritten in place: no money term changed, or the program has no history (no entries, no versions).</summary>
    InPlace = 1,

    /// <summary>A new version from the effective date; the earlier terms stay in force for orders paid before it.</summary>
    NewVersion = 2,

    /// <summary>The latest version is corrected: the effective date is the latest version's own.</summary>
    ReplaceLatest = 3,

    /// <summary>Refused: the effective date is before the latest version's.</summary>
    BeforeLatest = 4
}
