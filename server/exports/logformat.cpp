#include "exports/logformat.h"

#include <QUrl>

#include <array>

namespace kanri::server::exports {

namespace {

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm): QDateTime per row would
// cost more than the rest of the formatting.
void appendDigits(QByteArray &out, qint64 value, int width)
{
    char buffer[20];
    int n = 0;
    do {
        buffer[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out.append(buffer[--n]);
}

domain::UtcFields split(qint64 ms)
{
    return domain::utcFields(domain::UtcMs(std::chrono::milliseconds(ms)));
}

QByteArray text(const QSqlQuery &q, int column)
{
    return q.value(column).toString().toUtf8();
}

void appendCsvField(QByteArray &out, const QByteArray &rawField)
{
    // A cell that starts like a formula is one in Excel, which is what Japanese offices open
    // CSV files with: a leading apostrophe keeps it text (OWASP "CSV injection").
    const bool formula = !rawField.isEmpty() && QByteArrayView("=+-@\t\r").contains(rawField.front());
    const QByteArray field = formula ? QByteArray("'") + rawField : rawField;
    const bool quote = std::any_of(field.begin(), field.end(), [](char c) {
        return c == ',' || c == '"' || c == '\r' || c == '\n';
    });
    if (!quote) {
        out.append(field);
        return;
    }
    out.append('"');
    for (char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendJsonString(QByteArray &out, const QByteArray &value)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (u < 0x20) {
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 15]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

// A quoted item of the combined format, escaped as Apache's ap_escape_logitem does: `"` and
// `\` with a backslash, control and non-ASCII bytes as \xhh. Empty becomes "-".
void appendLogItem(QByteArray &out, const QByteArray &value)
{
    static constexpr char hex[] = "0123456789abcdef";
    if (value.isEmpty()) {
        out.append('-');
        return;
    }
    for (char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20 || u >= 0x7f) {
            out.append("\\x");
            out.append(hex[u >> 4]);
            out.append(hex[u & 15]);
        } else {
            out.append(c);
        }
    }
}

const std::array<QByteArray, 11> kAccessColumns{
    QByteArrayLiteral("time"),       QByteArrayLiteral("client_ip"),  QByteArrayLiteral("user_id"),
    QByteArrayLiteral("login"),      QByteArrayLiteral("method"),     QByteArrayLiteral("path"),
    QByteArrayLiteral("status"),     QByteArrayLiteral("latency_us"), QByteArrayLiteral("bytes"),
    QByteArrayLiteral("request_id"), QByteArrayLiteral("user_agent")};
const std::array<QByteArray, 9> kOperationColumns{
    QByteArrayLiteral("time"),    QByteArrayLiteral("actor_id"),  QByteArrayLiteral("actor"),
    QByteArrayLiteral("action"),  QByteArrayLiteral("target"),    QByteArrayLiteral("result"),
    QByteArrayLiteral("details"), QByteArrayLiteral("client_ip"), QByteArrayLiteral("request_id")};

// Which columns of the row are numbers (written bare in JSON); column 0 is the time.
bool isNumber(domain::LogType type, int column)
{
    return type == domain::LogType::Access && (column == 6 || column == 7 || column == 8);
}

} // namespace

void appendUtcTime(QByteArray &out, qint64 ms)
{
    const domain::UtcFields s = split(ms);
    appendDigits(out, s.year, 4);
    out.append('-');
    appendDigits(out, s.month, 2);
    out.append('-');
    appendDigits(out, s.day, 2);
    out.append('T');
    appendDigits(out, s.hour, 2);
    out.append(':');
    appendDigits(out, s.minute, 2);
    out.append(':');
    appendDigits(out, s.second, 2);
    out.append('.');
    appendDigits(out, s.milli, 3);
    out.append('Z');
}

void appendClfTime(QByteArray &out, qint64 ms, int offsetSeconds)
{
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const domain::UtcFields s = split(ms + qint64(offsetSeconds) * 1000);
    appendDigits(out, s.day, 2);
    out.append('/');
    out.append(months[s.month - 1]);
    out.append('/');
    appendDigits(out, s.year, 4);
    out.append(':');
    appendDigits(out, s.hour, 2);
    out.append(':');
    appendDigits(out, s.minute, 2);
    out.append(':');
    appendDigits(out, s.second, 2);
    out.append(' ');
    out.append(offsetSeconds < 0 ? '-' : '+');
    const int minutes = std::abs(offsetSeconds) / 60;
    appendDigits(out, minutes / 60, 2);
    appendDigits(out, minutes % 60, 2);
}

RowFormatter::RowFormatter(domain::LogType type, domain::LogFormat format, bool csvBom,
                           const QTimeZone &zone)
    : m_type(type)
    , m_format(format)
    , m_csvBom(csvBom && format == domain::LogFormat::Csv)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{}

QList<QByteArray> RowFormatter::columns(domain::LogType type)
{
    if (type == domain::LogType::Access)
        return {kAccessColumns.begin(), kAccessColumns.end()};
    return {kOperationColumns.begin(), kOperationColumns.end()};
}

QByteArray RowFormatter::preamble() const
{
    if (m_format != domain::LogFormat::Csv)
        return {};
    QByteArray out = m_csvBom ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
    out.append(columns(m_type).join(','));
    out.append("\r\n");
    return out;
}

void RowFormatter::append(QByteArray &out, const QSqlQuery &query)
{
    switch (m_format) {
    case domain::LogFormat::Csv:
        appendCsv(out, query);
        break;
    case domain::LogFormat::Jsonl:
        appendJson(out, query);
        break;
    case domain::LogFormat::Combined:
        appendCombined(out, query);
        break;
    }
}

void RowFormatter::appendCsv(QByteArray &out, const QSqlQuery &query) const
{
    appendUtcTime(out, query.value(0).toLongLong());
    const int n = m_type == domain::LogType::Access ? int(kAccessColumns.size())
                                                    : int(kOperationColumns.size());
    for (int i = 1; i < n; ++i) {
        out.append(',');
        if (isNumber(m_type, i))
            out.append(QByteArray::number(query.value(i).toLongLong()));
        else
            appendCsvField(out, text(query, i));
    }
    out.append("\r\n");
}

void RowFormatter::appendJson(QByteArray &out, const QSqlQuery &query) const
{
    const bool access = m_type == domain::LogType::Access;
    const auto *names = access ? kAccessColumns.data() : kOperationColumns.data();
    const int n = access ? int(kAccessColumns.size()) : int(kOperationColumns.size());
    out.append("{\"time\":\"");
    appendUtcTime(out, query.value(0).toLongLong());
    out.append('"');
    for (int i = 1; i < n; ++i) {
        out.append(",\"");
        out.append(names[i]);
        out.append("\":");
        const QVariant value = query.value(i);
        if (value.isNull())
            out.append("null");
        else if (isNumber(m_type, i))
            out.append(QByteArray::number(value.toLongLong()));
        else
            appendJsonString(out, value.toString().toUtf8());
    }
    out.append("}\n");
}

// ip - user [time] "METHOD path HTTP/1.1" status bytes "-" "user agent"
void RowFormatter::appendCombined(QByteArray &out, const QSqlQuery &query)
{
    const qint64 at = query.value(0).toLongLong();
    appendLogItem(out, text(query, 1));
    out.append(" - ");
    appendLogItem(out, text(query, 3));
    out.append(" [");
    appendClfTime(out, at, offsetSeconds(at));
    out.append("] \"");
    appendLogItem(out, text(query, 4));
    out.append(' ');
    // The log keeps the decoded path; the request line carries it encoded, as sent.
    appendLogItem(out, QUrl::toPercentEncoding(query.value(5).toString(), "/:@!$&'()*+,;="));
    out.append(" HTTP/1.1\" ");
    out.append(QByteArray::number(query.value(6).toLongLong()));
    out.append(' ');
    const qint64 bytes = query.value(8).toLongLong();
    out.append(bytes > 0 ? QByteArray::number(bytes) : QByteArrayLiteral("-"));
    out.append(" \"-\" \"");
    appendLogItem(out, text(query, 10));
    out.append("\"\n");
}

int RowFormatter::offsetSeconds(qint64 atMs)
{
    // Offsets change a few times a year, at whole quarter hours (UTC): one lookup per quarter
    // hour of log is exact and cheap.
    const qint64 quarter = atMs / 900000;
    if (quarter != m_offsetQuarter) {
        m_offsetQuarter = quarter;
        m_offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()));
    }
    return m_offset;
}

} // namespace kanri::server::exports
