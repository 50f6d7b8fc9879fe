using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace OfflinePackage.Tool.Tests;

/// <summary>
/// Every text of Resources/Strings.resx is read by some code: the compiled core, task and tool assemblies (the tool holds
/// offlinepackage-verify's code too) read its property of the generated Texts class, or name its key (a code's
/// nameof(Texts.OPKnnnn) in the catalogue, a key still passed to Strings.Get). Read from the IL, not from the sources.
/// </summary>
public class TextUsageTests
{
    private const string TextsNamespace = "OfflinePackage.Diagnostics";

    private static readonly string[] Assemblies = ["OfflinePackage.Core.dll", "OfflinePackage.Tasks.dll", "OfflinePackage.Tool.dll"];

    private static readonly Dictionary<ushort, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => (ushort)o.Value, o => o.OperandType);

    [Test]
    public void EveryText_IsReadByTheCode()
    {
        var texts = TextNames(Path.Combine(AppContext.BaseDirectory, Assemblies[0]));
        var read = Assemblies.SelectMany(a => NamesRead(Path.Combine(AppContext.BaseDirectory, a))).ToHashSet(StringComparer.Ordinal);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(texts, Has.Count.GreaterThan(300));
            Assert.That(read, Does.Contain("Render_Usage").And.Contain("OPK1001").And.Contain("Reason_Rooted"), "the IL reader sees property reads and keys");
            Assert.That(texts.Where(t => !read.Contains(t)), Is.Empty, "texts no code reads: remove them from Strings.resx, or use them");
        }
    }

    /// <summary>The properties of the generated Texts class: one per text.</summary>
    private static List<string> TextNames(string core)
    {
        using var pe = new PEReader(File.OpenRead(core));
        var md = pe.GetMetadataReader();
        var texts = md.TypeDefinitions.Select(md.GetTypeDefinition).Single(t => IsTexts(md, t));
        return texts.GetProperties().Select(p => md.GetString(md.GetPropertyDefinition(p).Name))
            .Where(name => name is not ("ResourceManager" or "Culture"))
            .ToList();
    }

    /// <summary>The Texts properties the assembly's methods call, and every string literal they load.</summary>
    private static IEnumerable<string> NamesRead(string assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly));
        var md = pe.GetMetadataReader();
        var names = new List<string>();
        // Texts' own getters name every key: they are what is read, not readers.
        var readers = md.MethodDefinitions.Select(md.GetMethodDefinition)
            .Where(m => m.RelativeVirtualAddress != 0 && !IsTexts(md, md.GetTypeDefinition(m.GetDeclaringType())));
        foreach (var method in readers)
        {
            var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
            while (il.RemainingBytes > 0)
            {
                var first = il.ReadByte();
                var operand = OperandTypes[first == 0xFE ? (ushort)(0xFE00 | il.ReadByte()) : first];
                if (operand == OperandType.InlineString)
                {
                    names.Add(md.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF)));
                }
                else if (operand == OperandType.InlineMethod)
                {
                    if (TextsGetter(md, MetadataTokens.EntityHandle(il.ReadInt32())) is { } name)
                    {
                        names.Add(name);
                    }
                }
                else
                {
                    var size = OperandSize(operand, ref il);
                    il.Offset += size;
                }
            }
        }

        return names;
    }

    /// <summary>The text a call reads when it calls a property getter of Texts, else null.</summary>
    private static string? TextsGetter(MetadataReader md, EntityHandle callee)
    {
        (string Name, EntityHandle Type) target = callee.Kind switch
        {
            HandleKind.MethodDefinition => (md.GetString(md.GetMethodDefinition((MethodDefinitionHandle)callee).Name), md.GetMethodDefinition((MethodDefinitionHandle)callee).GetDeclaringType()),
            HandleKind.MemberReference => (md.GetString(md.GetMemberReference((MemberReferenceHandle)callee).Name), md.GetMemberReference((MemberReferenceHandle)callee).Parent),
            _ => (string.Empty, default),
        };
        var (typeName, typeNamespace) = target.Type.Kind switch
        {
            HandleKind.TypeDefinition => (md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)target.Type).Name), md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)target.Type).Namespace)),
            HandleKind.TypeReference => (md.GetString(md.GetTypeReference((TypeReferenceHandle)target.Type).Name), md.GetString(md.GetTypeReference((TypeReferenceHandle)target.Type).Namespace)),
            _ => (string.Empty, string.Empty),
        };
        return typeName == "Texts" && typeNamespace == TextsNamespace && target.Name.StartsWith("get_", StringComparison.Ordinal) ? target.Name[4..] : null;
    }

    private static bool IsTexts(MetadataReader md, TypeDefinition type) =>
        md.GetString(type.Name) == "Texts" && md.GetString(type.Namespace) == TextsNamespace;

    /// <summary>The bytes of an operand not read above; a switch's count is read here, its targets are skipped.</summary>
    private static int OperandSize(OperandType operand, ref BlobReader il) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => il.ReadInt32() * 4,
        _ => 4,
    };
}
