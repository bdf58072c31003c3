#pragma once

#include "squashimage.h"

// Serves `image` read-only on `mountpoint` through FUSE until the session is told to stop (SIGTERM, SIGINT or
// SIGHUP to this process) or the file system is unmounted, then unmounts. Writes one byte to `ready_fd` once the
// mount is in place, so the caller knows it may use it; on failure before that, nothing is written and the function
// returns non-zero. `name` appears as the file system's source in /proc/mounts.
int squash_fuse_serve(squash_image *image, const char *mountpoint, const char *name, int ready_fd);

// The version of the libfuse linked in, e.g. "3.14".
const char *squash_fuse_library_version(void);
