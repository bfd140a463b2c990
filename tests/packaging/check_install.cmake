# cmake -DBUILD=… -DSOURCE=… -DOUT=… -DGUI=ON|OFF -P check_install.cmake: `cmake --install --strip` into a
# fresh prefix puts every file where the desktop looks for it, and no installed file names the source or
# the build tree.
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${OUT}/usr" --strip
    RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(id io.github.connectlab.ConnectLab)
set(expected
    bin/connectlab-cli bin/connectlab-sandbox
    share/man/man1/connectlab-cli.1 share/man/man1/connectlab-sandbox.1
    share/bash-completion/completions/connectlab-cli)
if(GUI)
    list(APPEND expected bin/connectlab share/man/man1/connectlab.1 share/applications/${id}.desktop
        share/metainfo/${id}.metainfo.xml share/icons/hicolor/scalable/apps/${id}.svg)
    foreach(size 16 22 24 32 48 64 128 256 512)
        list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${id}.png)
    endforeach()
endif()
foreach(file ${expected})
    if(NOT EXISTS "${OUT}/usr/${file}")
        message(FATAL_ERROR "cmake --install did not install ${file}")
    endif()
endforeach()
if(GUI)
    # The PNGs are the sizes their folders say.
    foreach(size 16 256 512)
        file(READ "${OUT}/usr/share/icons/hicolor/${size}x${size}/apps/${id}.png" header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 32 8 width)
        math(EXPR width "0x${width}")
        if(NOT width EQUAL size)
            message(FATAL_ERROR "the ${size}x${size} icon is ${width} pixels wide")
        endif()
    endforeach()
endif()
file(GLOB_RECURSE installed "${OUT}/usr/*")
foreach(file ${installed})
    foreach(tree "${SOURCE}" "${BUILD}")
        file(STRINGS "${file}" hits REGEX "${tree}/" LIMIT_COUNT 1)
        if(hits)
            message(FATAL_ERROR "${file} names ${tree}: ${hits}")
        endif()
    endforeach()
endforeach()
list(LENGTH installed count)
message(STATUS "installed ${count} files, none naming the source or build tree")
