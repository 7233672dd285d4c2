namespace IntimacyKit.Assessments;

// The kind of text SummaryWriter writes: Markdown (headings, lists, a table) or plain text (simple indentation).
internal enum SummaryFormat
{
    Markdown = 1,
    PlainText = 2,
}
