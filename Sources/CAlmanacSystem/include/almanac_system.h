#ifndef ALMANAC_SYSTEM_H
#define ALMANAC_SYSTEM_H

/// Atomically swaps two paths (files or folders) with renameat2(RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (EINVAL or ENOSYS where the file system or
/// kernel cannot exchange).
int almanac_exchange_paths(const char *first, const char *second);

#endif
