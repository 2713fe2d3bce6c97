#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "almanac_system.h"

int almanac_exchange_paths(const char *first, const char *second) {
#ifdef RENAME_EXCHANGE
  return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
  errno = ENOSYS;
  return -1;
#endif
}

void almanac_release_free_memory(void) {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}
