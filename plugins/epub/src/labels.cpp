#include "labels.hpp"

namespace galley::epub {
namespace {

constexpr Labels chinese_labels{"目录", "导航", "页码", "封面", "正文", "其他文章", "本版没有文章", "无标题",
                                "封面", "要闻", "版次", "版名"};
constexpr Labels english_labels{"Contents", "Landmarks", "Pages", "Cover", "Start of content", "Other articles",
                                "No articles on this page", "Untitled", "cover", "Lead stories", "Page",
                                "Section"};

}  // namespace

const Labels& labels_for(bool chinese) { return chinese ? chinese_labels : english_labels; }

std::string Labels::page_name(int number) const {
    std::string n = std::to_string(number);
    return this == &chinese_labels ? "第" + n + "版" : "Page " + n;
}

std::string Labels::summary(bool images, bool all_alt, bool vertical) const {
    if (this == &chinese_labels) {
        std::string s = "本书为报纸当日版面的文字版：目录按版面列出全部文章，每版一个索引页并标注印刷版次，每篇文章一个文件，"
                        "标题、副题、作者、日期和小标题均有结构标记。";
        if (images) s += all_alt ? "所有图片都有替代文本和图片说明。" : "部分图片缺少替代文本，仅有图片说明。";
        if (vertical) s += "正文竖排，从右向左翻页。";
        return s + "未嵌入字体，使用阅读器的中文字体。";
    }
    std::string s =
        "A text edition of the day's newspaper: the table of contents lists every article by print page, each "
        "page has an index page marked with its print page number, each article is its own file with "
        "structured headline, byline, dateline and subheadings.";
    if (images) s += all_alt ? " Every picture has alternative text and its caption." : " Some pictures only have their caption, no alternative text.";
    if (vertical) s += " The text is set vertically and pages turn from right to left.";
    return s + " No fonts are embedded; the reading system's fonts are used.";
}

}  // namespace galley::epub
