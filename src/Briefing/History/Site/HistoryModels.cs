namespace Briefing.History.Site;

/// <summary>One change to an item, as a page lists it.</summary>
/// <param name="DateText">The commit's day in words ("15 November 2024").</param>
/// <param name="DateMachine">The commit's date and time for <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Commit">The full commit id, to cite or look up.</param>
/// <param name="ShortCommit">Its first seven digits, as shown.</param>
/// <param name="Subject">The commit message's first line.</param>
/// <param name="Text">What changed, in words.</param>
public sealed record HistoryEntryModel(string DateText, string DateMachine, string Commit, string ShortCommit, string Subject, string Text);

/// <summary>An item's history for its page: its changes oldest first, or a notice saying why there are none.</summary>
/// <param name="Available">True when the build read history from git.</param>
/// <param name="Notice">What to say when there are no entries.</param>
/// <param name="AsOf">"commit abc1234 of 3 December 2026": the version the page shows, for citing.</param>
/// <param name="Entries">The changes, oldest first.</param>
/// <param name="ChangesUrl">The page of the latest changes to every claim.</param>
public sealed record HistoryModel(bool Available, string Notice, string? AsOf, IReadOnlyList<HistoryEntryModel> Entries, string ChangesUrl);

/// <summary>The changes page: the latest changes to claims, grouped by commit, newest first.</summary>
public sealed record ChangesPageModel(bool Available, string Notice, IReadOnlyList<ChangeGroupModel> Commits, int Shown, int Total, string FeedUrl);

/// <summary>One commit on the changes page and the claims it changed.</summary>
public sealed record ChangeGroupModel(string Anchor, string DateText, string DateMachine, string Commit, string ShortCommit, string Subject, IReadOnlyList<ChangedItemModel> Items);

/// <summary>One claim a commit changed: its statement (linked while it is in the briefing) and what changed.</summary>
public sealed record ChangedItemModel(string Title, string? Url, string Text);
