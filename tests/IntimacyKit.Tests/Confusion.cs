using System.Globalization;

namespace IntimacyKit.Tests;

/// <summary>A confusion matrix for one yes/no label of a labelled set, as the quality tests print it.</summary>
internal sealed class Confusion
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int TrueNegatives { get; private set; }

    public double Accuracy => (double)(TruePositives + TrueNegatives) / Math.Max(1, TruePositives + FalsePositives + FalseNegatives + TrueNegatives);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(bool expected, bool found)
    {
        switch (expected, found)
        {
            case (true, true): TruePositives++; break;
            case (false, true): FalsePositives++; break;
            case (true, false): FalseNegatives++; break;
            default: TrueNegatives++; break;
        }
    }

    /// <summary>One line: the name padded to <paramref name="width"/>, the four counts, then (optionally) accuracy, precision and recall.</summary>
    public string Row(string name, int width, bool withAccuracy = false) => string.Create(CultureInfo.InvariantCulture,
        $"{name.PadRight(width)} {TruePositives,4} {FalsePositives,4} {FalseNegatives,4} {TrueNegatives,4}  {(withAccuracy ? $"{Accuracy,8:0.000}  " : "")}{Precision,9:0.000}  {Recall,6:0.000}");
}
