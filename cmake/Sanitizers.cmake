# rs_sanitizers: an INTERFACE target with ASan + UBSan flags when RS_SANITIZE is on, empty otherwise.
add_library(rs_sanitizers INTERFACE)
if(RS_SANITIZE)
  set(_rs_san_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(rs_sanitizers INTERFACE ${_rs_san_flags})
  target_link_options(rs_sanitizers INTERFACE ${_rs_san_flags})
endif()
