// SPDX-License-Identifier: Apache-2.0
#include "load/file_source.hpp"

#include <openssl/evp.h>

#include "load/input_text.hpp"

namespace lapaudit {

ReadLimit settings_file_limit(bool regular_files_only) {
  return ReadLimit{.max_bytes = std::size_t{16} << 20,
                   .advice =
                       "files of a rule set, a work plan or waivers hold a few KiB; check that "
                       "this is the right file",
                   .regular_files_only = regular_files_only};
}

Result<std::string> DiskFileSource::read(const std::string& path) const {
  auto text = InputText::open(path, limit_);  // one way to open a file, and to say why it cannot be
  if (!text) return text.error();
  return std::string(text->view());
}

Result<std::string> MemoryFileSource::read(const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) return Error{path, 0, 0, "cannot be read: no such file"};
  return it->second;
}

namespace {

std::string digest_text(const unsigned char* hash, unsigned int length) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "sha256:";
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[hash[i] >> 4];
    out += kHex[hash[i] & 0xF];
  }
  return out;
}

}  // namespace

std::string sha256_digest(std::string_view data) {
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(data.data(), data.size(), hash, &length, EVP_sha256(), nullptr);
  return digest_text(hash, length);
}

}  // namespace lapaudit
