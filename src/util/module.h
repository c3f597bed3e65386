// The optional parts of dyad built as loadable modules (libdyad_NAME.so beside the executable):
// the PostgreSQL store and the web server. Linked into the executable, their libraries (libpq
// with Kerberos, LDAP and GnuTLS; cpp-httplib with OpenSSL and Brotli: 28 shared objects) were
// loaded, relocated and initialised at the start of every run, ~25 ms of CPU before main(); now
// only a run that opens a postgresql:// store or serves loads them (docs/performance.md).
//
// A module's undefined symbols are dyad's own (the store's base classes, the API's queries), so
// an executable that loads one exports its symbols (CMake ENABLE_EXPORTS).
#pragma once

#include <string>

namespace dyad {

// The address of `symbol` in module `name` (libdyad_NAME.so), loading the module on first use; it
// is never unloaded. Looked for in $DYAD_MODULES, beside the executable, in ../lib/dyad from it,
// then in the build tree. Throws std::runtime_error naming every place tried, or the loader's
// error (a missing library, an unresolved symbol).
void* module_symbol(const std::string& name, const char* symbol);

// module_symbol as a function pointer of type `Function` (the entry point's declared type).
template <typename Function>
Function* module_function(const std::string& name, const char* symbol) {
  return reinterpret_cast<Function*>(module_symbol(name, symbol));
}

}  // namespace dyad
