# Script mode: writes the man page runstrength(1) from the program's own help with help2man.
#   cmake -DPROGRAM=path/to/runstrength -DOUTPUT=runstrength.1 -P man_page.cmake
# help2man reads `runstrength --help` and `--version`; a COMMANDS section adds each command's help.
execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE _help RESULT_VARIABLE _status)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "${PROGRAM} --help failed")
endif()
string(REGEX MATCH "Subcommands:\n(.*)$" _ "${_help}")
string(REGEX MATCHALL "\n  ([a-z]+) " _names "\n${CMAKE_MATCH_1}")
set(_include "[COMMANDS]\n")
foreach(_line IN LISTS _names)
  string(STRIP "${_line}" _name)
  execute_process(COMMAND "${PROGRAM}" ${_name} --help OUTPUT_VARIABLE _command_help)
  string(REPLACE "\\" "\\\\" _command_help "${_command_help}")
  string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" _command_help "${_command_help}")
  string(APPEND _include ".SS ${_name}\n.nf\n${_command_help}.fi\n")
endforeach()
string(APPEND _include "[ENVIRONMENT]\n"
  ".TP\n.B RUNSTRENGTH_DB\nThe library file, unless --db is given.\n"
  ".TP\n.B RUNSTRENGTH_CONTENT\nThe content folder imported by default.\n"
  ".TP\n.B COLUMNS\nThe width tables and the plan are fitted to.\n"
  ".TP\n.B NO_COLOR\nNo colour with --color auto.\n"
  ".TP\n.B PAGER\nThe pager for long output on a terminal (default less).\n"
  "[EXIT STATUS]\n0 success, 1 a failure (bad input, failed files, a busy library), 2 a usage error.\n")
file(WRITE "${OUTPUT}.include" "${_include}")
execute_process(
  COMMAND help2man --no-info --section 1 --name "strength training plans for runners" --include "${OUTPUT}.include"
          --output "${OUTPUT}" "${PROGRAM}"
  RESULT_VARIABLE _status)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "help2man failed")
endif()
# Debian ships man pages compressed, without a time stamp in the gzip header.
execute_process(COMMAND gzip -9nc "${OUTPUT}" OUTPUT_FILE "${OUTPUT}.gz" RESULT_VARIABLE _status)
if(NOT _status EQUAL 0)
  message(FATAL_ERROR "gzip failed")
endif()
