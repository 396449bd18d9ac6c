#include "accounts/csv.h"

#include <QStringDecoder>

namespace kanri::accounts {

namespace {

bool startsLikeFormula(QStringView field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

std::optional<CsvText> decodeCsv(const QByteArray &bytes)
{
    const bool bom = bytes.startsWith(CsvWriter::bom());
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bom ? bytes.mid(3) : bytes);
    if (!utf8.hasError())
        return CsvText{std::move(text), bom ? CsvEncoding::Utf8Bom : CsvEncoding::Utf8};
    QStringDecoder sjis("Shift_JIS", QStringConverter::Flag::Stateless);
    if (!sjis.isValid())
        return std::nullopt;
    text = sjis.decode(bytes);
    if (sjis.hasError() || text.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    return CsvText{std::move(text), CsvEncoding::ShiftJis};
}

QList<QStringList> parseCsv(QStringView text, QList<int> *lines)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        if (fieldStarted || !record.isEmpty() || !field.isEmpty()) {
            record.append(field);
            records.append(record);
            if (lines)
                lines->append(recordLine);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            endRecord();
            recordLine = ++line;
        } else {
            field += c;
        }
    }
    endRecord();
    return records;
}

QString unguardCsvField(const QString &field)
{
    if (field.size() > 1 && field.front() == u'\'' && startsLikeFormula(QStringView(field).mid(1)))
        return field.mid(1);
    return field;
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    bool first = true;
    for (const QString &f : fields) {
        if (!first)
            m_out += ',';
        first = false;
        const QString value = startsLikeFormula(f) ? QLatin1Char('\'') + f : f;
        const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
                           || value.contains(u'\r');
        if (!quote) {
            m_out += value.toUtf8();
            continue;
        }
        m_out += '"';
        m_out += QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")).toUtf8();
        m_out += '"';
    }
    m_out += "\r\n";
}

} // namespace kanri::accounts
