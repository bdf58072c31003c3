# Read by cpack once per generator. Debian's changelog file (install component "debian") belongs to the .deb only:
# the RPM keeps its changelog in the package header.
if(CPACK_GENERATOR STREQUAL "DEB")
    list(GET CPACK_INSTALL_CMAKE_PROJECTS 0 hookbench_build_dir)
    list(GET CPACK_INSTALL_CMAKE_PROJECTS 1 hookbench_project)
    list(APPEND CPACK_INSTALL_CMAKE_PROJECTS "${hookbench_build_dir}" "${hookbench_project}" debian /)
endif()
