# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch annotation makes and frees a few small strings and vectors per token; glibc's malloc spends about a tenth
# of the run on them. tcmalloc's thread-cached size classes (Debian's libgoogle-perftools-dev) cut that cost, so
# the batch executables link it when it is there. Sanitizer builds keep glibc's allocator, which ASan replaces.
option(ANNALIST_FAST_ALLOCATOR "Link the batch executables against tcmalloc when it is installed" ON)

if(ANNALIST_FAST_ALLOCATOR AND CMAKE_CXX_FLAGS MATCHES "-fsanitize")
    set(ANNALIST_FAST_ALLOCATOR OFF)
endif()
if(ANNALIST_FAST_ALLOCATOR)
    find_library(ANNALIST_TCMALLOC_LIBRARY NAMES tcmalloc_minimal)
    if(NOT ANNALIST_TCMALLOC_LIBRARY)
        message(STATUS "tcmalloc not found (Debian: libgoogle-perftools-dev): batch executables use glibc's malloc")
    endif()
endif()

# Links TARGET against tcmalloc. --no-as-needed keeps the library although no symbol is named: it takes over
# malloc and free by being loaded before the C library.
function(annalist_use_fast_allocator target)
    if(ANNALIST_FAST_ALLOCATOR AND ANNALIST_TCMALLOC_LIBRARY)
        target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" ${ANNALIST_TCMALLOC_LIBRARY}
                                                "-Wl,--pop-state")
    endif()
endfunction()
