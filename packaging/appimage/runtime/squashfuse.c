#define FUSE_USE_VERSION 34

#include "squashfuse.h"

#include <errno.h>
#include <fcntl.h>
#include <fuse_lowlevel.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

// The image never changes while mounted, so the kernel may cache entries and attributes for as long as it likes.
static const double cache_seconds = 365.0 * 24 * 3600;

// Node ids are the addresses of the tree nodes loaded when the image was opened; the root has the fixed id FUSE
// requires. The tree outlives the session, so an id stays valid for as long as the kernel may use it.
static const sqfs_tree_node_t *node_of(fuse_req_t request, fuse_ino_t id)
{
    const squash_image *image = fuse_req_userdata(request);
    return id == FUSE_ROOT_ID ? image->root : (const sqfs_tree_node_t *)(uintptr_t)id;
}

static fuse_ino_t id_of(const squash_image *image, const sqfs_tree_node_t *node)
{
    return node == image->root ? FUSE_ROOT_ID : (fuse_ino_t)(uintptr_t)node;
}

static void fill_stat(const squash_image *image, const sqfs_tree_node_t *node, struct stat *st)
{
    memset(st, 0, sizeof *st);
    const sqfs_inode_generic_t *inode = node->inode;
    st->st_ino = inode->base.inode_number;
    st->st_mode = inode->base.mode;
    st->st_nlink = squash_inode_links(inode);
    st->st_uid = node->uid;
    st->st_gid = node->gid;
    st->st_size = (off_t)squash_inode_size(inode);
    st->st_blksize = (blksize_t)image->super.block_size;
    st->st_blocks = (blkcnt_t)((st->st_size + 511) / 512);
    st->st_atim.tv_sec = st->st_mtim.tv_sec = st->st_ctim.tv_sec = inode->base.mod_time;
}

static void op_lookup(fuse_req_t request, fuse_ino_t parent, const char *name)
{
    const squash_image *image = fuse_req_userdata(request);
    const sqfs_tree_node_t *directory = node_of(request, parent);
    if (!S_ISDIR(directory->inode->base.mode)) {
        fuse_reply_err(request, ENOTDIR);
        return;
    }
    struct fuse_entry_param entry;
    memset(&entry, 0, sizeof entry);
    // A reply with id 0 is a cached "no such entry": Qt probes many paths that do not exist (plugins, configs).
    entry.entry_timeout = cache_seconds;
    entry.attr_timeout = cache_seconds;
    for (const sqfs_tree_node_t *child = directory->children; child; child = child->next) {
        if (strcmp((const char *)child->name, name) == 0) {
            entry.ino = id_of(image, child);
            fill_stat(image, child, &entry.attr);
            break;
        }
    }
    fuse_reply_entry(request, &entry);
}

static void op_getattr(fuse_req_t request, fuse_ino_t id, struct fuse_file_info *info)
{
    (void)info;
    struct stat st;
    fill_stat(fuse_req_userdata(request), node_of(request, id), &st);
    fuse_reply_attr(request, &st, cache_seconds);
}

static void op_readlink(fuse_req_t request, fuse_ino_t id)
{
    char *target = squash_inode_link_target(node_of(request, id)->inode);
    if (!target) {
        fuse_reply_err(request, EINVAL);
        return;
    }
    fuse_reply_readlink(request, target);
    free(target);
}

static void op_open(fuse_req_t request, fuse_ino_t id, struct fuse_file_info *info)
{
    const sqfs_tree_node_t *node = node_of(request, id);
    if (S_ISDIR(node->inode->base.mode)) {
        fuse_reply_err(request, EISDIR);
    } else if ((info->flags & O_ACCMODE) != O_RDONLY) {
        fuse_reply_err(request, EROFS);
    } else {
        info->keep_cache = 1;
        fuse_reply_open(request, info);
    }
}

static void op_read(fuse_req_t request, fuse_ino_t id, size_t size, off_t offset, struct fuse_file_info *info)
{
    (void)info;
    squash_image *image = fuse_req_userdata(request);
    const sqfs_tree_node_t *node = node_of(request, id);
    const uint64_t file_size = squash_inode_size(node->inode);
    if ((uint64_t)offset >= file_size) {
        fuse_reply_buf(request, NULL, 0);
        return;
    }
    if (size > file_size - (uint64_t)offset)
        size = (size_t)(file_size - (uint64_t)offset);
    char *buffer = malloc(size);
    if (!buffer) {
        fuse_reply_err(request, ENOMEM);
        return;
    }
    const sqfs_s32 got = sqfs_data_reader_read(image->data, node->inode, (sqfs_u64)offset, buffer, (sqfs_u32)size);
    if (got < 0)
        fuse_reply_err(request, EIO);
    else
        fuse_reply_buf(request, buffer, (size_t)got);
    free(buffer);
}

static void op_opendir(fuse_req_t request, fuse_ino_t id, struct fuse_file_info *info)
{
    if (!S_ISDIR(node_of(request, id)->inode->base.mode)) {
        fuse_reply_err(request, ENOTDIR);
        return;
    }
    info->cache_readdir = 1;
    info->keep_cache = 1;
    fuse_reply_open(request, info);
}

static void op_readdir(fuse_req_t request, fuse_ino_t id, size_t size, off_t offset, struct fuse_file_info *info)
{
    (void)info;
    const sqfs_tree_node_t *directory = node_of(request, id);
    char *buffer = malloc(size);
    if (!buffer) {
        fuse_reply_err(request, ENOMEM);
        return;
    }
    // Entry i of the listing is ".", "..", then the children in image order; the offset handed back is i + 1.
    size_t used = 0;
    off_t index = 0;
    const sqfs_tree_node_t *child = directory->children;
    for (; index < 2 || child; ++index) {
        const sqfs_tree_node_t *node = index == 0 ? directory
            : index == 1                          ? (directory->parent ? directory->parent : directory)
                                                  : child;
        const char *name = index == 0 ? "." : index == 1 ? ".." : (const char *)child->name;
        if (index >= 2)
            child = child->next;
        if (index < offset)
            continue;
        struct stat st;
        memset(&st, 0, sizeof st);
        st.st_ino = node->inode->base.inode_number;
        st.st_mode = node->inode->base.mode;
        const size_t needed = fuse_add_direntry(request, buffer + used, size - used, name, &st, index + 1);
        if (needed > size - used)
            break;
        used += needed;
    }
    fuse_reply_buf(request, buffer, used);
    free(buffer);
}

static void op_statfs(fuse_req_t request, fuse_ino_t id)
{
    (void)id;
    const squash_image *image = fuse_req_userdata(request);
    struct statvfs st;
    memset(&st, 0, sizeof st);
    st.f_bsize = st.f_frsize = image->super.block_size;
    st.f_blocks = (image->super.bytes_used + image->super.block_size - 1) / image->super.block_size;
    st.f_files = image->super.inode_count;
    st.f_namemax = 256;
    st.f_flag = ST_RDONLY | ST_NOSUID | ST_NODEV;
    fuse_reply_statfs(request, &st);
}

static const struct fuse_lowlevel_ops operations = {
    .lookup = op_lookup,
    .getattr = op_getattr,
    .readlink = op_readlink,
    .open = op_open,
    .read = op_read,
    .opendir = op_opendir,
    .readdir = op_readdir,
    .statfs = op_statfs,
};

int squash_fuse_serve(squash_image *image, const char *mountpoint, const char *name, int ready_fd)
{
    // Mount options are comma-separated: keep the source name free of separators and escapes.
    char options[512];
    char source[256];
    size_t length = 0;
    for (const char *c = name; *c && length + 1 < sizeof source; ++c)
        source[length++] = (*c == ',' || *c == '\\' || *c == ' ') ? '_' : *c;
    source[length] = '\0';
    snprintf(options, sizeof options, "ro,nodev,nosuid,default_permissions,fsname=%s,subtype=appimage", source);

    char program[] = "appimage-runtime";
    char option_flag[] = "-o";
    char *arguments[] = {program, option_flag, options, NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, arguments);
    struct fuse_session *session = fuse_session_new(&args, &operations, sizeof operations, image);
    if (!session)
        return -1;
    int result = -1;
    if (fuse_set_signal_handlers(session) == 0) {
        if (fuse_session_mount(session, mountpoint) == 0) {
            const char ready = 1;
            result = write(ready_fd, &ready, 1) == 1 ? 0 : -1;
            close(ready_fd);
            if (result == 0)
                result = fuse_session_loop(session) < 0 ? -1 : 0;
            fuse_session_unmount(session);
        }
        fuse_remove_signal_handlers(session);
    }
    fuse_session_destroy(session);
    return result;
}

#define SQUASH_STRINGIFY(x) #x
#define SQUASH_VERSION_STRING(major, minor) SQUASH_STRINGIFY(major) "." SQUASH_STRINGIFY(minor)

const char *squash_fuse_library_version(void)
{
    // Not fuse_pkgversion(): it lives with libfuse's high-level API, whose module loader would pull dlopen into
    // this static executable. The library is linked statically, so the headers' version is the one running.
    return SQUASH_VERSION_STRING(FUSE_MAJOR_VERSION, FUSE_MINOR_VERSION);
}
