# ctest driver for `connectlab --screenshot`: renders the window with a given link and size, then checks
# the PNG's pixel size (read from its IHDR chunk); --theme dark renders; a bad --size or --theme is
# refused with exit status 2.
#   cmake -DAPP=… -DOUT=… -P check_screenshot.cmake
file(REMOVE "${OUT}")
execute_process(
    COMMAND "${APP}" --screenshot "${OUT}" --size 1100x720
            --url "https://connect.smartcar.com/oauth/authorize?client_id=abc&state=0123456789&mode=simulated"
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "--screenshot exited ${rc}: ${err}")
endif()
if(NOT EXISTS "${OUT}")
    message(FATAL_ERROR "--screenshot wrote no file")
endif()
file(READ "${OUT}" header LIMIT 24 HEX)
string(SUBSTRING "${header}" 0 16 magic)
if(NOT magic STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "not a PNG: ${magic}")
endif()
string(SUBSTRING "${header}" 32 8 width_hex)
string(SUBSTRING "${header}" 40 8 height_hex)
math(EXPR width "0x${width_hex}")
math(EXPR height "0x${height_hex}")
if(NOT width EQUAL 1100 OR NOT height EQUAL 720)
    message(FATAL_ERROR "expected 1100x720, got ${width}x${height}")
endif()
execute_process(COMMAND "${APP}" --screenshot "${OUT}.bad.png" --size huge
    RESULT_VARIABLE bad ERROR_VARIABLE bad_err)
if(NOT bad EQUAL 2 OR EXISTS "${OUT}.bad.png")
    message(FATAL_ERROR "--size huge should be refused with exit 2, got ${bad}: ${bad_err}")
endif()
execute_process(COMMAND "${APP}" --screenshot "${OUT}.dark.png" --theme dark RESULT_VARIABLE dark ERROR_VARIABLE dark_err)
if(NOT dark EQUAL 0 OR NOT EXISTS "${OUT}.dark.png")
    message(FATAL_ERROR "--theme dark failed with ${dark}: ${dark_err}")
endif()
execute_process(COMMAND "${APP}" --screenshot "${OUT}.sepia.png" --theme sepia RESULT_VARIABLE sepia)
if(NOT sepia EQUAL 2)
    message(FATAL_ERROR "--theme sepia should be refused with exit 2, got ${sepia}")
endif()
