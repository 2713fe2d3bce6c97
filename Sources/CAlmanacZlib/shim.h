#ifndef ALMANAC_CALMANACZLIB_SHIM_H
#define ALMANAC_CALMANACZLIB_SHIM_H
#include <zlib.h>
#endif
