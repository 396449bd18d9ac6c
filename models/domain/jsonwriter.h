#pragma once

#include "json.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUtf8StringView>

#include <cstddef>
#include <cstring>
#include <optional>

namespace kanri::domain {

// Writes compact JSON straight into bytes. For the hot paths only (a page of 200 users is
// written thousands of times a second); everything else uses the QJsonObject codecs, and tests
// check that both encodings of a type decode to the same value.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // A member name (a literal; never needs escaping); the next value call writes its value.
    template<std::size_t N>
    void key(const char (&name)[N])
    {
        const bool comma = needsComma();
        char *p = extend(static_cast<qsizetype>(N) + 2 + (comma ? 1 : 0));
        if (comma)
            *p++ = ',';
        *p++ = '"';
        std::memcpy(p, name, N - 1);
        p += N - 1;
        *p++ = '"';
        *p = ':';
        m_afterKey = true;
    }
    void string(const QString &value);
    void nullableString(const std::optional<QString> &value);
    // Text that is already valid UTF-8 (as read from the store), written without converting.
    void string(QUtf8StringView utf8);
    void nullableString(std::optional<QUtf8StringView> utf8);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    void dateTime(const QDateTime &value);
    void nullableDateTime(const std::optional<QDateTime> &value);
    void dateTime(UtcMs time);
    void nullableDateTime(std::optional<UtcMs> time);
    // Already serialised JSON (an element of an array).
    void raw(const QByteArray &json);

private:
    void open(char c);
    void close(char c);
    // Whether the next value needs a "," before it (and notes that one follows).
    bool needsComma();
    // Appends `size` bytes to the output and returns where they go: every value is written
    // with one such call rather than a QByteArray::append per piece.
    char *extend(qsizetype size);
    // A short token (a literal, a number) after its separator.
    void token(const char *text, qsizetype size);

    QByteArray &m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace kanri::domain
