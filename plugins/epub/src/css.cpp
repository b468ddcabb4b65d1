#include "css.hpp"

namespace galley::epub {
namespace {

// Serif CJK faces for text, sans for headings, each with Latin fallbacks: the first one a reader has wins.
constexpr const char* base = R"css(/* galley EPUB style sheet. No fonts are embedded: a CJK font is megabytes, and every reading system has one. */
@namespace epub "http://www.idpf.org/2007/ops";

html {
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, "Noto Serif", Georgia, serif;
  line-height: 1.75;
}
body {
  margin: 0 0.5em;
  line-break: strict;        /* no line starts with 、。」 or small kana */
  word-break: normal;        /* CJK breaks between characters, Latin between words */
  overflow-wrap: break-word;
}
h1, h2, h3, .column, .kicker, .subheadline, .byline, .dateline, .page-facts, .edition, nav, figcaption {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", Arial, sans-serif;
}
h1, h2, h3 {
  line-height: 1.4;
  text-align: start;
  page-break-after: avoid;
  break-after: avoid;
}
h1 { font-size: 1.5em; margin: 0.6em 0 0.4em; }
h2 { font-size: 1.45em; margin: 0.3em 0 0.3em; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
p {
  margin: 0;
  text-indent: 2em;          /* 首行缩进两字 */
  text-align: justify;
}

article > header { margin: 1em 0 1.2em; }
article > header p { text-indent: 0; text-align: start; }
.column { font-size: 0.8em; font-weight: bold; color: #8b1a1a; margin: 0 0 0.3em; }
.kicker { font-size: 0.95em; margin: 0; }
.subheadline { font-size: 1.1em; margin: 0.2em 0 0.4em; }
.byline, .dateline { font-size: 0.85em; color: #444; }
.headline.derived { font-weight: normal; }
.continuation { font-size: 0.85em; color: #444; margin: 0.6em 0; text-align: end; }

figure {
  margin: 1em 0;
  text-align: center;
  page-break-inside: avoid;
  break-inside: avoid;
}
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; line-height: 1.5; text-align: start; margin-top: 0.3em; }
figcaption .credit, .cover-caption .credit { color: #555; }

.page-index .edition { font-size: 0.85em; color: #555; text-indent: 0; }
.page-index .page-facts { font-size: 0.9em; text-indent: 0; margin-bottom: 1em; }
.page-index .page-facts span { margin-right: 1em; }
.page-index ol, nav ol { list-style: none; padding: 0; margin: 0; }
.page-index li { margin: 0.5em 0; }
.page-index .column, .page-index .kicker, .page-index .subheadline { font-size: 0.85em; color: #444; }
.page-index .headline { font-weight: bold; }
.empty-page { text-indent: 0; color: #555; }
nav li { margin: 0.3em 0; }
nav li li { margin-left: 1.5em; font-size: 0.95em; }
nav a, .page-index a { text-decoration: none; }

body.cover { margin: 0; text-align: center; }
section.cover img { max-width: 100%; max-height: 100vh; height: auto; }
.cover-caption { font-size: 0.8em; text-indent: 0; text-align: center; }

/* Latin text: set as English print is, flush with hyphenation, no Chinese indent. */
:lang(en), :lang(de), :lang(fr), :lang(es), :lang(it), :lang(nl), :lang(pt) {
  font-family: "Noto Serif", "Source Serif Pro", Georgia, "Times New Roman", "Noto Serif CJK SC", serif;
  line-height: 1.5;
}
p:lang(en), p:lang(de), p:lang(fr), p:lang(es), p:lang(it), p:lang(nl), p:lang(pt) {
  text-indent: 0;
  margin: 0 0 0.6em;
  text-align: left;
  -epub-hyphens: auto;
  -webkit-hyphens: auto;
  hyphens: auto;
}
)css";

// Vertical Chinese: columns right to left (the spine turns pages that way too); one- and two-digit numbers
// marked up as .tcy stand upright in one em. A picture is capped both ways by the viewport: a percentage of
// the block axis is indefinite in vertical text, and a wide picture would run off the page.
constexpr const char* vertical_rules = R"css(
/* Vertical text (-O vertical=true). */
html {
  -epub-writing-mode: vertical-rl;
  -webkit-writing-mode: vertical-rl;
  writing-mode: vertical-rl;
}
body { margin: 0.5em 0; }
.tcy {
  -epub-text-combine: horizontal;
  -webkit-text-combine: horizontal;
  text-combine-upright: all;
}
figure { margin: 0 1em; }
figure img { max-height: 90vh; max-width: 90vw; width: auto; height: auto; }
nav li li { margin-left: 0; margin-top: 1.5em; }
)css";

}  // namespace

std::string style_sheet(bool vertical) {
    std::string css = base;
    if (vertical) css += vertical_rules;
    return css;
}

}  // namespace galley::epub
