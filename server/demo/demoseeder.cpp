#include "demo/demoseeder.h"

#include <QSqlError>

namespace kanri::server::demo::detail {

qint64 jstDay(qint64 ms)
{
    const qint64 local = ms + kJstOffsetMs;
    return local >= 0 ? local / kDayMs : -((-local + kDayMs - 1) / kDayMs);
}

QDate jstDate(qint64 ms)
{
    // Julian day 2440588 is 1970-01-01.
    return QDate::fromJulianDay(2440588 + jstDay(ms));
}

QString jstDateText(qint64 ms)
{
    static const QStringView weekdays[] = {u"月", u"火", u"水", u"木", u"金", u"土", u"日"};
    const QDate date = jstDate(ms);
    return QStringLiteral("%1年%2月%3日（%4）")
        .arg(date.year())
        .arg(date.month())
        .arg(date.day())
        .arg(weekdays[date.dayOfWeek() - 1]);
}

QString jstTimeText(qint64 ms)
{
    const qint64 sinceMidnight = ms - jstDayStart(jstDay(ms));
    return QStringLiteral("%1:%2")
        .arg(sinceMidnight / kHourMs)
        .arg(sinceMidnight % kHourMs / kMinuteMs, 2, 10, QLatin1Char('0'));
}

bool isDayOff(qint64 day)
{
    const QDate date = QDate::fromJulianDay(2440588 + day);
    if (date.dayOfWeek() >= 6)
        return true;
    return (date.month() == 12 && date.day() >= 29) || (date.month() == 1 && date.day() <= 3);
}

int fiscalYear(qint64 ms)
{
    const QDate date = jstDate(ms);
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

int Random::below(qsizetype n)
{
    Q_ASSERT(n > 0);
    // 64 bits of randomness keep the modulo bias negligible for any n used here.
    const std::uint64_t wide = (std::uint64_t(m_engine()) << 32) | m_engine();
    return static_cast<int>(wide % static_cast<std::uint64_t>(n));
}

qint64 Random::between(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const std::uint64_t wide = (std::uint64_t(m_engine()) << 32) | m_engine();
    return low + static_cast<qint64>(wide % static_cast<std::uint64_t>(high - low + 1));
}

double Random::unit()
{
    return static_cast<double>(m_engine()) / 4294967296.0;
}

int Random::weighted(std::span<const int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return static_cast<int>(i);
        roll -= weights[i];
    }
    return static_cast<int>(weights.size()) - 1;
}

QByteArray Random::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    for (char &c : out)
        c = static_cast<char>(m_engine() & 0xffu);
    return out;
}

qint64 officeTime(Random &rng, qint64 day)
{
    static constexpr int kHourWeights[24] = {0, 0,  0,  0,  0, 0, 1, 3, 10, 16, 13, 11,
                                             6, 12, 11, 10, 9, 8, 5, 3, 2,  1,  1,  1};
    const int hour = rng.weighted(kHourWeights);
    return jstDayStart(day) + hour * kHourMs + rng.between(0, kHourMs - 1);
}

BatchInsert::BatchInsert(QSqlDatabase db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
    , m_full(m_db)
{
    m_pending.reserve(m_columns.size() * rowsPerStatement);
}

QString BatchInsert::sqlFor(int rows) const
{
    QString placeholders = QStringLiteral("(?");
    for (qsizetype i = 1; i < m_columns.size(); ++i)
        placeholders += QStringLiteral(",?");
    placeholders += QLatin1Char(')');
    QStringList values;
    values.reserve(rows);
    for (int i = 0; i < rows; ++i)
        values.append(placeholders);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}

bool BatchInsert::add(std::initializer_list<QVariant> row)
{
    if (!m_error.isEmpty())
        return false;
    Q_ASSERT(static_cast<qsizetype>(row.size()) == m_columns.size());
    for (const QVariant &value : row)
        m_pending.append(value);
    if (m_pending.size() < m_columns.size() * m_rowsPerStatement)
        return true;
    if (m_full.lastQuery().isEmpty() && !m_full.prepare(sqlFor(m_rowsPerStatement))) {
        m_error = QStringLiteral("cannot prepare the insert into %1: %2")
                      .arg(m_table, m_full.lastError().text());
        return false;
    }
    return flush(m_rowsPerStatement, m_full);
}

bool BatchInsert::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (m_pending.isEmpty())
        return true;
    const auto rows = static_cast<int>(m_pending.size() / m_columns.size());
    QSqlQuery rest(m_db);
    if (!rest.prepare(sqlFor(rows))) {
        m_error = QStringLiteral("cannot prepare the insert into %1: %2")
                      .arg(m_table, rest.lastError().text());
        return false;
    }
    return flush(rows, rest);
}

bool BatchInsert::flush(int rows, QSqlQuery &query)
{
    Q_ASSERT(m_pending.size() == m_columns.size() * rows);
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        query.bindValue(static_cast<int>(i), m_pending.at(i));
    m_pending.clear();
    if (query.exec())
        return true;
    m_error = QStringLiteral("cannot insert into %1: %2").arg(m_table, query.lastError().text());
    return false;
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QString roleId(Role role)
{
    switch (role) {
    case Role::ContractAdmin:
        return QStringLiteral("contract_admin");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::General:
        return QStringLiteral("general");
    case Role::Guest:
        return QStringLiteral("guest");
    case Role::DroneOperator:
        return QStringLiteral("drone_operator");
    }
    return {};
}

qint64 Seeder::nextPk(const QString &table)
{
    auto it = m_nextPk.find(table);
    if (it == m_nextPk.end()) {
        QSqlQuery query(db);
        // `table` is one of this module's literals, never outside input.
        const bool ok =
            query.exec(QStringLiteral("SELECT COALESCE(MAX(pk), 0) FROM ") + table) && query.next();
        it = m_nextPk.insert(table, ok ? query.value(0).toLongLong() + 1 : 1);
    }
    return (*it)++;
}

bool Seeder::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return fail(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.left(80)));
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return fail(QStringLiteral("%1 (in: %2)").arg(query.lastError().text(), sql.left(80)));
    return true;
}

bool Seeder::fail(const QString &message)
{
    if (error.isEmpty())
        error = message;
    return false;
}

} // namespace kanri::server::demo::detail
