#include "squashimage.h"

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// ---- the image as a window of a larger file ---------------------------------------------------------------------

typedef struct
{
    sqfs_file_t base;
    int fd;
    uint64_t offset;
    uint64_t size;
} window_file;

static void window_destroy(sqfs_object_t *object)
{
    window_file *file = (window_file *)object;
    close(file->fd);
    free(file);
}

static sqfs_object_t *window_copy(const sqfs_object_t *object);

static int window_read_at(sqfs_file_t *base, sqfs_u64 position, void *buffer, size_t size)
{
    window_file *file = (window_file *)base;
    if (position > file->size || size > file->size - position)
        return SQFS_ERROR_OUT_OF_BOUNDS;
    size_t done = 0;
    while (done < size) {
        const ssize_t n = pread(file->fd, (char *)buffer + done, size - done, (off_t)(file->offset + position + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return SQFS_ERROR_IO;
        done += (size_t)n;
    }
    return 0;
}

static int window_write_at(sqfs_file_t *base, sqfs_u64 position, const void *buffer, size_t size)
{
    (void)base, (void)position, (void)buffer, (void)size;
    return SQFS_ERROR_IO; // the image is read-only
}

static sqfs_u64 window_get_size(const sqfs_file_t *base)
{
    return ((const window_file *)base)->size;
}

static int window_truncate(sqfs_file_t *base, sqfs_u64 size)
{
    (void)base, (void)size;
    return SQFS_ERROR_IO;
}

static window_file *window_new(int fd, uint64_t offset, uint64_t size)
{
    window_file *file = calloc(1, sizeof *file);
    if (!file)
        return NULL;
    file->base.base.destroy = window_destroy;
    file->base.base.copy = window_copy;
    file->base.read_at = window_read_at;
    file->base.write_at = window_write_at;
    file->base.get_size = window_get_size;
    file->base.truncate = window_truncate;
    file->fd = fd;
    file->offset = offset;
    file->size = size;
    return file;
}

static sqfs_object_t *window_copy(const sqfs_object_t *object)
{
    const window_file *original = (const window_file *)object;
    const int fd = fcntl(original->fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return NULL;
    window_file *copy = window_new(fd, original->offset, original->size);
    if (!copy)
        close(fd);
    return (sqfs_object_t *)copy;
}

// ---- opening ----------------------------------------------------------------------------------------------------

const char *squash_error_string(int code)
{
    switch (code) {
    case SQFS_ERROR_ALLOC:
        return "out of memory";
    case SQFS_ERROR_IO:
        return "input/output error";
    case SQFS_ERROR_COMPRESSOR:
        return "decompression failed";
    case SQFS_ERROR_CORRUPTED:
        return "the image is corrupted";
    case SQFS_ERROR_UNSUPPORTED:
        return "unsupported image feature";
    case SQFS_ERROR_OVERFLOW:
        return "numeric overflow";
    case SQFS_ERROR_OUT_OF_BOUNDS:
        return "read beyond the end of the image";
    case SFQS_ERROR_SUPER_MAGIC: // sic: libsquashfs 1.2 spells these two with "SFQS"
        return "no squashfs image at this offset";
    case SFQS_ERROR_SUPER_VERSION:
        return "unsupported squashfs version";
    case SQFS_ERROR_SUPER_BLOCK_SIZE:
        return "invalid block size";
    case SQFS_ERROR_NOT_DIR:
        return "not a directory";
    case SQFS_ERROR_NO_ENTRY:
        return "no such entry";
    case SQFS_ERROR_LINK_LOOP:
        return "hard link loop";
    case SQFS_ERROR_NOT_FILE:
        return "not a regular file";
    default:
        return "libsquashfs error";
    }
}

squash_image *squash_image_open(const char *path, uint64_t offset, char *error, size_t error_size)
{
    const int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(error, error_size, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (uint64_t)st.st_size <= offset) {
        snprintf(error, error_size, "%s holds no squashfs image after offset %llu", path, (unsigned long long)offset);
        close(fd);
        return NULL;
    }
    squash_image *image = calloc(1, sizeof *image);
    window_file *file = image ? window_new(fd, offset, (uint64_t)st.st_size - offset) : NULL;
    if (!file) {
        snprintf(error, error_size, "out of memory");
        free(image);
        close(fd);
        return NULL;
    }
    image->file = &file->base;

    int code = sqfs_super_read(&image->super, image->file);
    const char *step = "superblock";
    sqfs_compressor_config_t config;
    if (code == 0) {
        step = "compressor";
        code = sqfs_compressor_config_init(&config, (SQFS_COMPRESSOR)image->super.compression_id,
                                           image->super.block_size, SQFS_COMP_FLAG_UNCOMPRESS);
    }
    if (code == 0)
        code = sqfs_compressor_create(&config, &image->compressor);
    if (code == 0) {
        step = "id table";
        image->ids = sqfs_id_table_create(0);
        code = image->ids ? sqfs_id_table_read(image->ids, image->file, &image->super, image->compressor)
                          : SQFS_ERROR_ALLOC;
    }
    if (code == 0) {
        step = "directory table";
        image->directories = sqfs_dir_reader_create(&image->super, image->compressor, image->file, 0);
        code = image->directories ? 0 : SQFS_ERROR_ALLOC;
    }
    if (code == 0) {
        step = "fragment table";
        image->data = sqfs_data_reader_create(image->file, image->super.block_size, image->compressor, 0);
        code = image->data ? sqfs_data_reader_load_fragment_table(image->data, &image->super) : SQFS_ERROR_ALLOC;
    }
    if (code == 0) {
        step = "directory tree";
        code = sqfs_dir_reader_get_full_hierarchy(image->directories, image->ids, NULL, 0, &image->root);
    }
    if (code != 0) {
        snprintf(error, error_size, "cannot read the squashfs image in %s (%s): %s", path, step,
                 squash_error_string(code));
        squash_image_close(image);
        return NULL;
    }
    return image;
}

void squash_image_close(squash_image *image)
{
    if (!image)
        return;
    if (image->root)
        sqfs_dir_tree_destroy(image->root);
    sqfs_destroy(image->data);
    sqfs_destroy(image->directories);
    sqfs_destroy(image->ids);
    sqfs_destroy(image->compressor);
    sqfs_destroy(image->file);
    free(image);
}

// ---- inode properties -------------------------------------------------------------------------------------------

uint32_t squash_inode_links(const sqfs_inode_generic_t *inode)
{
    switch (inode->base.type) {
    case SQFS_INODE_DIR:
        return inode->data.dir.nlink;
    case SQFS_INODE_EXT_DIR:
        return inode->data.dir_ext.nlink;
    case SQFS_INODE_EXT_FILE:
        return inode->data.file_ext.nlink;
    case SQFS_INODE_SLINK:
        return inode->data.slink.nlink;
    case SQFS_INODE_EXT_SLINK:
        return inode->data.slink_ext.nlink;
    case SQFS_INODE_BDEV:
    case SQFS_INODE_CDEV:
        return inode->data.dev.nlink;
    case SQFS_INODE_EXT_BDEV:
    case SQFS_INODE_EXT_CDEV:
        return inode->data.dev_ext.nlink;
    case SQFS_INODE_FIFO:
    case SQFS_INODE_SOCKET:
        return inode->data.ipc.nlink;
    case SQFS_INODE_EXT_FIFO:
    case SQFS_INODE_EXT_SOCKET:
        return inode->data.ipc_ext.nlink;
    default:
        return 1; // a basic file inode has no link count: it has exactly one
    }
}

uint64_t squash_inode_size(const sqfs_inode_generic_t *inode)
{
    switch (inode->base.type) {
    case SQFS_INODE_FILE:
    case SQFS_INODE_EXT_FILE: {
        sqfs_u64 size = 0;
        sqfs_inode_get_file_size(inode, &size);
        return size;
    }
    case SQFS_INODE_SLINK:
        return inode->data.slink.target_size;
    case SQFS_INODE_EXT_SLINK:
        return inode->data.slink_ext.target_size;
    case SQFS_INODE_DIR:
        return inode->data.dir.size;
    case SQFS_INODE_EXT_DIR:
        return inode->data.dir_ext.size;
    default:
        return 0;
    }
}

char *squash_inode_link_target(const sqfs_inode_generic_t *inode)
{
    if (inode->base.type != SQFS_INODE_SLINK && inode->base.type != SQFS_INODE_EXT_SLINK)
        return NULL;
    const size_t length = (size_t)squash_inode_size(inode);
    char *target = malloc(length + 1);
    if (target) {
        memcpy(target, inode->extra, length);
        target[length] = '\0';
    }
    return target;
}

// ---- extraction -------------------------------------------------------------------------------------------------

// One directory on the way down. Directories are created lazily, the first time something inside them is
// extracted, so a pattern that matches a single file creates only the directories leading to it.
typedef struct frame
{
    struct frame *parent;
    const sqfs_tree_node_t *node;
    size_t length; // of this directory's path in the shared path buffer
    bool created;
} frame;

typedef struct
{
    uint32_t inode;
    char *path;
} hard_link;

typedef struct
{
    squash_image *image;
    const char *pattern;
    bool verbose;
    char path[PATH_MAX];
    size_t base_length; // of the destination directory, before the first '/'
    unsigned char *buffer;
    hard_link *links;
    size_t link_count;
    size_t link_capacity;
} extraction;

static int fail_path(const char *what, const char *path)
{
    fprintf(stderr, "%s %s: %s\n", what, path, strerror(errno));
    return -1;
}

static int make_directory(const char *path)
{
    struct stat st;
    if (lstat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return chmod(path, (st.st_mode & 07777) | S_IRWXU) == 0 ? 0 : fail_path("cannot write into", path);
        // Never write through something that is not a directory (a stale symbolic link from an older tree).
        if (unlink(path) != 0)
            return fail_path("cannot replace", path);
    }
    return mkdir(path, S_IRWXU) == 0 ? 0 : fail_path("cannot create", path);
}

static int ensure_directory(extraction *x, frame *f)
{
    if (f->created)
        return 0;
    if (f->parent && ensure_directory(x, f->parent) != 0)
        return -1;
    const char saved = x->path[f->length];
    x->path[f->length] = '\0';
    const int result = make_directory(x->path);
    if (result == 0 && x->verbose && f->parent)
        printf("%s\n", x->path);
    x->path[f->length] = saved;
    f->created = result == 0;
    return result;
}

static void set_times(const char *path, uint32_t mtime, int flags)
{
    const struct timespec times[2] = {{.tv_sec = mtime}, {.tv_sec = mtime}};
    utimensat(AT_FDCWD, path, times, flags);
}

static const char *known_link(const extraction *x, uint32_t inode)
{
    for (size_t i = 0; i < x->link_count; ++i) {
        if (x->links[i].inode == inode)
            return x->links[i].path;
    }
    return NULL;
}

static void remember_link(extraction *x, uint32_t inode)
{
    if (x->link_count == x->link_capacity) {
        const size_t capacity = x->link_capacity ? x->link_capacity * 2 : 16;
        hard_link *grown = realloc(x->links, capacity * sizeof *grown);
        if (!grown)
            return; // later links to this inode become copies, which is still a faithful tree
        x->links = grown;
        x->link_capacity = capacity;
    }
    char *path = strdup(x->path);
    if (path)
        x->links[x->link_count++] = (hard_link) {inode, path};
}

static int write_file(extraction *x, const sqfs_inode_generic_t *inode)
{
    const uint32_t links = squash_inode_links(inode);
    if (links > 1) {
        const char *first = known_link(x, inode->base.inode_number);
        if (first)
            return link(first, x->path) == 0 ? 0 : fail_path("cannot link", x->path);
    }
    const int fd = open(x->path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return fail_path("cannot create", x->path);
    const uint64_t size = squash_inode_size(inode);
    const uint32_t block = x->image->super.block_size;
    int result = 0;
    for (uint64_t position = 0; position < size && result == 0;) {
        const uint32_t wanted = size - position < block ? (uint32_t)(size - position) : block;
        const sqfs_s32 got = sqfs_data_reader_read(x->image->data, inode, position, x->buffer, wanted);
        if (got <= 0) {
            fprintf(stderr, "cannot read %s from the image: %s\n", x->path,
                    got < 0 ? squash_error_string(got) : "unexpected end of data");
            result = -1;
            break;
        }
        for (sqfs_s32 written = 0; written < got;) {
            const ssize_t n = write(fd, x->buffer + written, (size_t)(got - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                result = fail_path("cannot write", x->path);
                break;
            }
            written += (sqfs_s32)n;
        }
        position += (uint64_t)got;
    }
    if (result == 0 && fchmod(fd, inode->base.mode & 07777) != 0)
        result = fail_path("cannot set the mode of", x->path);
    const struct timespec times[2] = {{.tv_sec = inode->base.mod_time}, {.tv_sec = inode->base.mod_time}};
    futimens(fd, times);
    if (close(fd) != 0 && result == 0)
        result = fail_path("cannot write", x->path);
    if (result == 0 && links > 1)
        remember_link(x, inode->base.inode_number);
    return result;
}

static int extract_entry(extraction *x, const sqfs_tree_node_t *node)
{
    const sqfs_inode_generic_t *inode = node->inode;
    if (unlink(x->path) != 0 && errno != ENOENT && errno != EISDIR)
        return fail_path("cannot replace", x->path);
    switch (inode->base.mode & S_IFMT) {
    case S_IFREG:
        return write_file(x, inode);
    case S_IFLNK: {
        char *target = squash_inode_link_target(inode);
        if (!target)
            return fail_path("cannot read the link", x->path);
        const int result = symlink(target, x->path) == 0 ? 0 : fail_path("cannot create the link", x->path);
        free(target);
        if (result == 0)
            set_times(x->path, inode->base.mod_time, AT_SYMLINK_NOFOLLOW);
        return result;
    }
    case S_IFIFO:
        if (mkfifo(x->path, inode->base.mode & 07777) != 0)
            return fail_path("cannot create the FIFO", x->path);
        set_times(x->path, inode->base.mod_time, 0);
        return 0;
    default:
        // Device nodes and sockets have no place in an application image and need privileges to create.
        fprintf(stderr, "skipped %s: device nodes and sockets are not extracted\n", x->path);
        return 0;
    }
}

static int extract_directory(extraction *x, frame *directory, bool everything)
{
    int result = 0;
    for (const sqfs_tree_node_t *child = directory->node->children; child && result == 0; child = child->next) {
        const size_t name_length = strlen((const char *)child->name);
        if (directory->length + 1 + name_length >= sizeof x->path) {
            errno = ENAMETOOLONG;
            return fail_path("cannot extract into", x->path);
        }
        x->path[directory->length] = '/';
        memcpy(x->path + directory->length + 1, child->name, name_length + 1);
        const size_t length = directory->length + 1 + name_length;
        const char *relative = x->path + x->base_length + 1;
        const bool matched = everything || !x->pattern || fnmatch(x->pattern, relative, 0) == 0;

        if (S_ISDIR(child->inode->base.mode)) {
            frame sub = {directory, child, length, false};
            if (matched)
                result = ensure_directory(x, &sub);
            if (result == 0)
                result = extract_directory(x, &sub, matched);
            if (result == 0 && sub.created) {
                x->path[length] = '\0';
                if (chmod(x->path, child->inode->base.mode & 07777) != 0)
                    result = fail_path("cannot set the mode of", x->path);
                set_times(x->path, child->inode->base.mod_time, 0);
            }
        } else if (matched) {
            result = ensure_directory(x, directory);
            if (result == 0)
                result = extract_entry(x, child);
            if (result == 0 && x->verbose)
                printf("%s\n", x->path);
        }
        x->path[length] = '\0';
    }
    x->path[directory->length] = '\0';
    return result;
}

int squash_image_extract(squash_image *image, const char *destination, const char *pattern, bool verbose)
{
    extraction *x = calloc(1, sizeof *x);
    if (!x)
        return -1;
    x->image = image;
    x->pattern = pattern;
    x->verbose = verbose;
    x->base_length = strlen(destination);
    while (x->base_length > 1 && destination[x->base_length - 1] == '/')
        --x->base_length;
    x->buffer = malloc(image->super.block_size);
    int result = -1;
    if (x->buffer && x->base_length < sizeof x->path) {
        memcpy(x->path, destination, x->base_length);
        x->path[x->base_length] = '\0';
        frame top = {NULL, image->root, x->base_length, false};
        result = pattern ? 0 : ensure_directory(x, &top);
        if (result == 0)
            result = extract_directory(x, &top, !pattern);
        if (result == 0 && top.created && !pattern) {
            chmod(x->path, image->root->inode->base.mode & 07777);
            set_times(x->path, image->root->inode->base.mod_time, 0);
        }
    }
    for (size_t i = 0; i < x->link_count; ++i)
        free(x->links[i].path);
    free(x->links);
    free(x->buffer);
    free(x);
    return result;
}
