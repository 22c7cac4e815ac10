// libFuzzer target fuzz_calendar: see tests/fuzz/entries.hpp and docs/fuzzing.md.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rs::fuzz::calendar_entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
