#include "jsonwriter.h"

#include "json.h"

namespace kanri::domain {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::open(char c)
{
    separate();
    m_out.append(c);
    m_first = true;
}

void JsonWriter::close(char c)
{
    m_out.append(c);
    m_first = false;
}

void JsonWriter::string(const QString &value)
{
    separate();
    m_out.append('"');
    const QByteArray utf8 = value.toUtf8();
    static constexpr char hex[] = "0123456789abcdef";
    // Copy runs of characters that need no escaping in one go.
    const char *run = utf8.constData();
    const char *end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(run, end - run);
    m_out.append('"');
}

void JsonWriter::nullableString(const std::optional<QString> &value)
{
    if (value)
        string(*value);
    else
        null();
}

void JsonWriter::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_out.append(value ? "true" : "false");
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
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

void JsonWriter::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
}

} // namespace kanri::domain
