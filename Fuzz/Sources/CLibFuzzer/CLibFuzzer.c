// Only the header matters: libFuzzer itself is linked into each fuzz target.
#include "CLibFuzzer.h"
