// SPDX-License-Identifier: Apache-2.0
#include "load/input_text.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace lapaudit {
namespace {

Error unreadable(const std::string& path, int error) {
  return Error{path, 0, 0, std::string("cannot be read: ") + std::strerror(error)};
}

// Reads `fd` to its end into `out` (a file may grow after it was measured; a pipe has no size).
bool read_all(int fd, std::string& out) {
  char buffer[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace

Result<InputText> InputText::open(const std::string& path) {
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
  InputText text;
  if (S_ISREG(info.st_mode)) text.text_.reserve(static_cast<std::size_t>(info.st_size));
  if (!read_all(fd, text.text_)) return unreadable(path, errno);
  return text;
}

InputText InputText::hold(std::string text) {
  InputText out;
  out.text_ = std::move(text);
  return out;
}

}  // namespace lapaudit
