# rs_embed_files(OUTPUT file.cpp SYMBOL name FILES a b ...)
# Generates a C++ source defining `const std::vector<rs::EmbeddedFile>& rs::<SYMBOL>()` holding each
# file's name and bytes. The generated file is rebuilt whenever one of the embedded files changes.
set(RS_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed_files_script.cmake")

function(rs_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT;SYMBOL" "FILES" ${ARGN})
  string(REPLACE ";" "|" _files "${ARG_FILES}")
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND "${CMAKE_COMMAND}" "-DOUTPUT=${ARG_OUTPUT}" "-DSYMBOL=${ARG_SYMBOL}" "-DFILES=${_files}"
            -P "${RS_EMBED_SCRIPT}"
    DEPENDS ${ARG_FILES} "${RS_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_SYMBOL}"
    VERBATIM)
endfunction()
