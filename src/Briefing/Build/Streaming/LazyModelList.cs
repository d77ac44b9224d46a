using System.Collections;

namespace Briefing.Build.Streaming;

/// <summary>
/// The models of one kind of page, built only when a template first asks for them. A streamed build
/// does not keep the models of the pages it has written; a theme page that lists, say, every topic
/// gets them built again, and a theme page that never asks costs nothing. Read-only; it implements
/// <see cref="IList"/> because that is how the template engine indexes and counts a list.
/// </summary>
internal sealed class LazyModelList(Func<IReadOnlyList<object>> build) : IReadOnlyList<object>, IList
{
    private readonly Lazy<IReadOnlyList<object>> _items = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    private IReadOnlyList<object> Items => _items.Value;

    /// <inheritdoc cref="IReadOnlyCollection{T}.Count" />
    public int Count => Items.Count;

    /// <inheritdoc cref="IReadOnlyList{T}.this" />
    public object this[int index] => Items[index];

    object? IList.this[int index]
    {
        get => Items[index];
        set => throw ReadOnly();
    }

    bool IList.IsFixedSize => true;

    bool IList.IsReadOnly => true;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    /// <inheritdoc />
    public IEnumerator<object> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IList.Contains(object? value) => value is not null && Items.Contains(value);

    int IList.IndexOf(object? value)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (Equals(Items[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    void ICollection.CopyTo(Array array, int index)
    {
        foreach (var item in Items)
        {
            array.SetValue(item, index++);
        }
    }

    int IList.Add(object? value) => throw ReadOnly();

    void IList.Clear() => throw ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnly();

    void IList.Remove(object? value) => throw ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("the models of a site's pages are read-only");
}
