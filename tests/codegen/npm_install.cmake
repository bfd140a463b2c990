# The npm_install test fixture: installs the pinned SDK packages the Node proof runs against into DIR (under the
# build tree, never the checkout). Already there at the pinned versions: nothing to do. npm missing or the
# install failing (offline, registry down): the fixture fails with the reason, and ctest fails the proof with it.
#   cmake -DDIR=<build>/npm -P npm_install.cmake
set(PINNED "smartcar=10.4.0" "@smartcar/auth=2.14.1")

set(all_present TRUE)
foreach(pin IN LISTS PINNED)
    string(REPLACE "=" ";" parts "${pin}")
    list(GET parts 0 package)
    list(GET parts 1 version)
    set(manifest "${DIR}/node_modules/${package}/package.json")
    if(EXISTS "${manifest}")
        file(READ "${manifest}" json)
        string(JSON installed ERROR_VARIABLE json_error GET "${json}" version)
        if(NOT installed STREQUAL version)
            set(all_present FALSE)
        endif()
    else()
        set(all_present FALSE)
    endif()
endforeach()
if(all_present)
    message(STATUS "smartcar 10.4.0 and @smartcar/auth 2.14.1 are installed in ${DIR}")
    return()
endif()

find_program(NPM npm)
if(NOT NPM)
    message(FATAL_ERROR "npm is not installed: the Node SDK proof (tst_nodesdkproof) needs node and npm to install "
                        "smartcar@10.4.0. Install them (apt-get install nodejs npm) or run .ci/run.")
endif()
file(MAKE_DIRECTORY "${DIR}")
file(WRITE "${DIR}/package.json"
     "{\"name\": \"connectlab-sdk-proof\", \"private\": true, \"description\": \"Pinned Smartcar SDKs for "
     "tst_nodesdkproof\", \"dependencies\": {\"smartcar\": \"10.4.0\", \"@smartcar/auth\": \"2.14.1\"}}\n")
execute_process(
    COMMAND "${NPM}" install --no-audit --no-fund --no-package-lock --fetch-retries=1 --fetch-retry-mintimeout=2000
            --fetch-retry-maxtimeout=5000 --fetch-timeout=60000
    WORKING_DIRECTORY "${DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output
    TIMEOUT 300)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "npm could not install smartcar@10.4.0 and @smartcar/auth@2.14.1 into ${DIR} (${result}). "
                        "The Node SDK proof needs the npm registry (https://registry.npmjs.org) or a warm npm "
                        "cache; it does not skip.\n${output}")
endif()
message(STATUS "Installed smartcar 10.4.0 and @smartcar/auth 2.14.1 into ${DIR}")
