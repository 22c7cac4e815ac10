# rs_warnings: an INTERFACE target carrying our warning flags. Link it PRIVATE to our own
# targets only, so third-party headers and targets never see -Werror.
add_library(rs_warnings INTERFACE)
target_compile_options(rs_warnings INTERFACE -Wall -Wextra -Wpedantic)
# GCC 12 at -O2 and above reports a false -Wrestrict inside libstdc++ for `"literal" + std::string`
# (GCC bug 105329, fixed in GCC 13); it only clutters the release build of a newcomer's first run.
target_compile_options(rs_warnings INTERFACE
  $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>)
if(RS_WARNINGS_AS_ERRORS)
  target_compile_options(rs_warnings INTERFACE -Werror)
endif()
