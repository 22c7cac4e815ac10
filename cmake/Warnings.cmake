# rs_warnings: an INTERFACE target carrying our warning flags. Link it PRIVATE to our own
# targets only, so third-party headers and targets never see -Werror.
add_library(rs_warnings INTERFACE)
target_compile_options(rs_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(RS_WARNINGS_AS_ERRORS)
  target_compile_options(rs_warnings INTERFACE -Werror)
endif()
