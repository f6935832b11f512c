# Fails when a layer includes one it must not see (docs/architecture.md, "Layers"):
#   shared/ sees only shared/; app/ sees shared/ and app/; ui/ sees shared/, app/ and ui/;
#   server/ sees shared/ and server/. Includes are repository-root-relative, so the first path
#   component names the layer. app/main.cpp is the client executable on top of ui/, not part of
#   the lkk-core library, so it may see ui/ too.
# usage: cmake -DROOT=<source dir> -P CheckLayering.cmake
cmake_minimum_required(VERSION 3.25)
set(allowed_shared shared)
set(allowed_app shared app generated)
set(allowed_ui shared app ui generated)
set(allowed_server shared server generated)
set(violations "")
foreach(layer shared app ui server)
    file(GLOB_RECURSE files "${ROOT}/${layer}/*.h" "${ROOT}/${layer}/*.cpp")
    list(REMOVE_ITEM files "${ROOT}/app/main.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[^\"]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^/\"]+)/.*" "\\1" target "${line}")
            if(NOT target IN_LIST allowed_${layer})
                file(RELATIVE_PATH rel "${ROOT}" "${file}")
                string(APPEND violations "  ${rel}: ${line}\n")
            endif()
        endforeach()
    endforeach()
endforeach()
if(violations)
    message(FATAL_ERROR "Includes that cross a layer boundary:\n${violations}")
endif()
message(STATUS "layering: every include stays inside its layer's allowed set")
