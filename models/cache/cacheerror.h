#pragma once

#include "cache/sqlite.h"

#include <QString>

namespace kanri::cache {

// Why the cache could not be opened or written, with a sentence a person can act on.
struct CacheError
{
    enum class Kind {
        WrongKey,       // the key (or passphrase) does not open this file; the file is untouched
        Corrupt,        // the file is damaged: rebuild it (delete, then a full sync)
        TooNew,         // written by a newer Kanri; rebuild it or update Kanri
        DiskFull,
        Io,             // cannot create, read or write the file (permissions, I/O error)
        KeychainFailed, // the keychain refused to give or keep the cache key
    };

    Kind kind = Kind::Io;
    QString technicalDetail; // SQLite's or the keychain's own words, for logs

    // Whether deleting the cache and syncing everything again is the way out.
    bool rebuildable() const { return kind == Kind::Corrupt || kind == Kind::TooNew; }
    QString message() const;

    // The error that an SQLite failure on an opened, keyed cache means.
    static CacheError fromSql(const SqlError &error);
};

} // namespace kanri::cache
