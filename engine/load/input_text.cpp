// SPDX-License-Identifier: Apache-2.0
#include "load/input_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

namespace lapaudit {
namespace {

Error unreadable(const std::string& path, int error) {
  return Error{path, 0, 0, std::string("cannot be read: ") + std::strerror(error)};
}

std::string mib(std::size_t bytes) {
  return bytes < (std::size_t{1} << 20) ? std::to_string(bytes) + " bytes"
                                        : std::to_string(bytes >> 20) + " MiB";
}

Error over_limit(const std::string& path, const ReadLimit& limit) {
  std::string message = "is larger than " + mib(limit.max_bytes) + ", the limit for one input";
  return Error{path, 0, 0, limit.advice.empty() ? message : message + ": " + limit.advice};
}

// Reads `fd` to its end into `out` (a file may grow after it was measured; a pipe has no size),
// or the Error that stopped it (more than the limit, a read that failed).
std::optional<Error> read_all(int fd, const std::string& path, const ReadLimit& limit,
                              std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return std::nullopt;
    if (n < 0) {
      if (errno == EINTR) continue;
      return unreadable(path, errno);
    }
    if (static_cast<std::size_t>(n) > limit.max_bytes - out.size()) return over_limit(path, limit);
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace

Result<InputText> InputText::open(const std::string& path, const ReadLimit& limit) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int error = errno;
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      return Error{path, 0, 0, "is a folder, not a file"};
    }
    return unreadable(path, error);
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) return unreadable(path, errno);
  if (S_ISDIR(info.st_mode)) return Error{path, 0, 0, "is a folder, not a file"};
  if (limit.regular_files_only && !S_ISREG(info.st_mode)) {
    return Error{path, 0, 0, "is not a file (a device or a pipe): give the file itself"};
  }
  if (S_ISREG(info.st_mode) && static_cast<std::size_t>(info.st_size) > limit.max_bytes) {
    return over_limit(path, limit);
  }
  InputText text;
  if (S_ISREG(info.st_mode)) text.text_.reserve(static_cast<std::size_t>(info.st_size));
  if (auto error = read_all(fd, path, limit, text.text_)) return *error;
  return text;
}

Result<InputText> InputText::read(int fd, const std::string& name, const ReadLimit& limit) {
  InputText text;
  if (auto error = read_all(fd, name, limit, text.text_)) return *error;
  return text;
}

InputText InputText::hold(std::string text) {
  InputText out;
  out.text_ = std::move(text);
  return out;
}

}  // namespace lapaudit
