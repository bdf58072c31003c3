#!/usr/bin/env bash
# Builds Hookbench's AppDir and packs it into an AppImage, from Debian's packages and the project's own runtime:
#  1. installs the build under AppDir/usr (the same install rules as the .deb);
#  2. copies the Qt plugins the program loads at run time, and the OpenSSL libraries Qt's TLS backend opens;
#  3. copies every library `ldd` finds for all of that, except those in ./excludelist (what every desktop system
#     provides), with the Debian copyright file of each library's package;
#  4. makes everything find its libraries inside the AppDir (patchelf RUNPATH $ORIGIN/...), writes qt.conf,
#     AppRun, the desktop file, the icon and .DirIcon;
#  5. packs the AppDir with mksquashfs (zstd, fixed timestamps) and appends the image to the runtime.
#
#   deploy.sh --build-dir DIR --appdir DIR --runtime FILE --qtpaths FILE --app-id ID --epoch SECONDS --output FILE
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
while [ $# -gt 0 ]; do
    case "$1" in
        --build-dir) build_dir=$2 ;;
        --appdir) appdir=$2 ;;
        --runtime) runtime=$2 ;;
        --qtpaths) qtpaths=$2 ;;
        --app-id) app_id=$2 ;;
        --epoch) epoch=$2 ;;
        --output) output=$2 ;;
        *) echo "deploy.sh: unknown argument $1" >&2; exit 2 ;;
    esac
    shift 2
done
: "${build_dir:?--build-dir is required}" "${appdir:?}" "${runtime:?}" "${qtpaths:?}" "${app_id:?}" "${epoch:?}" "${output:?}"
epoch=${SOURCE_DATE_EPOCH:-$epoch}
for tool in patchelf mksquashfs ldd; do
    command -v "$tool" >/dev/null || { echo "deploy.sh: $tool is missing (see scripts/packaging-deps.txt)" >&2; exit 1; }
done

say() { printf '\033[1m%s\033[0m\n' "$*"; }

# ---- 1. the program -------------------------------------------------------------------------------------------------
say "AppDir: installing Hookbench into $appdir"
rm -rf "$appdir"
mkdir -p "$appdir"
DESTDIR="$appdir" cmake --install "$build_dir" --prefix /usr --strip >/dev/null
usr="$appdir/usr"
mkdir -p "$usr/lib" "$usr/plugins" "$usr/translations"

# ---- 2. Qt plugins and what Qt opens at run time --------------------------------------------------------------------
qt_plugins=$("$qtpaths" --query QT_INSTALL_PLUGINS)
qt_translations=$("$qtpaths" --query QT_INSTALL_TRANSLATIONS)
# category/pattern: the platforms (X11, headless, Wayland where qt6-wayland is installed) and their integrations,
# only the SQLite SQL driver, TLS backends, image formats and the SVG icon engine, input methods, network state.
plugins=(
    platforms/libqxcb.so platforms/libqoffscreen.so 'platforms/libqwayland-*.so'
    'xcbglintegrations/*.so'
    'wayland-shell-integration/*.so' 'wayland-decoration-client/*.so' 'wayland-graphics-integration-client/*.so'
    sqldrivers/libqsqlite.so
    'tls/*.so'
    'imageformats/*.so' iconengines/libqsvgicon.so
    'platforminputcontexts/*.so'
    'networkinformation/*.so'
)
for pattern in "${plugins[@]}"; do
    for plugin in "$qt_plugins"/$pattern; do
        [ -e "$plugin" ] || continue
        category=$(basename "$(dirname "$plugin")")
        mkdir -p "$usr/plugins/$category"
        cp -L "$plugin" "$usr/plugins/$category/"
    done
done
[ -e "$usr/plugins/platforms/libqxcb.so" ] && [ -e "$usr/plugins/sqldrivers/libqsqlite.so" ] \
    || { echo "deploy.sh: Qt's xcb platform or SQLite driver plugin is missing in $qt_plugins" >&2; exit 1; }

# Qt's own translations (standard buttons and dialogs) for the languages Hookbench is translated into.
for ts in "$here"/../../translations/hookbench_*.ts; do
    language=${ts##*/hookbench_}
    language=${language%.ts}
    [ -e "$qt_translations/qtbase_$language.qm" ] && cp "$qt_translations/qtbase_$language.qm" "$usr/translations/"
done

# Qt's TLS backend opens OpenSSL with dlopen, so ldd cannot see it; take the OpenSSL next to the Qt libraries.
qt_lib_dir=$(dirname "$(ldd "$usr/bin/hookbench" | awk '/libQt6Core\.so/ { print $3 }')")
for library in libssl.so.3 libcrypto.so.3; do
    cp -L "$qt_lib_dir/$library" "$usr/lib/$library"
done

# ---- 3. every other library they need ---------------------------------------------------------------------------------
excluded() {
    local name=$1 pattern
    while read -r pattern; do
        case "$pattern" in '' | '#'*) continue ;; esac
        # shellcheck disable=SC2254 # the excludelist holds glob patterns
        case "$name" in $pattern) return 0 ;; esac
    done <"$here/excludelist"
    return 1
}
elf_files() { find "$usr/bin" "$usr/lib" "$usr/plugins" -type f \( -name '*.so*' -o -perm -u+x \) -print; }

declare -A origin=() # bundled library name -> the system file it came from
while :; do
    added=0
    while read -r file; do
        # "libfoo.so.1 => /lib/x86_64-linux-gnu/libfoo.so.1 (0x...)" or "libbar.so.2 => not found"
        while read -r name arrow path _; do
            [ "$arrow" = "=>" ] || continue
            if [ "$path" = "not" ]; then
                echo "deploy.sh: $file needs $name, which is not installed" >&2
                exit 1
            fi
            excluded "$name" && continue
            [ -e "$usr/lib/$name" ] && continue
            cp -L "$path" "$usr/lib/$name"
            origin[$name]=$path
            added=1
        done < <(ldd "$file" 2>/dev/null)
    done < <(elf_files)
    [ $added -eq 1 ] || break # a new library's own dependencies are checked on the next round
done
origin[libssl.so.3]="$qt_lib_dir/libssl.so.3"
origin[libcrypto.so.3]="$qt_lib_dir/libcrypto.so.3"

# The licences of what is bundled: each library's and plugin's Debian copyright file.
package_of() {
    local path candidates
    path=$(readlink -f "$1")
    candidates=("$path" "${path#/usr}" "/usr$path")
    for candidate in "${candidates[@]}"; do
        dpkg-query -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1 && return 0
    done
    return 1
}
declare -A packages=()
for name in "${!origin[@]}"; do
    package=$(package_of "${origin[$name]}") && packages[$package]=1
done
while read -r plugin; do
    package=$(package_of "$qt_plugins/${plugin#"$usr/plugins/"}") && packages[$package]=1
done < <(find "$usr/plugins" -name '*.so')
for package in "${!packages[@]}"; do
    if [ -e "/usr/share/doc/$package/copyright" ]; then
        mkdir -p "$usr/share/doc/$package"
        cp "/usr/share/doc/$package/copyright" "$usr/share/doc/$package/copyright"
    fi
done

# ---- 4. library search paths, Qt configuration, AppImage metadata ----------------------------------------------------
patchelf --set-rpath '$ORIGIN/../lib' "$usr/bin/hookbench"
for library in "$usr"/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$library"
done
while read -r plugin; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"
done < <(find "$usr/plugins" -name '*.so')

# Relative to the directory of qt.conf (usr/bin), wherever the AppImage is mounted.
cat >"$usr/bin/qt.conf" <<'QTCONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
QTCONF

cat >"$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# Starts the Hookbench bundled in this AppImage. The AppImage runtime sets APPDIR; run from an extracted tree,
# the AppDir is this script's directory.
appdir=${APPDIR:-$(dirname "$(readlink -f "$0")")}
# Plugins of another Qt on the host must not be mixed with the bundled Qt.
export QT_PLUGIN_PATH="$appdir/usr/plugins"
unset QT_QPA_PLATFORM_PLUGIN_PATH
exec "$appdir/usr/bin/hookbench" "$@"
APPRUN
chmod 755 "$appdir/AppRun"

cp "$usr/share/applications/$app_id.desktop" "$appdir/$app_id.desktop"
cp "$usr/share/icons/hicolor/scalable/apps/$app_id.svg" "$appdir/$app_id.svg"
cp "$usr/share/icons/hicolor/256x256/apps/$app_id.png" "$appdir/.DirIcon"

# ---- 5. the AppImage ------------------------------------------------------------------------------------------------
say "AppImage: packing $(du -sh "$appdir" | cut -f1) with mksquashfs (zstd)"
image=$(mktemp "${TMPDIR:-/tmp}/hookbench-appimage.XXXXXX")
stripped_runtime=$(mktemp "${TMPDIR:-/tmp}/hookbench-runtime.XXXXXX")
trap 'rm -f "$image" "$stripped_runtime"' EXIT
mksquashfs "$appdir" "$image" -noappend -root-owned -no-xattrs -comp zstd -Xcompression-level 19 -b 1M \
    -all-time "$epoch" -mkfs-time "$epoch" -quiet -no-progress >/dev/null
cp "$runtime" "$stripped_runtime"
strip --strip-all "$stripped_runtime"
mkdir -p "$(dirname "$output")"
cat "$stripped_runtime" "$image" >"$output.tmp"
chmod 755 "$output.tmp"
mv "$output.tmp" "$output"
say "AppImage: $output ($(du -h "$output" | cut -f1))"
