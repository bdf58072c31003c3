#pragma once

#include <stdint.h>

// The size of the ELF file open on fd: the furthest end among the ELF header, the program headers, the sections and
// the section header table. An AppImage's squashfs image starts right there. Returns -1 with errno set on failure
// (EINVAL when fd does not hold an ELF file in this machine's byte order).
int64_t elf_size(int fd);
