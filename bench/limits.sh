#!/bin/sh
# Benchmark: galley at the sizes an attacker (or an unlucky pipeline) hands it — page text at and past its
# caps, and edition folders of many pages, files and pictures — with wall time and peak memory (GNU time,
# one run each: the largest take seconds). pandoc reads the largest page text galley accepts, beside it;
# calibre is left out (it takes 12 minutes on a 5 MB page, see normalize.sh).
#
#   sh bench/limits.sh            prints a Markdown table (paste it into docs/performance.md)
set -eu
GALLEY_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$GALLEY_ROOT/scripts/lib.sh"
install_packages $GALLEY_PACKAGES pandoc time python3
build build-release -DCMAKE_BUILD_TYPE=Release -DGALLEY_BUILD_TESTS=OFF >/dev/null
galley="$GALLEY_ROOT/build-release/galley"
# The well-behaved test fixture as the exporter (it writes one line): the edition cases measure reading.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/plugin"
cc -shared -fPIC -fvisibility=hidden -DFIXTURE_GOOD -DFIXTURE_ID='"null"' -I"$GALLEY_ROOT/plugins/include" \
    -o "$work/plugin/galley-null.so" "$GALLEY_ROOT/tests/plugins/fixture_plugin.c"

/usr/bin/python3 - "$GALLEY_ROOT/seeds/000_0472c9a91ac7b432.txt" "$work" <<'EOF'
import os, sys
seed_path, work = sys.argv[1], sys.argv[2]
seed = open(seed_path, encoding="utf-8").read()
def write(name, text):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        f.write(text)
write("ones-200mb.txt", "a\n" * 100_000_000)
write("seed-200mb.txt", (seed + "\n") * (200_000_000 // len(seed.encode())))
write("ones-1m-lines.txt", "a\n" * 1_000_000)
lines = (seed + "\n").split("\n")
write("seed-1m-lines.txt", "\n".join((lines * (1_000_000 // len(lines) + 1))[:999_999]) + "\n")
long_lines, size, i = [], 0, 0
body = [l.strip() for l in seed.split("\n") if l.strip()]
while size < (64 << 20) - 4096:
    l = body[i % len(body)] * 3
    long_lines.append(l); size += len(l.encode()) + 1; i += 1
write("long-64mib.txt", "\n".join(long_lines) + "\n")
def edition(name, pages, files, pictures):
    d = os.path.join(work, name)
    os.makedirs(d + "/pages"); os.makedirs(d + "/images")
    m = ['[edition]', 'title = "T"', 'date = 2023-01-04', 'language = "zh-CN"', '']
    for p in range(1, pages + 1):
        names = []
        for k in range(files):
            n = "pages/%d-%d.txt" % (p, k)
            with open(os.path.join(d, n), "w", encoding="utf-8") as f:
                f.write(seed if files == 1 else "本报讯 第%d版第%d篇短讯。\n" % (p, k))
            names.append('"%s"' % n)
        m += ['[[pages]]', 'number = %d' % p, 'files = [%s]' % ", ".join(names), '']
    with open(d + "/images/p.png", "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
    for i in range(pictures):
        m += ['[[images]]', 'article = "p%d-a1"' % (1 + i % pages), 'file = "images/p.png"', 'after = %d' % (i % 3), '']
    with open(d + "/edition.toml", "w", encoding="utf-8") as f:
        f.write("\n".join(m))
edition("pages-1000", 1000, 1, 0)
edition("pages-9999", 9999, 1, 0)
edition("files-100000", 1000, 100, 0)
edition("pictures-100000", 1000, 1, 100000)
EOF

measure() {  # label, input, command...
    label=$1 input=$2
    shift 2
    /usr/bin/time -f '%e %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" && status=0 || status=$?
    set -- $(tail -n1 "$work/t")
    outcome="written"
    [ "$status" -ne 0 ] && outcome="refused: $(grep -m1 'error:' "$work/err" | sed 's/.*error: //' | cut -c1-70)"
    printf '| %s | %s | %s s | %d MiB | %s |\n' "$label" "$input" "$1" $(($2 / 1024)) "$outcome"
}

size() { du -m --apparent-size "$1" | cut -f1; }
echo "| tool | input | time | peak memory | outcome |"
echo "|---|---|---|---|---|"
for f in ones-200mb seed-200mb long-64mib ones-1m-lines seed-1m-lines; do
    measure galley "$f.txt ($(size "$work/$f.txt") MB)" "$galley" normalize -q "$work/$f.txt" -o "$work/$f.json"
done
measure pandoc "seed-1m-lines.txt ($(size "$work/seed-1m-lines.txt") MB)" pandoc -f markdown -t json "$work/seed-1m-lines.txt" -o "$work/p.json"
for e in pages-1000 pages-9999 files-100000 pictures-100000; do
    measure galley "edition $e" "$galley" build -q "$work/$e" -t null --plugin-path "$work/plugin" -o "$work/out-$e"
done
