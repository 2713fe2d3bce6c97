// The declaration lives in the header; libFuzzer provides the definition at link time.
#include "CFuzzerDriver.h"
