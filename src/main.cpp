// runstrength: strength training for runners. Everything happens in rs::cli::run.
#include "cli/run.hpp"

int main(int argc, char** argv) { return rs::cli::run(argc, argv); }
