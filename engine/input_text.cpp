#include "input_text.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <mutex>
#include <utility>

namespace lapaudit {
namespace {

// The mapped inputs, for the SIGBUS handler, which may only read them: a slot is filled (path
// first, then size, then the address that makes it live) and emptied (address first) under
// `slots_mutex` by the threads that map and unmap; the handler reads the atomics alone.
struct MappedSlot {
  std::atomic<const char*> begin{nullptr};
  std::atomic<std::size_t> size{0};
  std::atomic<const char*> path{nullptr};
};
constexpr int kSlots = 64;  // inputs mapped at once; past that a file is mapped unwatched
MappedSlot slots[kSlots];
std::mutex slots_mutex;
std::atomic<InputText::LostInputHandler> lost_input_handler{nullptr};

void on_bus_error(int signal, siginfo_t* info, void* /*context*/) {
  const char* address = static_cast<const char*>(info->si_addr);
  InputText::LostInputHandler handler = lost_input_handler.load();
  for (const auto& slot : slots) {
    const char* begin = slot.begin.load();
    if (begin == nullptr || handler == nullptr || address < begin) continue;
    if (static_cast<std::size_t>(address - begin) < slot.size.load()) handler(slot.path.load());
  }
  // Not an input's page: the system's default action (the signal is blocked until this
  // handler returns, then delivered).
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

int watch_mapping(const char* begin, std::size_t size, const std::string& path) {
  if (lost_input_handler.load() == nullptr) return -1;
  std::lock_guard<std::mutex> lock(slots_mutex);
  for (int i = 0; i < kSlots; ++i) {
    MappedSlot& slot = slots[i];
    if (slot.begin.load() != nullptr || slot.path.load() != nullptr) continue;
    char* copy = new char[path.size() + 1];
    std::memcpy(copy, path.c_str(), path.size() + 1);
    slot.path.store(copy);
    slot.size.store(size);
    slot.begin.store(begin);
    return i;
  }
  return -1;
}

void unwatch_mapping(int i) {
  if (i < 0) return;
  std::lock_guard<std::mutex> lock(slots_mutex);
  MappedSlot& slot = slots[i];
  slot.begin.store(nullptr);
  slot.size.store(0);
  delete[] slot.path.exchange(nullptr);
}

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
      text.slot_ = watch_mapping(text.mapped_, size, path);
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
      size_(std::exchange(other.size_, 0)),
      slot_(std::exchange(other.slot_, -1)) {}

InputText& InputText::operator=(InputText&& other) noexcept {
  if (this != &other) {
    unmap();
    held_ = std::move(other.held_);
    mapped_ = std::exchange(other.mapped_, nullptr);
    size_ = std::exchange(other.size_, 0);
    slot_ = std::exchange(other.slot_, -1);
  }
  return *this;
}

InputText::~InputText() { unmap(); }

void InputText::unmap() {
  unwatch_mapping(std::exchange(slot_, -1));
  if (mapped_ != nullptr) ::munmap(const_cast<char*>(mapped_), size_);
  mapped_ = nullptr;
  size_ = 0;
}

void InputText::on_lost_input(LostInputHandler handler) {
  if (lost_input_handler.exchange(handler) != nullptr) return;  // installed already
  struct sigaction action {};
  action.sa_sigaction = on_bus_error;
  action.sa_flags = SA_SIGINFO;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGBUS, &action, nullptr);
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
