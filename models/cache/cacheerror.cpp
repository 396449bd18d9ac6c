#include "cache/cacheerror.h"

#include <QCoreApplication>

namespace kanri::cache {

QString CacheError::message() const
{
    switch (kind) {
    case Kind::WrongKey:
        return QCoreApplication::translate(
            "CacheError", "The offline cache could not be unlocked with this key or passphrase. "
                          "The cache was left as it is.");
    case Kind::Corrupt:
        return QCoreApplication::translate(
            "CacheError", "The offline cache is damaged. It will be rebuilt by downloading "
                          "everything again.");
    case Kind::TooNew:
        return QCoreApplication::translate(
            "CacheError", "The offline cache was written by a newer version of Kanri. Update "
                          "Kanri, or rebuild the cache.");
    case Kind::DiskFull:
        return QCoreApplication::translate(
            "CacheError", "The disk is full: the offline cache cannot be updated. Free some "
                          "space and sync again.");
    case Kind::Io:
        return QCoreApplication::translate(
            "CacheError", "The offline cache file cannot be read or written. Check the "
                          "permissions of the data folder.");
    case Kind::KeychainFailed:
        return QCoreApplication::translate(
            "CacheError", "The system keychain refused to give the key of the offline cache. "
                          "Unlock the keychain and try again.");
    }
    return {};
}

CacheError CacheError::fromSql(const SqlError &error)
{
    Kind kind = Kind::Io;
    // SQLCipher answers a page that fails its authentication check with a plain SQLITE_ERROR;
    // the cache's statements are fixed, so on a keyed cache that error means damage too.
    if (error.isCorrupt() || error.isNotADatabase() || error.isGeneric())
        kind = Kind::Corrupt;
    else if (error.isFull())
        kind = Kind::DiskFull;
    return CacheError{kind, error.message};
}

} // namespace kanri::cache
