# ctest driver for `connectlab --screenshot FILE --run`: the window runs its link first (clicking through
# the sandbox's screens) and pictures the Run tab once the redirect is caught; with --plan it runs the test
# plan and pictures the Test plan tab. The diagnostics (connectlab.flow, connectlab.plan) show that the run
# happened before the picture. --run alone is a usage error, and so is a plan that does not exist.
#   cmake -DAPP=… -DOUT=… -DPLAN=…/smoke.json -P check_screenshot_run.cmake
file(REMOVE "${OUT}" "${OUT}.plan.png")
execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env QT_LOGGING_RULES=connectlab.flow.debug=true
            "${APP}" --screenshot "${OUT}" --run --size 1280x800
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${OUT}")
    message(FATAL_ERROR "--screenshot --run exited ${rc}: ${err}")
endif()
if(NOT err MATCHES "connectlab.flow: caught the redirect to http://localhost:8000/callback after [0-9]+ ms: code")
    message(FATAL_ERROR "the picture was taken without a caught code:\n${err}")
endif()

execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env QT_LOGGING_RULES=connectlab.plan.debug=true
            "${APP}" --screenshot "${OUT}.plan.png" --plan "${PLAN}" --run --theme dark
    RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${OUT}.plan.png")
    message(FATAL_ERROR "--screenshot --plan --run exited ${rc}: ${err}")
endif()
string(REGEX MATCHALL "connectlab.plan: case [0-9]+ \"[^\"]*\" ended" ended "${err}")
list(LENGTH ended count)
if(count LESS 10 OR err MATCHES "\" failed: ")
    message(FATAL_ERROR "expected every case of the plan to run and pass before the picture, got ${count}:\n${err}")
endif()

execute_process(COMMAND "${APP}" --run RESULT_VARIABLE alone ERROR_VARIABLE alone_err)
if(NOT alone EQUAL 2 OR NOT alone_err MATCHES "--run goes with --screenshot")
    message(FATAL_ERROR "--run without --screenshot should be refused with exit 2, got ${alone}: ${alone_err}")
endif()
execute_process(COMMAND "${APP}" --screenshot "${OUT}.none.png" --plan "${OUT}.missing.json"
    RESULT_VARIABLE missing ERROR_VARIABLE missing_err)
if(NOT missing EQUAL 2 OR EXISTS "${OUT}.none.png" OR NOT missing_err MATCHES "could not open the plan")
    message(FATAL_ERROR "a missing --plan should be refused with exit 2, got ${missing}: ${missing_err}")
endif()
