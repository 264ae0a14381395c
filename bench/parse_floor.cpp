// SPDX-License-Identifier: Apache-2.0
// The floor for a JSON-input audit: parse the file with RapidJSON into a DOM and count the
// records, nothing else. bench/compare.sh times lapaudit against it.
//
// Usage: parse-floor FILE.json

#include <rapidjson/document.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: parse-floor FILE.json\n");
    return 2;
  }
  std::FILE* file = std::fopen(argv[1], "rb");
  if (file == nullptr) return 2;
  std::string text;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  std::fclose(file);
  rapidjson::Document document;
  document.Parse(text.c_str(), text.size());
  if (document.HasParseError()) return 1;
  const rapidjson::Value* records = &document;
  if (document.IsObject() && document.HasMember("activities")) records = &document["activities"];
  std::printf("%u records\n", records->IsArray() ? records->Size() : 0u);
  return 0;
}
