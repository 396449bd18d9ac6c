#include "accounts/usercsv.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace kanri::accounts {

namespace {

const QStringList kExportColumns{QStringLiteral("login"),       QStringLiteral("name"),          QStringLiteral("name_kana"),
                                 QStringLiteral("email"),       QStringLiteral("status"),        QStringLiteral("roles"),
                                 QStringLiteral("mfa_enabled"), QStringLiteral("last_login_at"), QStringLiteral("created_at")};
const QStringList kImportOnly{QStringLiteral("password")};

struct RoleEntry
{
    QString roleId;
    domain::Scope scope;
    QList<domain::Operation> operations;
};

QString entryText(const RoleEntry &e, const AccessMap &map)
{
    QString text = e.roleId + QLatin1Char('@') + map.path(e.scope);
    const domain::Role *role = map.role(e.roleId);
    if (role && !role->assignableOperations.isEmpty()) {
        QStringList ops;
        for (domain::Operation op : e.operations)
            ops << QString::fromLatin1(domain::wireLiteral(op));
        text += QLatin1Char('[') + ops.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    return text;
}

} // namespace

QString formatRoles(const QList<domain::RoleAssignment> &assignments, const AccessMap &map)
{
    QStringList entries;
    for (const domain::RoleAssignment &a : assignments)
        entries << entryText(RoleEntry{a.roleId, a.scope, a.operations}, map);
    return entries.join(QStringLiteral("; "));
}

std::optional<QByteArray> exportUsersCsv(cache::Database &db, const QList<qint64> &rowids, const AccessMap &map,
                                         const std::function<void(qsizetype)> &progress)
{
    // Every assignment once, by user: one pass instead of a query per user.
    QHash<QString, QStringList> roles;
    {
        cache::Statement s(db, "SELECT a.user_id, a.role_id, a.scope_type, a.scope_id, a.json "
                               "FROM role_assignments a LEFT JOIN roles r ON r.id = a.role_id ORDER BY r.position, a.scope_id");
        while (s.next()) {
            RoleEntry e{s.text(1), {}, {}};
            e.scope.type = domain::fromWire<domain::ScopeType>(s.text(2)).value_or(domain::ScopeType::Tenant);
            if (!s.isNull(3))
                e.scope.id = s.text(3);
            // Only roles whose assignments pick operations write them: the others need no decoding.
            const domain::Role *role = map.role(e.roleId);
            const QJsonArray ops = role && !role->assignableOperations.isEmpty()
                                       ? QJsonDocument::fromJson(s.text(4).toUtf8()).object().value(QStringLiteral("operations")).toArray()
                                       : QJsonArray();
            for (const QJsonValue &op : ops)
                if (auto o = domain::fromWire<domain::Operation>(op.toString()))
                    e.operations << *o;
            roles[s.text(0)] << entryText(e, map);
        }
        if (s.failed())
            return std::nullopt;
    }
    QByteArray out = CsvWriter::bom();
    out.reserve(rowids.size() * 160);
    CsvWriter writer(out);
    writer.writeRecord(kExportColumns);
    constexpr qsizetype kBlock = 500;
    for (qsizetype first = 0; first < rowids.size(); first += kBlock) {
        const QList<qint64> block = rowids.mid(first, kBlock);
        QByteArray sql = "SELECT rowid, id, login, name, coalesce(name_kana, ''), email, status, mfa, "
                         "coalesce(last_login_at, ''), created_at FROM users WHERE rowid IN ("
                         + cache::placeholders(block.size()) + ")";
        cache::Statement s(db, sql.constData());
        for (qsizetype i = 0; i < block.size(); ++i)
            s.bind(static_cast<int>(i + 1), block.at(i));
        QHash<qint64, QStringList> records;
        while (s.next()) {
            records.insert(s.int64(0), {s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                                        roles.value(s.text(1)).join(QStringLiteral("; ")),
                                        s.int64(7) ? QStringLiteral("true") : QStringLiteral("false"), s.text(8), s.text(9)});
        }
        if (s.failed())
            return std::nullopt;
        for (qint64 id : block)
            if (const auto it = records.constFind(id); it != records.constEnd())
                writer.writeRecord(*it);
        if (progress)
            progress(first + block.size());
    }
    return out;
}

QSet<QString> cachedLogins(cache::Database &db)
{
    QSet<QString> logins;
    cache::Statement s(db, "SELECT lower(login) FROM users");
    while (s.next())
        logins.insert(s.text(0).toLower());
    return logins;
}

QStringList passwordViolationTexts(const QList<domain::PolicyViolation> &violations, const domain::PasswordPolicy &policy)
{
    QStringList texts;
    for (domain::PolicyViolation v : violations) {
        switch (v) {
        case domain::PolicyViolation::TooShort:
            texts << QCoreApplication::translate("UserCsv", "At least %n characters.", nullptr, domain::minimumLength(policy));
            break;
        case domain::PolicyViolation::NoLetter:
            texts << QCoreApplication::translate("UserCsv", "At least one letter (A–Z, a–z).");
            break;
        case domain::PolicyViolation::NoDigit:
            texts << QCoreApplication::translate("UserCsv", "At least one digit (0–9).");
            break;
        case domain::PolicyViolation::NotHalfWidth:
            texts << QCoreApplication::translate("UserCsv", "Half-width letters, digits and symbols only.");
            break;
        case domain::PolicyViolation::TooLong:
            texts << QCoreApplication::translate("UserCsv", "At most %n characters.", nullptr, domain::PasswordPolicy::kMaxLength);
            break;
        }
    }
    return texts;
}

QList<ImportRole> parseRoles(const QString &cell, const AccessMap &map, QStringList &errors)
{
    static const QRegularExpression entryPattern(QStringLiteral(R"(^([a-z_]+)@(/[^\[]*?)\s*(?:\[([a-z_ ]*)\])?$)"));
    QList<ImportRole> roles;
    for (const QString &raw : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const QRegularExpressionMatch m = entryPattern.match(entry);
        if (!m.hasMatch()) {
            errors << QCoreApplication::translate("UserCsv", "Role \"%1\" is not written as role@/folder/path.").arg(entry);
            continue;
        }
        ImportRole role{m.captured(1), {}, std::nullopt};
        const domain::Role *known = map.role(role.roleId);
        if (!known) {
            errors << QCoreApplication::translate("UserCsv", "Unknown role \"%1\".").arg(role.roleId);
            continue;
        }
        const std::optional<domain::Scope> scope = map.scopeAt(m.captured(2));
        if (!scope) {
            errors << QCoreApplication::translate("UserCsv", "Unknown or ambiguous folder or project \"%1\".").arg(m.captured(2));
            continue;
        }
        role.scope = *scope;
        if ((known->scopeKind == domain::ScopeKind::Tenant) != (scope->type == domain::ScopeType::Tenant)) {
            errors << QCoreApplication::translate("UserCsv", "Role \"%1\" cannot be given on \"%2\".").arg(role.roleId, m.captured(2));
            continue;
        }
        if (!known->assignableOperations.isEmpty()) {
            QList<domain::Operation> ops;
            for (const QString &name : m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const auto op = domain::fromWire<domain::Operation>(name);
                if (!op || !known->assignableOperations.contains(*op))
                    errors << QCoreApplication::translate("UserCsv", "Operation \"%1\" cannot be given with role \"%2\".").arg(name, role.roleId);
                else
                    ops << *op;
            }
            role.operations = ops;
        }
        roles << role;
    }
    return roles;
}

qsizetype ImportPlan::errorRows() const
{
    return std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow &r) { return !r.errors.isEmpty(); });
}

ImportPlan planImport(const QByteArray &bytes, const ImportContext &context)
{
    ImportPlan plan;
    plan.fileId = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(24);
    const std::optional<CsvText> text = decodeCsv(bytes);
    if (!text) {
        plan.fileError = QCoreApplication::translate("UserCsv", "The file is neither UTF-8 nor Shift_JIS text. Save it from Excel as \"CSV UTF-8\" and try again.");
        return plan;
    }
    plan.encoding = text->encoding;
    QList<int> lines;
    const QList<QStringList> records = parseCsv(text->text, &lines);
    if (records.isEmpty()) {
        plan.fileError = QCoreApplication::translate("UserCsv", "The file is empty.");
        return plan;
    }
    QHash<QString, int> column;
    QStringList unknown;
    for (qsizetype i = 0; i < records.first().size(); ++i) {
        const QString name = records.first().at(i).trimmed().toLower();
        if (kExportColumns.contains(name) || kImportOnly.contains(name))
            column.insert(name, static_cast<int>(i));
        else
            unknown << records.first().at(i);
    }
    QStringList missing;
    for (const char *required : {"login", "name", "email"})
        if (!column.contains(QLatin1String(required)))
            missing << QLatin1String(required);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
        plan.fileError = QCoreApplication::translate("UserCsv", "The columns do not fit: the first line must name the columns login, name and email (and may name "
                            "name_kana, password, status and roles). Missing: %1. Unknown: %2.")
                             .arg(missing.isEmpty() ? QCoreApplication::translate("UserCsv", "none") : missing.join(QStringLiteral(", ")),
                                  unknown.isEmpty() ? QCoreApplication::translate("UserCsv", "none") : unknown.join(QStringLiteral(", ")));
        return plan;
    }
    if (records.size() < 2) {
        plan.fileError = QCoreApplication::translate("UserCsv", "The file has no users below its header line.");
        return plan;
    }
    static const QRegularExpression loginPattern(QStringLiteral("^[\\x21-\\x7e]{1,128}$"));
    static const QRegularExpression emailPattern(
        QStringLiteral("^[^\\s@\\x00-\\x1f\\x7f]+@[^\\s@\\x00-\\x1f\\x7f.]+(\\.[^\\s@\\x00-\\x1f\\x7f.]+)+$"));
    QHash<QString, int> seen; // lower-case login → line
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const auto field = [&](const char *name) {
            const int c = column.value(QLatin1String(name), -1);
            return c >= 0 && c < record.size() ? unguardCsvField(record.at(c)).trimmed() : QString();
        };
        ImportRow row;
        row.line = lines.value(r);
        row.user.login = field("login");
        row.user.name = field("name");
        row.user.email = field("email");
        if (const QString kana = field("name_kana"); !kana.isEmpty())
            row.user.nameKana = kana;
        if (const QString password = column.contains(QStringLiteral("password"))
                                         ? record.value(column.value(QStringLiteral("password")))
                                         : QString();
            !password.isEmpty())
            row.user.password = password;
        const QString status = field("status");
        row.disabled = status == QLatin1String("disabled");

        if (row.user.login.isEmpty())
            row.errors << QCoreApplication::translate("UserCsv", "The sign-in ID is missing.");
        else if (!loginPattern.match(row.user.login).hasMatch())
            row.errors << QCoreApplication::translate("UserCsv", "The sign-in ID must be 1 to 128 half-width characters without spaces.");
        else if (const int first = seen.value(row.user.login.toLower()); first > 0)
            row.errors << QCoreApplication::translate("UserCsv", "The sign-in ID is also on line %1.").arg(first);
        else if (context.takenLogins.contains(row.user.login.toLower()))
            row.errors << QCoreApplication::translate("UserCsv", "A user with this sign-in ID already exists.");
        if (!row.user.login.isEmpty())
            seen.insert(row.user.login.toLower(), row.line);
        if (row.user.name.isEmpty())
            row.errors << QCoreApplication::translate("UserCsv", "The name is missing.");
        else if (row.user.name.size() > 200)
            row.errors << QCoreApplication::translate("UserCsv", "The name is longer than 200 characters.");
        if (row.user.email.isEmpty())
            row.errors << QCoreApplication::translate("UserCsv", "The e-mail address is missing.");
        else if (row.user.email.size() > 254 || !emailPattern.match(row.user.email).hasMatch())
            row.errors << QCoreApplication::translate("UserCsv", "\"%1\" is not an e-mail address.").arg(row.user.email);
        if (const auto known = domain::fromWire<domain::UserStatus>(status); !status.isEmpty() && !known)
            row.errors << QCoreApplication::translate("UserCsv", "Unknown status \"%1\".").arg(status);
        else if (row.disabled)
            row.notes << QCoreApplication::translate("UserCsv", "Created disabled.");
        else if (known && *known != domain::UserStatus::Active)
            // Locked and invited are states the service gives an account itself (an export
            // carries them); a new account starts active.
            row.notes << QCoreApplication::translate("UserCsv", "Created active: the service sets \"%1\" itself.").arg(status);
        if (row.user.password)
            for (const QString &rule : passwordViolationTexts(domain::checkPassword(*row.user.password, context.policy),
                                                              context.policy))
                row.errors << QCoreApplication::translate("UserCsv", "Password: %1").arg(rule);
        if (context.map)
            row.roles = parseRoles(field("roles"), *context.map, row.errors);
        plan.rows.append(std::move(row));
    }
    return plan;
}

} // namespace kanri::accounts
