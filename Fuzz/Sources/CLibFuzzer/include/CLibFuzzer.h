#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver: parses libFuzzer's command line and runs the fuzzing loop with `callback`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
