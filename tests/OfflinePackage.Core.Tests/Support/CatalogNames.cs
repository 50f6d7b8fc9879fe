using System.Reflection;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tests.Support;

/// <summary>Findings by the name of their <see cref="DiagnosticCatalog"/> field, so tests say nameof(DiagnosticCatalog.X) rather than a bare code.</summary>
internal static class CatalogNames
{
    private static readonly Dictionary<DiagnosticDescriptor, string> Names =
        typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .ToDictionary(f => (DiagnosticDescriptor)f.GetValue(null)!, f => f.Name);

    public static string Of(Diagnostic diagnostic) => Names[diagnostic.Descriptor];

    public static string[] Of(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(Of).ToArray();
}
