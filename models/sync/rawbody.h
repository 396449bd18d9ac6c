#pragma once

#include "domain/decoded.h"
#include "domain/json.h"

#include <QByteArray>

namespace kanri::sync {

// A response body kept as bytes: sync pages are decoded on the sync thread, not on the
// thread of the ApiClient.
struct RawBody
{
    QByteArray bytes;
};

} // namespace kanri::sync

namespace kanri::domain {
template<>
inline Decoded<sync::RawBody> decodeBody<sync::RawBody>(const QByteArray &json)
{
    return sync::RawBody{json};
}
} // namespace kanri::domain
