using System.Text.Json.Serialization;

namespace IntimacyKit.Safety;

/// <summary>The source-generated System.Text.Json context that reads the safety rules: AOT-safe and reflection-free.</summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    PropertyNameCaseInsensitive = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(SafetyRuleDocument))]
internal sealed partial class SafetyRulesJsonContext : JsonSerializerContext;
