#include "indexer/document/markdown_reader.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <mutex>

#include "indexer/document/plain_text_builder.h"
#include "indexer/document/steps_heading.h"

namespace kb {

namespace {

constexpr const char* kExtensions[] = {"table", "strikethrough", "autolink"};

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

NodePtr parse(std::string_view markdown) {
  // Registering the extensions touches a global list: once per process.
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

bool type_is(cmark_node* node, const char* name) {
  return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

// Blocks after which the text goes on on a new line.
bool ends_line(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_ITEM:
    case CMARK_NODE_LIST:
    case CMARK_NODE_BLOCK_QUOTE:
    case CMARK_NODE_THEMATIC_BREAK:
      return true;
    default:
      return type_is(node, "table_row") || type_is(node, "table_header") || type_is(node, "table");
  }
}

// Appends the plain text of `root`'s subtree, leaving out the subtree of
// `skip` (may be null). Iterative, so deeply nested input cannot overflow the stack.
void append_text(cmark_node* root, cmark_node* skip, PlainTextBuilder* out) {
  std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
  cmark_event_type event;
  while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (event == CMARK_EVENT_ENTER && node == skip) {
      cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
      continue;
    }
    if (event == CMARK_EVENT_EXIT) {
      if (ends_line(node)) out->add_line_break();
      continue;
    }
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        out->add_text(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_CODE_BLOCK: {
        out->add_line_break();
        std::string_view code = cmark_node_get_literal(node);
        while (!code.empty()) {
          const size_t end = code.find('\n');
          out->add_text(code.substr(0, end));
          out->add_line_break();
          code.remove_prefix(end == std::string_view::npos ? code.size() : end + 1);
        }
        break;
      }
      case CMARK_NODE_SOFTBREAK:
        out->add_space();
        break;
      case CMARK_NODE_LINEBREAK:
        out->add_line_break();
        break;
      default:
        if (type_is(node, "table_cell")) out->add_space();
        break;
    }
  }
}

std::string plain_text(cmark_node* node) {
  PlainTextBuilder builder;
  append_text(node, nullptr, &builder);
  return builder.take();
}

// The first ordered list after a top-level Steps heading, before the next heading.
cmark_node* find_steps_list(cmark_node* document, cmark_node** heading) {
  for (cmark_node* node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) != CMARK_NODE_HEADING || !is_steps_heading(plain_text(node))) {
      continue;
    }
    for (cmark_node* next = cmark_node_next(node);
         next && cmark_node_get_type(next) != CMARK_NODE_HEADING; next = cmark_node_next(next)) {
      if (cmark_node_get_type(next) == CMARK_NODE_LIST &&
          cmark_node_get_list_type(next) == CMARK_ORDERED_LIST) {
        *heading = node;
        return next;
      }
    }
  }
  return nullptr;
}

}  // namespace

MarkdownText read_markdown(std::string_view markdown) {
  MarkdownText result;
  NodePtr document = parse(markdown);
  if (!document) return result;

  cmark_node* heading = nullptr;
  cmark_node* steps_list = find_steps_list(document.get(), &heading);
  if (steps_list) {
    result.steps_heading_line = static_cast<uint32_t>(cmark_node_get_start_line(heading));
    for (cmark_node* item = cmark_node_first_child(steps_list); item;
         item = cmark_node_next(item)) {
      std::string step = collapse_white_space(plain_text(item));
      if (!step.empty()) result.steps.push_back(std::move(step));
    }
    // The heading only announces the steps: it is no content of the text.
    cmark_node_unlink(heading);
    cmark_node_free(heading);
  }

  PlainTextBuilder builder;
  append_text(document.get(), steps_list, &builder);
  result.text = builder.take();
  return result;
}

}  // namespace kb
