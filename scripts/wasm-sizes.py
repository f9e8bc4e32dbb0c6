#!/usr/bin/env python3
"""Per-function code size of a wasm module, read from its name section (a module wasm-opt -g
wrote, e.g. target/dead-data/NAME_opt.wasm, or the pre-wasm-opt target/dead-data/NAME_bg.wasm).

  scripts/wasm-sizes.py FILE [N]          the N largest functions (default 40) and the total
  scripts/wasm-sizes.py OLD NEW [N]       the N largest changes by name between two builds
  scripts/wasm-sizes.py FILE -g PATTERN   the functions whose name contains PATTERN, and their sum
"""
import sys
from collections import defaultdict


def leb(b, i):
    r = s = 0
    while True:
        x = b[i]
        i += 1
        r |= (x & 0x7F) << s
        s += 7
        if x < 0x80:
            return r, i


def sizes(path):
    b = open(path, "rb").read()
    assert b[:4] == b"\0asm", path
    i, imported, bodies, names = 8, 0, [], {}
    while i < len(b):
        sid = b[i]
        n, i = leb(b, i + 1)
        end = i + n
        if sid == 2:  # imports: functions among them take the first indices
            cnt, j = leb(b, i)
            for _ in range(cnt):
                for _ in range(2):
                    ln, j = leb(b, j)
                    j += ln
                kind = b[j]
                j += 1
                if kind == 0:
                    _, j = leb(b, j)
                    imported += 1
                elif kind == 1:
                    j += 1
                    fl, j = leb(b, j)
                    _, j = leb(b, j)
                    if fl & 1:
                        _, j = leb(b, j)
                elif kind == 2:
                    fl, j = leb(b, j)
                    _, j = leb(b, j)
                    if fl & 1:
                        _, j = leb(b, j)
                elif kind == 3:
                    j += 2
                else:
                    _, j = leb(b, j + 1)
        elif sid == 10:
            cnt, j = leb(b, i)
            for _ in range(cnt):
                sz, k = leb(b, j)
                bodies.append(k - j + sz)
                j = k + sz
        elif sid == 0:
            ln, j = leb(b, i)
            if b[j : j + ln] == b"name":
                j += ln
                while j < end:
                    sub = b[j]
                    sn, j = leb(b, j + 1)
                    if sub == 1:
                        cnt, k = leb(b, j)
                        for _ in range(cnt):
                            idx, k = leb(b, k)
                            ln2, k = leb(b, k)
                            names[idx] = b[k : k + ln2].decode("utf-8", "replace")
                            k += ln2
                    j += sn
        i = end
    out = defaultdict(int)
    for n, sz in enumerate(bodies):
        out[names.get(imported + n, f"#{imported + n}")] += sz
    return out


def main(a):
    if len(a) >= 3 and a[1] == "-g":
        s = sizes(a[0])
        hits = sorted(((v, k) for k, v in s.items() if a[2] in k), reverse=True)
        for v, k in hits:
            print(f"{v:8} {k}")
        print(f"{sum(v for v, _ in hits):8} total of {len(hits)}")
    elif len(a) >= 2 and not a[1].isdigit():
        o, n = sizes(a[0]), sizes(a[1])
        top = int(a[2]) if len(a) > 2 else 40
        d = sorted(((n.get(k, 0) - o.get(k, 0), k) for k in set(o) | set(n)), key=lambda t: -abs(t[0]))
        for v, k in d[:top]:
            if v:
                print(f"{v:+8} {o.get(k, 0):7} → {n.get(k, 0):7} {k}")
        print(f"{sum(n.values()) - sum(o.values()):+8} total code {sum(o.values())} → {sum(n.values())}")
    else:
        s = sizes(a[0])
        top = int(a[1]) if len(a) > 1 else 40
        for k, v in sorted(s.items(), key=lambda t: -t[1])[:top]:
            print(f"{v:8} {k}")
        print(f"{sum(s.values()):8} total code, {len(s)} functions")


main(sys.argv[1:])
