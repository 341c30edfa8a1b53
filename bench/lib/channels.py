#!/usr/bin/env python3
"""Print the channel list of a corpus's site-config.yml as TAB-separated lines: id-path, name, parent-id-path.

    bench/lib/channels.py /tmp/gazette-bench-1000/site-config.yml   (used by bench/peers/hugo/prepare.sh)
"""
import sys

import yaml


def channels(config_path):
    with open(config_path, encoding="utf-8") as f:
        cfg = yaml.safe_load(f)
    out = []
    for top in cfg["channels"]:
        out.append((top["id"], top["name"], ""))
        for kid in top.get("children") or []:
            out.append((f"{top['id']}/{kid['id']}", kid["name"], top["id"]))
    return out


if __name__ == "__main__":
    for cid, name, parent in channels(sys.argv[1]):
        print(f"{cid}\t{name}\t{parent}")
