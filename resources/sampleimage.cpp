// SPDX-License-Identifier: MIT
// Build-time tool: makes the built-in sample briefing as a ready SQLite file from
// db/file/schema.sql and the sample's SQL, so the viewer opens it like any briefing
// instead of running the SQL at every start.
//   bv-sample-image OUT SQL...
#include <sqlite3.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace {

bool exec(sqlite3 *db, const std::string &sql, const char *what)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    std::fprintf(stderr, "bv-sample-image: %s: %s\n", what, message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bv-sample-image OUT SQL...\n");
        return 2;
    }
    const std::string out = argv[1];
    const std::string part = out + ".part";
    std::remove(part.c_str());
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(part.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK
              && exec(db, "PRAGMA journal_mode=DELETE; BEGIN;", "begin");
    for (int i = 2; ok && i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        std::ostringstream text;
        text << file.rdbuf();
        ok = file.good() || file.eof();
        if (!ok)
            std::fprintf(stderr, "bv-sample-image: cannot read %s\n", argv[i]);
        ok = ok && exec(db, text.str(), argv[i]);
    }
    // Compact, so the image compiled into the program holds no free pages.
    ok = ok && exec(db, "COMMIT; VACUUM;", "commit");
    sqlite3_close(db);
    if (!ok || std::rename(part.c_str(), out.c_str()) != 0) {
        std::remove(part.c_str());
        return 1;
    }
    return 0;
}
