#include "util/module.h"

#include <dlfcn.h>

#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <vector>

#include "util/paths.h"

namespace dyad {

namespace {

std::vector<std::filesystem::path> module_dirs() {
  std::vector<std::filesystem::path> dirs;
  if (const char* env = std::getenv("DYAD_MODULES"); env && *env) dirs.emplace_back(env);
  if (const auto exe = executable_dir(); !exe.empty()) {
    dirs.push_back(exe);
    dirs.push_back(exe.parent_path() / "lib" / "dyad");
  }
  dirs.emplace_back(DYAD_MODULE_DIR);
  return dirs;
}

void* load_module(const std::string& name) {
  const std::string file = "libdyad_" + name + ".so";
  std::string tried;
  for (const auto& dir : module_dirs()) {
    const auto path = dir / file;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      tried += (tried.empty() ? "" : ", ") + dir.string();
      continue;
    }
    // RTLD_NOW: a symbol the executable lacks fails here, not in the middle of a run.
    if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
    throw std::runtime_error("cannot load " + path.string() + ": " + dlerror());
  }
  throw std::runtime_error("cannot find " + file + " (dyad's " + name + " module; tried " + tried +
                           "); set DYAD_MODULES to its directory");
}

}  // namespace

void* module_symbol(const std::string& name, const char* symbol) {
  static std::mutex mutex;
  static std::unordered_map<std::string, void*> loaded;
  const std::lock_guard lock(mutex);
  void*& handle = loaded[name];
  if (handle == nullptr) handle = load_module(name);
  dlerror();
  void* address = dlsym(handle, symbol);
  if (address == nullptr) throw std::runtime_error("libdyad_" + name + ".so has no " + symbol);
  return address;
}

}  // namespace dyad
