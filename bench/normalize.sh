#!/bin/sh
# Benchmark: reading a printed page back into articles. galley normalize beside the peers a newsroom would
# otherwise reach for — pandoc (text as Markdown → its AST) and calibre's ebook-convert (text → EPUB) —
# on the same inputs, in one run: wall time (hyperfine), peak memory (GNU time), and what each tool made
# of the page (articles and paragraphs found).
#
#   sh bench/normalize.sh            prints a Markdown table (paste it into docs/performance.md)
#
# Inputs: the seed page (2 articles, 183 printed lines), and a 1,000-article page made of 500 copies of it.
set -eu
GALLEY_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$GALLEY_ROOT/scripts/lib.sh"
install_packages $GALLEY_PACKAGES pandoc calibre hyperfine time python3
build build-release -DCMAKE_BUILD_TYPE=Release -DGALLEY_BUILD_TESTS=OFF >/dev/null
galley="$GALLEY_ROOT/build-release/galley"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$GALLEY_ROOT/seeds/000_0472c9a91ac7b432.txt" "$work/seed.txt"
i=0
while [ $i -lt 500 ]; do cat "$work/seed.txt"; printf '\n\n'; i=$((i + 1)); done > "$work/big.txt"

# Commands per tool; {in} and {out} are filled in below.
tool_cmd() {
    case $1 in
        galley) echo "$galley normalize -q --issue-date 2023-01-04 {in} -o {out}.json" ;;
        pandoc) echo "pandoc -f markdown -t json {in} -o {out}.json" ;;
        calibre) echo "ebook-convert {in} {out}.epub" ;;
    esac
}

# What the tool made: "articles paragraphs".
census() {
    tool=$1 out=$2
    case $tool in
        galley) /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
print(len(d["articles"]), sum(1 for a in d["articles"] for b in a["body"] if b["type"]=="paragraph"))' "$out.json" ;;
        pandoc) /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
print("-", sum(1 for b in d["blocks"] if b["t"] in ("Para","Plain")))' "$out.json" ;;
        calibre) /usr/bin/python3 -c 'import zipfile,re,sys; z=zipfile.ZipFile(sys.argv[1])
print("-", sum(len(re.findall(r"<p[ >]", z.read(n).decode("utf-8","replace"))) for n in z.namelist() if n.endswith((".html",".xhtml",".htm"))))' "$out.epub" ;;
    esac
}

echo "| input | tool | version | mean time | peak memory | articles | paragraphs |"
echo "|---|---|---|---|---|---|---|"
for input in seed big; do
    for tool in galley pandoc calibre; do
        cmd=$(tool_cmd $tool | sed "s|{in}|$work/$input.txt|; s|{out}|$work/$input-$tool|")
        case $tool in
            galley) version=$("$galley" --version | cut -d' ' -f2) ;;
            pandoc) version=$(pandoc --version | head -n1 | cut -d' ' -f2) ;;
            calibre) version=$(ebook-convert --version 2>/dev/null > "$work/v"; sed -n '1s/.*calibre \([0-9.]*\).*/\1/p' "$work/v") ;;
        esac
        # calibre takes minutes on the large page: fewer runs there.
        runs=10 warmup=1
        [ $tool = calibre ] && runs=3
        [ $tool = calibre ] && [ $input = big ] && runs=1 warmup=0
        hyperfine --warmup $warmup --runs $runs --export-json "$work/h.json" "$cmd" >/dev/null 2>&1
        mean=$(/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f s ± %.3f" % (r["mean"], r["stddev"] or 0) if r["stddev"] else "%.3f s (1 run)" % r["mean"])' "$work/h.json")
        peak=$(/usr/bin/time -f %M sh -c "$cmd >/dev/null 2>&1" 2>&1 | tail -n1)
        set -- $(census $tool "$work/$input-$tool")
        echo "| $input | $tool | $version | $mean | $((peak / 1024)) MiB | $1 | $2 |"
    done
done
echo
echo "Machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)."
