#include "file_source.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace lapaudit {

Result<std::string> DiskFileSource::read(const std::string& path) const {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Error{path, 0, 0, "is a folder, not a file"};
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                       &std::fclose);
  if (!file) return Error{path, 0, 0, std::string("cannot be read: ") + std::strerror(errno)};
  // Straight into one buffer of the file's size; a file that grows meanwhile is read on.
  std::string content;
  if (auto size = std::filesystem::file_size(path, ec); !ec) {
    content.resize(size);
    content.resize(std::fread(content.data(), 1, size, file.get()));
  }
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) content.append(buffer, n);
  if (std::ferror(file.get())) {
    return Error{path, 0, 0, std::string("cannot be read: ") + std::strerror(errno)};
  }
  return content;
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

std::string sha256_digest(std::string_view data, std::size_t block,
                          const std::function<void(std::size_t, std::size_t)>& after_block) {
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr);
  for (std::size_t begin = 0; begin < data.size(); begin += block) {
    std::size_t end = std::min(data.size(), begin + block);
    EVP_DigestUpdate(context.get(), data.data() + begin, end - begin);
    if (after_block) after_block(begin, end);
  }
  unsigned char hash[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(context.get(), hash, &length);
  return digest_text(hash, length);
}

}  // namespace lapaudit
