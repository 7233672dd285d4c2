namespace IntimacyKit.Text;

/// <summary>
/// The lexicon's words by their normalised spelling, looked up by a span whose hash the caller computed while it
/// normalised the word (<see cref="Hash(uint, char)"/>), so a word is read once. Open addressing with linear probing.
/// Immutable and thread-safe once built.
/// </summary>
internal sealed class WordTable
{
    /// <summary>The hash of the empty word, where hashing starts.</summary>
    public const uint EmptyHash = 2166136261;

    private readonly string?[] _keys;
    private readonly uint[] _hashes;
    private readonly int[] _values;
    private readonly int _mask;

    /// <summary>Builds the table.</summary>
    /// <param name="entries">The words and their codes; each word once.</param>
    public WordTable(IReadOnlyCollection<KeyValuePair<string, int>> entries)
    {
        var size = 16;
        while (size < entries.Count * 2)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _hashes = new uint[size];
        _values = new int[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var hash = Hash(key);
            var i = (int)(hash & (uint)_mask);
            while (_keys[i] is not null)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = key;
            _hashes[i] = hash;
            _values[i] = value;
        }
    }

    /// <summary>Adds one character to a hash (FNV-1a).</summary>
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>Gets the hash of a word.</summary>
    public static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = EmptyHash;
        foreach (var c in word)
        {
            hash = Hash(hash, c);
        }

        return hash;
    }

    /// <summary>Looks a word up.</summary>
    /// <param name="word">The normalised word.</param>
    /// <param name="hash">Its <see cref="Hash(ReadOnlySpan{char})"/>.</param>
    /// <param name="value">Its code, when found.</param>
    /// <returns>Whether the word is in the table.</returns>
    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out int value)
    {
        var i = (int)(hash & (uint)_mask);
        while (_keys[i] is { } key)
        {
            if (_hashes[i] == hash && word.SequenceEqual(key))
            {
                value = _values[i];
                return true;
            }

            i = (i + 1) & _mask;
        }

        value = 0;
        return false;
    }
}
