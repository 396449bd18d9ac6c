#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstddef>
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
        separate();
        m_out.append('"');
        m_out.append(name, N - 1);
        m_out.append("\":", 2);
        m_afterKey = true;
    }
    void string(const QString &value);
    void nullableString(const std::optional<QString> &value);
    void integer(qint64 value);
    void boolean(bool value);
    void null();
    void dateTime(const QDateTime &value);
    void nullableDateTime(const std::optional<QDateTime> &value);
    // Already serialised JSON (an element of an array).
    void raw(const QByteArray &json);

private:
    void open(char c);
    void close(char c);
    void separate();

    QByteArray &m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace kanri::domain
