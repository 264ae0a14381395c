#include "input_text.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

namespace lapaudit {
namespace {

Error unreadable(const std::string& path, int error) {
  return Error{path, 0, 0, std::string("cannot be read: ") + std::strerror(error)};
}

// Reads what is left of `fd` to its end (a pipe, or a file that grew after it was measured).
bool read_rest(int fd, std::string& out) {
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
  if (S_ISREG(info.st_mode) && info.st_size > 0) {
    auto size = static_cast<std::size_t>(info.st_size);
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped != MAP_FAILED) {
      ::madvise(mapped, size, MADV_SEQUENTIAL);
      text.mapped_ = static_cast<const char*>(mapped);
      text.size_ = size;
      return text;
    }
  }
  if (!read_rest(fd, text.held_)) return unreadable(path, errno);
  return text;
}

InputText InputText::hold(std::string text) {
  InputText out;
  out.held_ = std::move(text);
  return out;
}

InputText::InputText(InputText&& other) noexcept
    : held_(std::move(other.held_)),
      mapped_(std::exchange(other.mapped_, nullptr)),
      size_(std::exchange(other.size_, 0)) {}

InputText& InputText::operator=(InputText&& other) noexcept {
  if (this != &other) {
    unmap();
    held_ = std::move(other.held_);
    mapped_ = std::exchange(other.mapped_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

InputText::~InputText() { unmap(); }

void InputText::unmap() {
  if (mapped_ != nullptr) ::munmap(const_cast<char*>(mapped_), size_);
  mapped_ = nullptr;
  size_ = 0;
}

void InputText::release(std::size_t begin, std::size_t end) const {
  if (mapped_ == nullptr) return;
  static const auto kPage = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  end = std::min(end, size_);
  std::size_t first = (begin + kPage - 1) / kPage * kPage;  // whole pages only
  std::size_t last = end / kPage * kPage;
  if (first >= last) return;
  ::madvise(const_cast<char*>(mapped_) + first, last - first, MADV_DONTNEED);
}

}  // namespace lapaudit
