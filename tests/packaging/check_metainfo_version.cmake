# cmake -DMETAINFO=… -DVERSION=… -P check_metainfo_version.cmake: the newest <release> is this version.
file(READ "${METAINFO}" text)
string(REGEX MATCH "<release version=\"([^\"]+)\"" first "${text}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "the newest release in ${METAINFO} is '${CMAKE_MATCH_1}', the project is ${VERSION}: "
                        "add a <release version=\"${VERSION}\"> with its notes at the top of <releases>")
endif()
