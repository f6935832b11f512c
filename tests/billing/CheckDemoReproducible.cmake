# Regenerates the demo billing file with the date it was committed with and compares it byte for
# byte with resources/demo/billing.json: the generator is deterministic and the file is its output.
# cmake -DPYTHON=python3 -DGENERATOR=… -DCOMMITTED=… -DOUTPUT=… -P CheckDemoReproducible.cmake
execute_process(COMMAND ${PYTHON} ${GENERATOR} --now 2026-11-26 --output ${OUTPUT}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the generator failed (${result})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUTPUT} ${COMMITTED} RESULT_VARIABLE different)
if(different)
    message(FATAL_ERROR "resources/demo/billing.json is not what generate_demo_billing.py makes: regenerate it")
endif()
