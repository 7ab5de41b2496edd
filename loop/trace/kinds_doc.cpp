#include "trace/kinds_doc.hpp"

#include "trace/event.hpp"

namespace ts::trace {
namespace {

const char* type_name(FieldType t) {
  switch (t) {
    case FieldType::I: return "int";
    case FieldType::F: return "number";
    case FieldType::B: return "bool";
    case FieldType::S: return "string";
    case FieldType::None: break;
  }
  return "";
}

}  // namespace

std::string kinds_markdown() {
  std::string out;
  Category current = Category::Count;
  for (size_t k = 0; k < kEventKindCount; ++k) {
    const KindInfo& info = kind_info(static_cast<EventKind>(k));
    if (info.category != current) {
      current = info.category;
      out += "\n### ";
      out += category_name(current);
      out += "\n\n| kind | data fields | meaning |\n|---|---|---|\n";
    }
    out += "| `";
    out += info.name;
    out += "` | ";
    for (size_t f = 0; f < info.field_count; ++f) {
      if (f > 0) out += ", ";
      out += "`";
      out += info.fields[f].name;
      out += "` ";
      out += type_name(info.fields[f].type);
    }
    if (info.field_count == 0) out += "none";
    out += " | ";
    out += info.doc;
    out += " |\n";
  }
  return out;
}

}  // namespace ts::trace
