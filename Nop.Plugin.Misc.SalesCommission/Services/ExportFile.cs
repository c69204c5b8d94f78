namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>An exported list, ready to download.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="ContentType">Its MIME type.</param>
/// <param name="FileName">The name it downloads as.</param>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);
