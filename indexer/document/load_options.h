// LoadOptions: how strictly articles are loaded. Shared by the loader, the
// corpus walker and the validator.
#pragma once

namespace kb {

struct LoadOptions {
  // Accept an article with an empty or missing title. kb-eval data sets have
  // untitled articles; real corpora never do, so the default is false.
  bool allow_empty_title = false;
};

}  // namespace kb
