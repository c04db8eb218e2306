# SPDX-FileCopyrightText: Annalist contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a C++ file holding every resources/sql/NNNN_*.sql migration, in order, as raw strings.
file(GLOB migrations ${SQL_DIR}/*.sql)
list(SORT migrations)
set(body "")
foreach(file IN LISTS migrations)
    get_filename_component(name ${file} NAME)
    string(REGEX MATCH "^[0-9]+" number ${name})
    math(EXPR version "${number}")
    file(READ ${file} sql)
    string(APPEND body "    {${version}, \"${name}\", R\"annalist_sql(${sql})annalist_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from resources/sql by core/cmake/embed_migrations.cmake; do not edit.
#include \"store/migrations.h\"

namespace annalist::core {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
${body}    };
    return all;
}

} // namespace annalist::core
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
