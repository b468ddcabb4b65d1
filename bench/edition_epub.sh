#!/bin/sh
# Benchmark: a whole 1,000-article issue as an EPUB. galley beside pandoc and calibre's ebook-convert on the
# same articles, in one run: wall time (hyperfine), peak memory (GNU time), book size, and whether
# epubcheck passes the book (0 errors, 0 warnings).
#
#   sh bench/edition_epub.sh            prints a Markdown table (paste it into docs/performance.md)
#
# The edition: 20 print pages of 50 articles (the sample edition's two pages, ten times over per page), with
# 40 pictures (the sample's two drawings). galley is timed twice:
#   - galley build EDITION -t epub: from the printed pages (reading them back into articles is most of it);
#   - galley export -t epub edition.json: from the structured model (what an editorial system hands over).
# pandoc and calibre get the same articles, already structured, as Markdown (bench/edition_markdown.py):
# they cannot read printed pages into articles, so this is the comparison with the second galley line.
set -eu
GALLEY_ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$GALLEY_ROOT/scripts/lib.sh"
install_packages $GALLEY_PACKAGES pandoc calibre hyperfine time python3
build build-release -DCMAKE_BUILD_TYPE=Release -DGALLEY_BUILD_TESTS=OFF >/dev/null
galley="$GALLEY_ROOT/build-release/galley"
sample="$GALLEY_ROOT/samples/yongkang-2023-01-04"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ed="$work/edition"
mkdir -p "$ed/pages" "$ed/images"
cp "$sample/images/"*.png "$ed/images/"

# The manifest: the sample's [edition] table, then 20 pages of 50 articles with two pictures each.
sed -n '/^\[edition\]/,/^$/p' "$sample/edition.toml" > "$ed/edition.toml"
page=1
while [ $page -le 20 ]; do
    i=0
    while [ $i -lt 10 ]; do
        cat "$sample/pages/01.txt"; printf '\n\n'; cat "$sample/pages/02.txt"; printf '\n\n'
        i=$((i + 1))
    done > "$ed/pages/$page.txt"
    cat >> "$ed/edition.toml" <<EOF
[[pages]]
number = $page
section = "版面$page"
files = ["pages/$page.txt"]

[[images]]
article = "p$page-a1"
file = "images/clinic.png"
caption = "示意图：医疗卫生单位（示例图片）"
credit = "galley 示例 绘"
alt = "白色楼房的正面画着红十字，楼前是绿地，背景是蓝天。"
after = 1

[[images]]
article = "p$page-a3"
file = "images/chart.png"
caption = "示意图：重点项目投资逐年增长（示例图片，数据为示意）"
credit = "galley 示例 绘"
alt = "柱状图：四根红色柱子从左到右逐渐升高。"
after = 2

EOF
    page=$((page + 1))
done

# The model galley reads from the pages, kept beside the pictures for the structured runs.
"$galley" build -q "$ed" -t epub -o "$work/model" >/dev/null 2>&1
cp "$work/model/edition.json" "$ed/edition.json"
articles=$(/usr/bin/python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$ed/edition.json")
/usr/bin/python3 "$GALLEY_ROOT/bench/edition_markdown.py" "$ed/edition.json" "$ed/edition.md"

tool_cmd() {
    case $1 in
        galley-pages) echo "$galley build -q $ed -t epub -o $work/out-pages" ;;
        galley-model) echo "$galley export -q -t epub $ed/edition.json -o $work/galley-model.epub" ;;
        # One file per article, as galley makes (--epub-chapter-level=2: a chapter per level-2 heading).
        pandoc) echo "pandoc -f markdown -t epub3 --epub-chapter-level=2 --resource-path=$ed -o $work/pandoc.epub $ed/edition.md" ;;
        calibre) echo "ebook-convert $ed/edition.md $work/calibre.epub --formatting-type=markdown --paragraph-type=off" ;;
    esac
}
book_of() {
    case $1 in
        galley-pages) echo "$work/out-pages/$(basename "$ed").epub" ;;
        galley-model) echo "$work/galley-model.epub" ;;
        *) echo "$work/$1.epub" ;;
    esac
}
version_of() {
    case $1 in
        galley-*) "$galley" --version | cut -d' ' -f2 ;;
        pandoc) pandoc --version | head -n1 | cut -d' ' -f2 ;;
        calibre) ebook-convert --version 2>/dev/null | sed -n '1s/.*calibre \([0-9.]*\).*/\1/p' ;;
    esac
}

echo "$articles articles on 20 pages, 40 pictures; $(wc -c < "$ed/edition.json") bytes of model JSON, $(cat "$ed/pages/"*.txt | wc -c) bytes of page text."
echo
echo "| tool | version | input | mean time | peak memory | EPUB size | epubcheck |"
echo "|---|---|---|---|---|---|---|"
for tool in galley-pages galley-model pandoc calibre; do
    cmd=$(tool_cmd $tool)
    runs=10 warmup=1
    [ $tool = calibre ] && runs=2 warmup=0  # minutes per run
    hyperfine --warmup $warmup --runs $runs --export-json "$work/h.json" "$cmd" >/dev/null 2>&1
    mean=$(/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f s ± %.3f" % (r["mean"], r["stddev"] or 0))' "$work/h.json")
    peak=$(/usr/bin/time -f %M sh -c "$cmd >/dev/null 2>&1" 2>&1 | tail -n1)
    book=$(book_of $tool)
    size=$(wc -c < "$book")
    verdict=$(java -jar /usr/bin/epubcheck --json "$work/check.json" "$book" >/dev/null 2>&1 || true
              /usr/bin/python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["checker"]
print("%d errors, %d warnings" % (c["nFatal"] + c["nError"], c["nWarning"]))' "$work/check.json")
    case $tool in galley-pages) input="20 page texts" ;; galley-model) input="model JSON" ;; *) input="Markdown" ;; esac
    echo "| ${tool%%-*} | $(version_of $tool) | $input | $mean | $((peak / 1024)) MiB | $((size / 1024)) KiB | $verdict |"
done
echo
echo "Machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)."
