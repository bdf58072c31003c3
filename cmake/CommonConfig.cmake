# One INTERFACE target carries the warnings, Qt hygiene defines and sanitizer flags that every project target
# links, so nothing is set globally (qBittorrent's CommonConfig.cmake does the same).
add_library(hookbench_common INTERFACE)
add_library(Hookbench::Common ALIAS hookbench_common)

target_compile_definitions(hookbench_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HOOKBENCH_VERSION="${PROJECT_VERSION}"
    HOOKBENCH_APP_ID="${HOOKBENCH_APP_ID}")

target_compile_options(hookbench_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)

if(HOOKBENCH_SANITIZE)
    target_compile_options(hookbench_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hookbench_common INTERFACE -fsanitize=address,undefined)
endif()

find_program(HOOKBENCH_CCACHE ccache)
if(HOOKBENCH_CCACHE)
    set(CMAKE_C_COMPILER_LAUNCHER "${HOOKBENCH_CCACHE}" CACHE STRING "" FORCE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${HOOKBENCH_CCACHE}" CACHE STRING "" FORCE)
endif()
