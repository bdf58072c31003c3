#pragma once

#include <sqfs/compressor.h>
#include <sqfs/data_reader.h>
#include <sqfs/dir_reader.h>
#include <sqfs/error.h>
#include <sqfs/id_table.h>
#include <sqfs/inode.h>
#include <sqfs/io.h>
#include <sqfs/super.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A squashfs image stored at an offset inside a larger file (the AppImage), read through libsquashfs. The whole
// directory tree is loaded once when the image is opened: an AppDir holds a few hundred entries, and having every
// inode in memory makes both extraction and the FUSE file system simple lookups.
typedef struct squash_image
{
    sqfs_file_t *file;
    sqfs_super_t super;
    sqfs_compressor_t *compressor;
    sqfs_id_table_t *ids;
    sqfs_dir_reader_t *directories;
    sqfs_data_reader_t *data;
    sqfs_tree_node_t *root;
} squash_image;

// Opens the image that starts `offset` bytes into `path`. On failure returns NULL and writes why into `error`.
squash_image *squash_image_open(const char *path, uint64_t offset, char *error, size_t error_size);
void squash_image_close(squash_image *image);

// Properties of an inode, whatever its basic or extended on-disk form.
uint32_t squash_inode_links(const sqfs_inode_generic_t *inode);
uint64_t squash_inode_size(const sqfs_inode_generic_t *inode);
// The target of a symbolic link, NUL-terminated, in a buffer the caller frees; NULL when not a link.
char *squash_inode_link_target(const sqfs_inode_generic_t *inode);

// Extracts the entries whose path (relative to the image root, e.g. "usr/bin/app") matches the fnmatch(3) `pattern`,
// everything under matching directories, and the directories leading to them, into `destination` (created when
// missing). A NULL pattern extracts everything. With `verbose`, prints each extracted path. Returns 0 on success.
int squash_image_extract(squash_image *image, const char *destination, const char *pattern, bool verbose);

// A message for a libsquashfs error code.
const char *squash_error_string(int code);
