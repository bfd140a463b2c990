# cmake -DPROGRAM=… -DARGS=a,b -DOUT=file -P RunToFile.cmake: runs PROGRAM with the arguments (separated by
# commas), writes its stdout to OUT, fails the build when it fails. For the files a built tool writes about
# itself (man page, completion).
string(REPLACE "," ";" ARGS "${ARGS}")
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} OUTPUT_FILE "${OUT}.tmp" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(REMOVE "${OUT}.tmp")
    message(FATAL_ERROR "${PROGRAM} ${ARGS} failed (${rc})")
endif()
file(RENAME "${OUT}.tmp" "${OUT}")
