#include "jsonwriter.h"

#include "json.h"

#include <algorithm>
#include <charconv>

namespace kanri::domain {

bool JsonWriter::needsComma()
{
    if (m_afterKey) {
        m_afterKey = false;
        return false;
    }
    const bool comma = !m_first;
    m_first = false;
    return comma;
}

char *JsonWriter::extend(qsizetype size)
{
    const qsizetype used = m_out.size();
    if (m_out.capacity() - used < size)
        m_out.reserve(std::max(used + size, 2 * m_out.capacity()));
    m_out.resize(used + size);
    return m_out.data() + used;
}

void JsonWriter::token(const char *text, qsizetype size)
{
    const bool comma = needsComma();
    char *p = extend(size + (comma ? 1 : 0));
    if (comma)
        *p++ = ',';
    std::memcpy(p, text, static_cast<std::size_t>(size));
}

void JsonWriter::open(char c)
{
    token(&c, 1);
    m_first = true;
}

void JsonWriter::close(char c)
{
    *extend(1) = c;
    m_first = false;
}

void JsonWriter::string(const QString &value)
{
    string(QUtf8StringView(value.toUtf8()));
}

namespace {
// For a byte that is escaped: the letter of its two-character escape (newline: n), or 0 when
// it takes the \u00XX form.
constexpr char shortEscape(unsigned char c)
{
    switch (c) {
    case '"':
        return '"';
    case '\\':
        return '\\';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

constexpr bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}
} // namespace

void JsonWriter::string(QUtf8StringView utf8)
{
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    // Measure first, so the string is written with one extension of the output.
    qsizetype extra = 0;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (needsEscape(c))
            extra += shortEscape(c) ? 1 : 5;
    }
    const bool comma = needsComma();
    char *out = extend(utf8.size() + extra + 2 + (comma ? 1 : 0));
    if (comma)
        *out++ = ',';
    *out++ = '"';
    if (extra == 0) {
        if (begin != end)
            std::memcpy(out, begin, static_cast<std::size_t>(utf8.size()));
        out += utf8.size();
    } else {
        static constexpr char hex[] = "0123456789abcdef";
        for (const char *p = begin; p != end; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (!needsEscape(c)) {
                *out++ = *p;
                continue;
            }
            *out++ = '\\';
            if (const char e = shortEscape(c)) {
                *out++ = e;
                continue;
            }
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = hex[c >> 4];
            *out++ = hex[c & 0xf];
        }
    }
    *out = '"';
}

void JsonWriter::nullableString(const std::optional<QString> &value)
{
    if (value)
        string(*value);
    else
        null();
}

void JsonWriter::nullableString(std::optional<QUtf8StringView> utf8)
{
    if (utf8)
        string(*utf8);
    else
        null();
}

void JsonWriter::integer(qint64 value)
{
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    token(buffer, end - buffer);
}

void JsonWriter::boolean(bool value)
{
    if (value)
        token("true", 4);
    else
        token("false", 5);
}

void JsonWriter::null()
{
    token("null", 4);
}

void JsonWriter::dateTime(const QDateTime &value)
{
    string(formatDateTime(value));
}

void JsonWriter::nullableDateTime(const std::optional<QDateTime> &value)
{
    if (value)
        dateTime(*value);
    else
        null();
}

void JsonWriter::dateTime(UtcMs time)
{
    char buffer[kDateTimeChars + 2];
    buffer[0] = '"';
    const qsizetype length = formatDateTime(time, buffer + 1);
    buffer[length + 1] = '"';
    token(buffer, length + 2);
}

void JsonWriter::nullableDateTime(std::optional<UtcMs> time)
{
    if (time)
        dateTime(*time);
    else
        null();
}

void JsonWriter::raw(const QByteArray &json)
{
    token(json.constData(), json.size());
}

} // namespace kanri::domain
