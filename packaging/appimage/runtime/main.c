// The type-2 AppImage runtime of Hookbench: an ELF executable with a squashfs image appended. It finds the image at
// the end of its own ELF, then mounts it with FUSE (or, where FUSE is unavailable, extracts it into a private
// temporary directory) and runs the AppRun inside. See packaging/appimage/README.md.

#include "elfsize.h"
#include "squashfuse.h"
#include "squashimage.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef RUNTIME_VERSION
#error "RUNTIME_VERSION must be defined by the build"
#endif

enum
{
    ExitUsage = 2,
    ExitCannotRun = 127,
};

static const char help_text[]
    = "Options handled by the AppImage runtime (any other argument goes to the application):\n"
      "  --appimage-help                 show this help\n"
      "  --appimage-version              show the runtime version\n"
      "  --appimage-offset               print the offset of the squashfs image in this file\n"
      "  --appimage-extract [PATTERN]    extract the image (or the paths matching the glob PATTERN, and everything\n"
      "                                  below matching directories) into ./squashfs-root\n"
      "  --appimage-extract-and-run ...  extract into a private temporary directory, run, then remove it\n"
      "  --appimage-mount                mount the image, print the mount point, keep it until interrupted\n"
      "Environment: APPIMAGE_EXTRACT_AND_RUN=1 always extracts instead of mounting with FUSE.\n";

typedef struct
{
    char path[PATH_MAX]; // this AppImage, resolved
    const char *argv0;
    char cwd[PATH_MAX];
    uint64_t offset;
} self_info;

static const char *temporary_directory(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && tmp[0] == '/' ? tmp : "/tmp";
}

static int locate_self(self_info *self, const char *argv0)
{
    self->argv0 = argv0;
    if (!realpath("/proc/self/exe", self->path)) {
        // Without /proc (some chroots), fall back to the path the program was started with.
        if (!strchr(argv0, '/') || !realpath(argv0, self->path)) {
            fprintf(stderr, "appimage: cannot find this executable's own path (is /proc mounted?)\n");
            return -1;
        }
    }
    if (!getcwd(self->cwd, sizeof self->cwd))
        self->cwd[0] = '\0';
    const int fd = open(self->path, O_RDONLY | O_CLOEXEC);
    const int64_t size = fd >= 0 ? elf_size(fd) : -1;
    if (fd >= 0)
        close(fd);
    if (size < 0) {
        fprintf(stderr, "appimage: cannot read the ELF headers of %s: %s\n", self->path, strerror(errno));
        return -1;
    }
    self->offset = (uint64_t)size;
    return 0;
}

static void export_environment(const self_info *self, const char *appdir)
{
    setenv("APPIMAGE", self->path, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", self->argv0, 1);
    setenv("OWD", self->cwd, 1);
}

// Replaces this process with AppRun, passing the application's arguments. Returns only on failure.
static int exec_apprun(const char *appdir, int argc, char **argv)
{
    char apprun[PATH_MAX];
    if (snprintf(apprun, sizeof apprun, "%s/AppRun", appdir) >= (int)sizeof apprun)
        return ExitCannotRun;
    char **arguments = calloc((size_t)argc + 2, sizeof *arguments);
    if (!arguments)
        return ExitCannotRun;
    arguments[0] = apprun;
    for (int i = 0; i < argc; ++i)
        arguments[i + 1] = argv[i];
    execv(apprun, arguments);
    fprintf(stderr, "appimage: cannot run %s: %s\n", apprun, strerror(errno));
    free(arguments);
    return ExitCannotRun;
}

// ---- waiting for a child, forwarding signals -----------------------------------------------------------------------

static volatile pid_t forward_to = 0;
static const int forwarded_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};

static void forward_signal(int signal_number, siginfo_t *info, void *context)
{
    (void)context;
    // A terminal sends SIGINT, SIGQUIT and SIGHUP to its whole foreground process group, the application included:
    // passing those on would deliver them twice. Signals someone sent to this process alone are passed on.
    if (info->si_code == SI_KERNEL)
        return;
    if (forward_to > 0)
        kill(forward_to, signal_number);
}

// Exits the way the child did: with its status, or killed by the same signal.
static int exit_like(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) {
        const int signal_number = WTERMSIG(status);
        const struct rlimit no_core = {0, 0};
        setrlimit(RLIMIT_CORE, &no_core); // the child already dumped core if it was going to
        signal(signal_number, SIG_DFL);
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, signal_number);
        sigprocmask(SIG_UNBLOCK, &set, NULL);
        raise(signal_number);
        return 128 + signal_number;
    }
    return ExitCannotRun;
}

// ---- extract and run -----------------------------------------------------------------------------------------------

static int make_owner_writable(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type == FTW_D)
        chmod(path, (st->st_mode & 07777) | S_IRWXU);
    return 0;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st, (void)type, (void)ftw;
    remove(path);
    return 0;
}

static void remove_tree(const char *path)
{
    nftw(path, make_owner_writable, 32, FTW_PHYS);
    nftw(path, remove_entry, 32, FTW_PHYS | FTW_DEPTH);
}

static int extract_and_run(squash_image *image, const self_info *self, int argc, char **argv)
{
    char directory[PATH_MAX];
    snprintf(directory, sizeof directory, "%s/appimage_extracted_XXXXXX", temporary_directory());
    if (!mkdtemp(directory)) {
        fprintf(stderr, "appimage: cannot create a temporary directory in %s: %s\n", temporary_directory(),
                strerror(errno));
        return ExitCannotRun;
    }
    if (squash_image_extract(image, directory, NULL, false) != 0) {
        remove_tree(directory);
        return ExitCannotRun;
    }
    squash_image_close(image);
    export_environment(self, directory);

    // Block the forwarded signals until the child's pid is known, so none is lost or delivered to nobody.
    sigset_t forwarded, previous;
    sigemptyset(&forwarded);
    for (size_t i = 0; i < sizeof forwarded_signals / sizeof *forwarded_signals; ++i)
        sigaddset(&forwarded, forwarded_signals[i]);
    sigprocmask(SIG_BLOCK, &forwarded, &previous);

    const pid_t child = fork();
    if (child < 0) {
        fprintf(stderr, "appimage: cannot start the application: %s\n", strerror(errno));
        remove_tree(directory);
        return ExitCannotRun;
    }
    if (child == 0) {
        sigprocmask(SIG_SETMASK, &previous, NULL);
        _exit(exec_apprun(directory, argc, argv));
    }
    forward_to = child;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = forward_signal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < sizeof forwarded_signals / sizeof *forwarded_signals; ++i)
        sigaction(forwarded_signals[i], &action, NULL);
    sigprocmask(SIG_SETMASK, &previous, NULL);

    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    sigprocmask(SIG_BLOCK, &forwarded, NULL);
    forward_to = 0;
    remove_tree(directory);
    return exit_like(status);
}

// ---- mount and run -------------------------------------------------------------------------------------------------

static bool fuse_possible(void)
{
    if (access("/dev/fuse", R_OK | W_OK) != 0)
        return false;
    if (geteuid() == 0)
        return true; // root mounts directly
    // Everyone else goes through the setuid helper that libfuse runs.
    const char *path = getenv("PATH");
    char candidate[PATH_MAX];
    for (const char *start = path ? path : "/usr/bin:/bin"; *start;) {
        const char *end = strchr(start, ':');
        const size_t length = end ? (size_t)(end - start) : strlen(start);
        if (length > 0 && snprintf(candidate, sizeof candidate, "%.*s/fusermount3", (int)length, start) > 0
            && access(candidate, X_OK) == 0)
            return true;
        start += length + (end ? 1 : 0);
    }
    return false;
}

typedef enum
{
    MountRun,
    MountHold,
} mount_purpose;

// Mounts the image in a child process that serves it, then either replaces this process with AppRun (so the
// application keeps this pid, its signals and its exit status) or holds the mount until interrupted. The server
// stops and unmounts when the process that started it ends, whatever way it ends. Returns false, with nothing left
// behind, when FUSE does not work here; otherwise sets *exit_code (MountRun returns only if AppRun cannot start).
static bool mount_and_run(squash_image *image, const self_info *self, mount_purpose purpose, int argc, char **argv,
                          int *exit_code)
{
    char mountpoint[PATH_MAX];
    const char *base = strrchr(self->path, '/');
    snprintf(mountpoint, sizeof mountpoint, "%s/.mount_%.6sXXXXXX", temporary_directory(), base ? base + 1 : "app");
    if (!mkdtemp(mountpoint))
        return false;
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) {
        rmdir(mountpoint);
        return false;
    }
    const pid_t parent = getpid();
    const pid_t server = fork();
    if (server < 0) {
        close(ready[0]);
        close(ready[1]);
        rmdir(mountpoint);
        return false;
    }
    if (server == 0) {
        close(ready[0]);
        // Its own process group keeps a terminal's Ctrl-C away from the server: the application decides when it
        // is done, and the server follows when the application's process ends.
        setpgid(0, 0);
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            _exit(0);
        // Whoever reads the application's output must not wait for the server to close it too. A failed mount
        // needs no message either: the caller falls back to extracting.
        const int null = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, STDIN_FILENO);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
        }
        const char *name = base ? base + 1 : self->path;
        const int result = squash_fuse_serve(image, mountpoint, name, ready[1]);
        rmdir(mountpoint);
        _exit(result == 0 ? 0 : 1);
    }
    close(ready[1]);
    char byte = 0;
    ssize_t n;
    while ((n = read(ready[0], &byte, 1)) < 0 && errno == EINTR) { }
    close(ready[0]);
    if (n != 1) {
        waitpid(server, NULL, 0);
        rmdir(mountpoint);
        return false;
    }
    squash_image_close(image); // the server has its own copy of everything it needs

    if (purpose == MountHold) {
        printf("%s\n", mountpoint);
        fflush(stdout);
        sigset_t wait_for;
        sigemptyset(&wait_for);
        sigaddset(&wait_for, SIGINT);
        sigaddset(&wait_for, SIGTERM);
        sigaddset(&wait_for, SIGHUP);
        sigprocmask(SIG_BLOCK, &wait_for, NULL);
        int received = 0;
        sigwait(&wait_for, &received);
        kill(server, SIGTERM);
        while (waitpid(server, NULL, 0) < 0 && errno == EINTR) { }
        *exit_code = 0;
        return true;
    }
    export_environment(self, mountpoint);
    *exit_code = exec_apprun(mountpoint, argc, argv);
    kill(server, SIGTERM);
    waitpid(server, NULL, 0);
    return true;
}

// ---- main
// ------------------------------------------------------------------------------------------------------------

static squash_image *open_image(const self_info *self)
{
    char error[PATH_MAX + 256];
    squash_image *image = squash_image_open(self->path, self->offset, error, sizeof error);
    if (!image)
        fprintf(stderr, "appimage: %s\n", error);
    return image;
}

int main(int argc, char **argv)
{
    self_info self;
    if (locate_self(&self, argc > 0 ? argv[0] : "") != 0)
        return ExitCannotRun;

    const char *option = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] : NULL;
    if (option && strcmp(option, "--appimage-help") == 0) {
        fputs(help_text, stdout);
        return 0;
    }
    if (option && strcmp(option, "--appimage-version") == 0) {
        printf("Hookbench AppImage runtime %s (AppImage type 2; libsquashfs; libfuse %s)\n", RUNTIME_VERSION,
               squash_fuse_library_version());
        return 0;
    }
    if (option && strcmp(option, "--appimage-offset") == 0) {
        printf("%llu\n", (unsigned long long)self.offset);
        return 0;
    }
    if (option && strcmp(option, "--appimage-extract") != 0 && strcmp(option, "--appimage-extract-and-run") != 0
        && strcmp(option, "--appimage-mount") != 0) {
        fprintf(stderr, "appimage: unknown option %s\n%s", option, help_text);
        return ExitUsage;
    }

    squash_image *image = open_image(&self);
    if (!image)
        return ExitCannotRun;

    if (option && strcmp(option, "--appimage-extract") == 0) {
        const int result = squash_image_extract(image, "squashfs-root", argc > 2 ? argv[2] : NULL, true);
        squash_image_close(image);
        return result == 0 ? 0 : 1;
    }
    if (option && strcmp(option, "--appimage-mount") == 0) {
        int exit_code = ExitCannotRun;
        if (!fuse_possible() || !mount_and_run(image, &self, MountHold, 0, NULL, &exit_code)) {
            fprintf(stderr, "appimage: cannot mount with FUSE here (no /dev/fuse, or no fusermount3)\n");
            squash_image_close(image);
        }
        return exit_code;
    }
    if (option) // --appimage-extract-and-run
        return extract_and_run(image, &self, argc - 2, argv + 2);

    const char *forced = getenv("APPIMAGE_EXTRACT_AND_RUN");
    int exit_code = ExitCannotRun;
    if ((!forced || strcmp(forced, "1") != 0) && fuse_possible()
        && mount_and_run(image, &self, MountRun, argc - 1, argv + 1, &exit_code))
        return exit_code;
    return extract_and_run(image, &self, argc - 1, argv + 1);
}
