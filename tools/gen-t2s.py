#!/usr/bin/env python3
"""Writes the Traditional-to-Simplified character table that site search folds with.

    git clone https://github.com/BYVoid/OpenCC && tools/gen-t2s.py OpenCC > \
        src/main/resources/dev/gazette/search/t2s.txt

Source: OpenCC (Open Chinese Convert, Apache-2.0), data/dictionary/TSCharacters.txt, the
character table of its t2s, tw2s and hk2s conversions. Each line there is a traditional
character and its simplified candidates, the default first. This keeps one-to-one mappings
only: a single-code-point key to its first candidate when that is a single code point other
than the key (e.g. 蘇→苏, 後→后, 乾→干). Word-level tables (TSPhrases) are not used: search
folds characters, both in the index and in the query, so a one-to-one table is exact enough.
The output names the OpenCC commit it was made from; the same commit gives the same bytes.
"""
import subprocess
import sys


def main(repo):
    commit = subprocess.run(["git", "-C", repo, "rev-parse", "HEAD"], check=True,
                            capture_output=True, text=True).stdout.strip()
    text = subprocess.run(["git", "-C", repo, "show", "HEAD:data/dictionary/TSCharacters.txt"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    pairs = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, _, values = line.partition("\t")
        first = values.split(" ")[0].strip()
        if len(key) == 1 and len(first) == 1 and key != first:
            pairs[key] = first
    out = sys.stdout
    out.write("# Traditional to Simplified Chinese, one character to one; written by tools/gen-t2s.py\n")
    out.write(f"# from OpenCC data/dictionary/TSCharacters.txt at commit {commit} (Apache-2.0)\n")
    for key in sorted(pairs, key=ord):
        out.write(f"{key}\t{pairs[key]}\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen-t2s.py OPENCC_CLONE")
    main(sys.argv[1])
