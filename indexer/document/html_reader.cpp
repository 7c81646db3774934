#include "indexer/document/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <utility>

#include "indexer/common/ascii.h"
#include "indexer/document/html_nesting.h"
#include "indexer/document/plain_text_builder.h"
#include "indexer/document/source_text.h"
#include "indexer/document/steps_heading.h"

namespace kb {

namespace {

// <meta name="kb:..."> names and the article fields they give.
struct MetaField {
  std::string_view meta_name;
  std::string_view field;
};
constexpr MetaField kMetaFields[] = {
    {"kb:id", "id"},     {"kb:type", "type"}, {"kb:product", "product"},
    {"kb:tags", "tags"}, {"kb:url", "url"},   {"kb:updated_at", "updated_at"},
};

constexpr GumboTag kDroppedTags[] = {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT,
                                     GUMBO_TAG_TEMPLATE, GUMBO_TAG_HEAD};

constexpr GumboTag kHeadingTags[] = {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                                     GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};

// Elements whose start and end break the text into lines.
constexpr GumboTag kBlockTags[] = {
    GUMBO_TAG_ADDRESS,    GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,  GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_BR,         GUMBO_TAG_CAPTION, GUMBO_TAG_DD,     GUMBO_TAG_DETAILS,
    GUMBO_TAG_DIV,        GUMBO_TAG_DL,      GUMBO_TAG_DT,     GUMBO_TAG_FIELDSET,
    GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,  GUMBO_TAG_FOOTER, GUMBO_TAG_FORM,
    GUMBO_TAG_H1,         GUMBO_TAG_H2,      GUMBO_TAG_H3,     GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,      GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP,
    GUMBO_TAG_HR,         GUMBO_TAG_LI,      GUMBO_TAG_MAIN,   GUMBO_TAG_NAV,
    GUMBO_TAG_OL,         GUMBO_TAG_P,       GUMBO_TAG_PRE,    GUMBO_TAG_SECTION,
    GUMBO_TAG_SUMMARY,    GUMBO_TAG_TABLE,   GUMBO_TAG_TR,     GUMBO_TAG_UL,
    GUMBO_TAG_OPTION,     GUMBO_TAG_LEGEND,  GUMBO_TAG_MENU,
};

template <size_t N>
bool is_one_of(GumboTag tag, const GumboTag (&tags)[N]) {
  return std::find(std::begin(tags), std::end(tags), tag) != std::end(tags);
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool has_tag(const GumboNode* node, GumboTag tag) {
  return is_element(node) && node->v.element.tag == tag;
}

bool is_dropped(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEMPLATE ||
         (node->type == GUMBO_NODE_ELEMENT && is_one_of(node->v.element.tag, kDroppedTags));
}

uint32_t line_of(const GumboNode* node) {
  if (!is_element(node)) return 1;
  return std::max(1u, node->v.element.start_pos.line);
}

std::string attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? attr->value : "";
}


// Visits `root`'s subtree in document order without recursion (pages can
// nest deeply): enter(node) returns whether to go into the node's children;
// leave(node) runs after them.
template <typename Enter, typename Leave>
void walk(const GumboNode* root, Enter enter, Leave leave) {
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [node, leaving] = stack.back();
    stack.pop_back();
    if (leaving) {
      leave(node);
      continue;
    }
    if (!enter(node) || (!is_element(node) && node->type != GUMBO_NODE_DOCUMENT)) continue;
    stack.push_back({node, true});
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false});
    }
  }
}

bool is_text(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

// Adds one node's contribution to the text when entering or leaving it.
void add_enter(const GumboNode* node, PlainTextBuilder* out) {
  if (is_text(node)) {
    out->add_text(node->v.text.text);
  } else if (is_element(node)) {
    const GumboTag tag = node->v.element.tag;
    if (is_one_of(tag, kBlockTags)) out->add_line_break();
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out->add_space();
  }
}

void add_leave(const GumboNode* node, PlainTextBuilder* out) {
  if (!is_element(node)) return;
  const GumboTag tag = node->v.element.tag;
  if (is_one_of(tag, kBlockTags)) out->add_line_break();
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out->add_space();
}

// The text of an element on one line (titles, headings, steps).
std::string one_line_text(const GumboNode* node) {
  PlainTextBuilder out;
  walk(
      node,
      [&](const GumboNode* n) {
        if (is_dropped(n)) return false;
        add_enter(n, &out);
        return true;
      },
      [&](const GumboNode* n) { add_leave(n, &out); });
  return collapse_white_space(out.take());
}

struct PageText {
  std::string text;
  std::vector<std::string> steps;
  uint32_t steps_line = 0;
};

PageText read_body(const GumboNode* body) {
  PageText page;
  PlainTextBuilder out;
  bool after_steps_heading = false;
  walk(
      body,
      [&](const GumboNode* node) {
        if (is_dropped(node)) return false;
        if (is_element(node) && is_one_of(node->v.element.tag, kHeadingTags)) {
          after_steps_heading = page.steps_line == 0 && is_steps_heading(one_line_text(node));
        }
        if (after_steps_heading && has_tag(node, GUMBO_TAG_OL)) {
          after_steps_heading = false;
          page.steps_line = line_of(node);
          const GumboVector& items = node->v.element.children;
          for (unsigned i = 0; i < items.length; ++i) {
            const auto* item = static_cast<const GumboNode*>(items.data[i]);
            if (!has_tag(item, GUMBO_TAG_LI)) continue;
            std::string step = one_line_text(item);
            if (!step.empty()) page.steps.push_back(std::move(step));
          }
          out.add_line_break();
          return false;
        }
        add_enter(node, &out);
        return true;
      },
      [&](const GumboNode* node) { add_leave(node, &out); });
  page.text = out.take();
  return page;
}

RawValue tag_list(const std::string& content, uint32_t line) {
  RawValue list{RawValue::Kind::kList, "", {}, line};
  if (content.find_first_not_of(" \t\r\n") == std::string::npos) return list;
  size_t pos = 0;
  while (pos <= content.size()) {
    const size_t comma = std::min(content.find(',', pos), content.size());
    list.items.push_back(
        RawValue::string(collapse_white_space(content.substr(pos, comma - pos)), line));
    pos = comma + 1;
  }
  return list;
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

bool read_html_article(std::string_view html, const std::string& file, RawArticle* article,
                       std::vector<Status>* errors) {
  article->where = {file, 1, ""};
  article->fields.clear();
  if (const HtmlNesting nesting = html_nesting(html); nesting.depth > kMaxHtmlNesting) {
    errors->push_back(Status::invalid_argument("elements nest more than " +
                                                   std::to_string(kMaxHtmlNesting) +
                                                   " deep here; close the tags that are left open",
                                               {file, line_at(html, nesting.offset), ""}));
    return false;
  }
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
  if (!output) {
    errors->push_back(Status::internal("the HTML parser failed", {file, 1, ""}));
    return false;
  }

  const GumboNode* title = nullptr;
  const GumboNode* first_h1 = nullptr;
  const GumboNode* body = nullptr;
  bool has_id = false;
  walk(
      output->document,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_DOCUMENT) return true;
        if (!is_element(node)) return false;
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_TITLE && !title) title = node;
        if (tag == GUMBO_TAG_H1 && !first_h1) first_h1 = node;
        if (tag == GUMBO_TAG_BODY && !body) body = node;
        if (tag == GUMBO_TAG_META) {
          const std::string name = ascii_lower(attribute(node, "name"));
          if (name.rfind("kb:", 0) != 0) return true;
          const auto meta = std::find_if(std::begin(kMetaFields), std::end(kMetaFields),
                                         [&](const MetaField& m) { return m.meta_name == name; });
          const uint32_t line = line_of(node);
          if (meta == std::end(kMetaFields)) {
            std::string allowed;
            for (const MetaField& m : kMetaFields) {
              allowed += (allowed.empty() ? "" : ", ") + std::string(m.meta_name);
            }
            errors->push_back(Status::invalid_argument(
                "unknown meta name '" + name + "'; allowed: " + allowed, {file, line, name}));
            return true;
          }
          const std::string content = attribute(node, "content");
          has_id = has_id || meta->field == "id";
          article->fields.push_back(
              {std::string(meta->field),
               meta->field == "tags" ? tag_list(content, line) : RawValue::string(content, line),
               line, "from <meta name=\"" + name + "\">"});
        }
        return true;
      },
      [](const GumboNode*) {});

  const GumboNode* root = output->root;
  if (root && is_element(root)) {
    const std::string lang = attribute(root, "lang");
    if (!lang.empty()) {
      article->fields.push_back(
          {"language", RawValue::string(lang, line_of(root)), line_of(root), "from <html lang>"});
    }
  }
  if (!has_id) {
    const std::string stem = std::filesystem::path(file).stem().string();
    article->fields.push_back({"id", RawValue::string(stem, 1), 1,
                               "taken from the file name; rename the file or add "
                               "<meta name=\"kb:id\" content=\"...\">"});
  }
  std::string title_text = title ? one_line_text(title) : "";
  const GumboNode* title_node = title;
  if (title_text.empty() && first_h1) {
    title_text = one_line_text(first_h1);
    title_node = first_h1;
  }
  if (!title_text.empty()) {
    article->fields.push_back({"title", RawValue::string(title_text, line_of(title_node)),
                               line_of(title_node), "from <title> or the first <h1>"});
  }
  PageText page = body ? read_body(body) : PageText{};
  const uint32_t body_line = body ? line_of(body) : 1;
  article->fields.push_back(
      {"body", RawValue::string(page.text, body_line), body_line, "the text of <body>"});
  if (!page.steps.empty()) {
    RawValue steps{RawValue::Kind::kList, "", {}, page.steps_line};
    for (std::string& step : page.steps) {
      steps.items.push_back(RawValue::string(std::move(step), page.steps_line));
    }
    article->fields.push_back(
        {"steps", std::move(steps), page.steps_line, "from the <ol> after the Steps heading"});
  }
  return true;
}

}  // namespace kb
