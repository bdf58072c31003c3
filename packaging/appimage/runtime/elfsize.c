#include "elfsize.h"

#include <elf.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

static int read_exactly(int fd, void *buffer, size_t size, uint64_t offset)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = pread(fd, (char *)buffer + done, size - done, (off_t)(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EINVAL;
            return -1;
        }
        done += (size_t)n;
    }
    return 0;
}

static uint64_t max_u64(uint64_t a, uint64_t b)
{
    return a > b ? a : b;
}

// Both ELF classes share this walk; the macro only changes the structure types.
#define ELF_SIZE_OF_CLASS(Ehdr, Phdr, Shdr)                                                                            \
    do {                                                                                                               \
        Ehdr header;                                                                                                   \
        if (read_exactly(fd, &header, sizeof header, 0) != 0)                                                          \
            return -1;                                                                                                 \
        uint64_t end = header.e_ehsize;                                                                                \
        end = max_u64(end, (uint64_t)header.e_phoff + (uint64_t)header.e_phnum * header.e_phentsize);                  \
        for (unsigned i = 0; i < header.e_phnum; ++i) {                                                                \
            Phdr program;                                                                                              \
            if (read_exactly(fd, &program, sizeof program, header.e_phoff + (uint64_t)i * header.e_phentsize) != 0)    \
                return -1;                                                                                             \
            end = max_u64(end, (uint64_t)program.p_offset + program.p_filesz);                                         \
        }                                                                                                              \
        uint64_t sections = header.e_shnum;                                                                            \
        if (header.e_shoff != 0 && sections == 0) {                                                                    \
            /* More than SHN_LORESERVE sections: the real count sits in the first section header. */                   \
            Shdr first;                                                                                                \
            if (read_exactly(fd, &first, sizeof first, header.e_shoff) != 0)                                           \
                return -1;                                                                                             \
            sections = first.sh_size;                                                                                  \
        }                                                                                                              \
        end = max_u64(end, (uint64_t)header.e_shoff + sections * header.e_shentsize);                                  \
        for (uint64_t i = 0; i < sections; ++i) {                                                                      \
            Shdr section;                                                                                              \
            if (read_exactly(fd, &section, sizeof section, header.e_shoff + i * header.e_shentsize) != 0)              \
                return -1;                                                                                             \
            if (section.sh_type != SHT_NOBITS)                                                                         \
                end = max_u64(end, (uint64_t)section.sh_offset + section.sh_size);                                     \
        }                                                                                                              \
        return (int64_t)end;                                                                                           \
    } while (0)

int64_t elf_size(int fd)
{
    unsigned char ident[EI_NIDENT];
    if (read_exactly(fd, ident, sizeof ident, 0) != 0)
        return -1;
    const unsigned char native = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? ELFDATA2LSB : ELFDATA2MSB;
    if (memcmp(ident, ELFMAG, SELFMAG) != 0 || ident[EI_DATA] != native) {
        errno = EINVAL;
        return -1;
    }
    if (ident[EI_CLASS] == ELFCLASS64)
        ELF_SIZE_OF_CLASS(Elf64_Ehdr, Elf64_Phdr, Elf64_Shdr);
    if (ident[EI_CLASS] == ELFCLASS32)
        ELF_SIZE_OF_CLASS(Elf32_Ehdr, Elf32_Phdr, Elf32_Shdr);
    errno = EINVAL;
    return -1;
}
