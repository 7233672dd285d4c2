using System.Text.Json.Serialization;
using IntimacyKit.Serialization;

namespace IntimacyKit.Assessments;

/// <summary>The kind of text a profile or a comparison summary is written as.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<SummaryFormat>))]
public enum SummaryFormat
{
    /// <summary>Markdown with headings, lists and a table: for export, chat apps and documents.</summary>
    Markdown = 1,

    /// <summary>Plain text with simple indentation: for consoles, notifications and e-mail.</summary>
    PlainText = 2,
}
