#!/usr/bin/env python3
"""Makes a git repository holding a generated briefing with a long history, to measure the cost of
reading history: by default 10,000 claims in 100 files over 100 sources, then 1,000 commits in all,
each changing a few claims (credibility, statement, evidence added or removed, stance, figure, or a
claim moved to another file). Then time the builds, e.g.

    scripts/history-benchmark.py /tmp/history-bench
    /usr/bin/time -v dotnet run --project src/Briefing.Cli -c Release --no-build -- build --root /tmp/history-bench
    (run it again: nothing new; then add one commit with --one-more and run it again)

It uses only the git program and Python's standard library; the commits are dated from a fixed
start, one hour apart, so two runs make the same repository.
"""
import argparse
import os
import random
import subprocess

SENTENCES = 100


def git(root, *args, env=None):
    subprocess.run(["git", "-c", "user.name=Bench", "-c", "user.email=bench@example.org", *args],
                   cwd=root, check=True, env=env, stdout=subprocess.DEVNULL)


def article(s):
    lines = [f"Generated article {s}"]
    lines += [f"Report {s}-{k} says that unit {k} of group {s} moved on day {k % 28 + 1}." for k in range(SENTENCES)]
    return "\n".join(lines) + "\n"


def claim_yaml(c):
    out = [f"- id: claim-{c['n']}", f"  statement: Unit {c['k']} of group {c['s']} moved{c['reworded']}.",
           "  topics: [general]", f"  credibility: {c['cred']}"]
    if c["figure"]:
        out += ["  figure:", "    measure: units", f"    value: {c['figure']}"]
    out.append("  evidence:")
    for (s, k, stance) in c["evidence"]:
        out += [f"    - source: source-{s}", f"      quote: Report {s}-{k} says that unit {k} of group {s} moved", f"      stance: {stance}"]
    return "\n".join(out) + "\n"


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_claims(root, files, only=None):
    for name, claims in files.items():
        if only is not None and name not in only:
            continue
        write(root, f"input/claims/{name}.yml", "".join(claim_yaml(c) for c in claims) or "[]\n")


def commit(root, message, index):
    stamp = f"{1700000000 + index * 3600} +0000"
    env = dict(os.environ, GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, env=env)


def change(rng, files, names, dirty):
    name = rng.choice(names)
    claims = files[name]
    dirty.add(name)
    if not claims:
        return f"touch {name}"
    c = rng.choice(claims)
    what = rng.randrange(6)
    if what == 0:
        c["cred"] = rng.randint(1, 6)
    elif what == 1:
        c["reworded"] = "" if c["reworded"] else " again"
    elif what == 2:
        s = rng.randrange(100)
        k = rng.randrange(SENTENCES)
        if (s, k) not in [(e[0], e[1]) for e in c["evidence"]]:
            c["evidence"].append((s, k, "context"))
    elif what == 3:
        s, k, stance = c["evidence"][0]
        c["evidence"][0] = (s, k, "contradicts" if stance == "supports" else "supports")
    elif what == 4:
        c["figure"] = rng.randint(10, 1000)
    else:
        claims.remove(c)
        other = rng.choice(names)
        dirty.add(other)
        files[other].append(c)
        return f"move claim-{c['n']}"
    return f"edit claim-{c['n']}"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("root")
    p.add_argument("--claims", type=int, default=10000)
    p.add_argument("--commits", type=int, default=1000)
    p.add_argument("--one-more", action="store_true", help="add one more commit to an existing repository")
    a = p.parse_args()
    rng = random.Random(14)
    names = [f"file-{i:03}" for i in range(100)]
    if a.one_more:
        with open(os.path.join(a.root, "input/claims/file-000.yml"), "a", encoding="utf-8") as f:
            f.write(claim_yaml({"n": "extra", "s": 0, "k": 0, "cred": 3, "reworded": "", "figure": None, "evidence": [(0, 0, "supports")]}))
        commit(a.root, "One more claim", a.commits + 1)
        return
    os.makedirs(a.root, exist_ok=True)
    git(a.root, "init", "-q", "-b", "main")
    write(a.root, "input/site.yml", "title: History benchmark\nbase_url: https://example.org/\n")
    write(a.root, "input/topics/general.md", "---\ntitle: General\n---\nEverything.\n")
    write(a.root, "input/measures.yml", "- id: units\n  label: Units\n  unit: units\n")
    for s in range(100):
        write(a.root, f"seeds/article-{s}.txt", article(s))
        write(a.root, f"input/sources/source-{s}.yml", f"title: Article {s}\ntext: seeds/article-{s}.txt\npublished: 2024-10-16\n")
    files = {n: [] for n in names}
    for n in range(a.claims):
        s, k = n % 100, (n // 100) % SENTENCES
        files[names[n % len(names)]].append({"n": n, "s": s, "k": k, "cred": 3, "reworded": "", "figure": None, "evidence": [(s, k, "supports")]})
    write_claims(a.root, files)
    commit(a.root, "Generated briefing", 0)
    for i in range(1, a.commits):
        dirty = set()
        message = "; ".join(change(rng, files, names, dirty) for _ in range(3))
        write_claims(a.root, files, dirty)
        commit(a.root, message, i)


if __name__ == "__main__":
    main()
