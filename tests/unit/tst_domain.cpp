// The API value types (models/domain): every type's wire form, round trip and failure paths.
// Rows come from the fixtures in domaincases_*.cpp, so each required field, each enum field
// and each field's type of every type is checked without a function per type.
#include "domaincases.h"
#include "jsonpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kanri::domain;
using namespace kanri::domain::test;

namespace {

const QList<DomainCase> &cases()
{
    static const QList<DomainCase> all = coreCases() + accessCases() + activityCases();
    return all;
}

const DomainCase &caseNamed(const QString &name)
{
    for (const DomainCase &c : cases()) {
        if (c.name == name)
            return c;
    }
    qFatal("no fixture named %s", qPrintable(name));
}

QByteArray rowName(const DomainCase &c, const QString &detail)
{
    return (c.name + QStringLiteral(": ") + detail).toUtf8();
}

const QString kAccept = QStringLiteral("(accepted)");

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

    static void addErrorColumns()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");   // kAccept: must decode
        QTest::addColumn<QString>("message"); // a part of the expected message
    }
    static void checkError()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const std::optional<DecodeError> error = caseNamed(type).decodeError(json);
        if (field == kAccept) {
            QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
            QCOMPARE(caseNamed(type).roundTrip(json), QString());
            return;
        }
        QVERIFY2(error, "decoded although it should not have");
        QCOMPARE(error->field, field);
        QVERIFY(!error->message.isEmpty());
        QVERIFY2(error->message.contains(message), qPrintable(error->message));
    }

private Q_SLOTS:
    void fixturesCoverEveryType()
    {
        // 54 API types plus three pages; a new type needs a fixture.
        QCOMPARE(cases().size(), 57);
    }

    void fullValue_data()
    {
        QTest::addColumn<QString>("type");
        for (const DomainCase &c : cases())
            QTest::newRow(c.name.toUtf8()) << c.name;
    }
    // The fully populated value encodes to exactly the fixture, decodes from it, and survives
    // encode → bytes → decode.
    void fullValue()
    {
        QFETCH(QString, type);
        const DomainCase &c = caseNamed(type);
        const QJsonObject wire = parseFixture(c.fullJson);
        QCOMPARE(c.encode(true), wire);
        QCOMPARE(c.mismatch(wire, true), QString());
        QCOMPARE(c.roundTrip(c.encode(true)), QString());
    }

    void minimalValue_data() { fullValue_data(); }
    // All optional fields absent (requests) or null (responses).
    void minimalValue()
    {
        QFETCH(QString, type);
        const DomainCase &c = caseNamed(type);
        const QJsonObject wire = parseFixture(c.minimalJson);
        QCOMPARE(c.encode(false), wire);
        QCOMPARE(c.mismatch(wire, false), QString());
        QCOMPARE(c.roundTrip(c.encode(false)), QString());
        QVERIFY(c.encode(false) != c.encode(true));
    }

    void omittedNulls_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        for (const DomainCase &c : cases()) {
            for (const QString &path : allPaths(c.minimalJson)) {
                if (valueAt(parseFixture(c.minimalJson), path).isNull())
                    QTest::newRow(rowName(c, path)) << c.name << path;
            }
        }
    }
    // A null may also be left out, except where the model makes the field required.
    void omittedNulls()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        const DomainCase &c = caseNamed(type);
        const QJsonObject json = with(c.minimalJson, path, QJsonValue::Undefined);
        if (c.explicitNulls.contains(path)) {
            const auto error = c.decodeError(json);
            QVERIFY(error);
            QCOMPARE(error->field, path);
        } else {
            QCOMPARE(c.mismatch(json, false), QString());
        }
    }

    void missingRequired_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        for (const DomainCase &c : cases()) {
            for (const QString &path : c.required)
                QTest::newRow(rowName(c, path)) << c.name << path;
        }
    }
    void missingRequired()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        const DomainCase &c = caseNamed(type);
        const auto error = c.decodeError(with(c.fullJson, path, QJsonValue::Undefined));
        QVERIFY2(error, "decoded without a required field");
        QCOMPARE(error->field, path);
        QVERIFY2(error->message.contains(QLatin1StringView("required")),
                 qPrintable(error->message));
    }

    void optionalKeys_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("key");
        for (const DomainCase &c : cases()) {
            for (const QString &key : parseFixture(c.fullJson).keys()) {
                if (!c.required.contains(key))
                    QTest::newRow(rowName(c, key)) << c.name << key;
            }
        }
    }
    // What the model leaves optional really is: a decoder demanding it fails here.
    void optionalKeys()
    {
        QFETCH(QString, type);
        QFETCH(QString, key);
        const DomainCase &c = caseNamed(type);
        const QJsonObject json = with(c.fullJson, key, QJsonValue::Undefined);
        const auto error = c.decodeError(json);
        QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
        QCOMPARE(c.roundTrip(json), QString());
    }

    void wrongType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        for (const DomainCase &c : cases()) {
            for (const QString &path : allPaths(c.fullJson)) {
                if (!valueAt(parseFixture(c.fullJson), path).isNull())
                    QTest::newRow(rowName(c, path)) << c.name << path;
            }
        }
    }
    // Each field, at every depth, refuses a value of another JSON type and names itself.
    void wrongType()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        const DomainCase &c = caseNamed(type);
        const QJsonValue wrong = wrongTypeFor(valueAt(parseFixture(c.fullJson), path));
        const auto error = c.decodeError(with(c.fullJson, path, wrong));
        QVERIFY2(error, "decoded a value of the wrong type");
        QCOMPARE(error->field, path);
        QVERIFY2(error->message.startsWith(QLatin1StringView("expected")),
                 qPrintable(error->message));
    }

    void unknownEnum_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        for (const DomainCase &c : cases()) {
            for (const QString &path : c.enums)
                QTest::newRow(rowName(c, path)) << c.name << path;
        }
    }
    void unknownEnum()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        const DomainCase &c = caseNamed(type);
        QVERIFY2(valueAt(parseFixture(c.fullJson), path).isString(), "not an enum in the fixture");
        const auto error = c.decodeError(with(c.fullJson, path, QStringLiteral("Bogus")));
        QVERIFY2(error, "decoded an unknown enum value");
        QCOMPARE(error->field, path);
        QVERIFY2(error->message.startsWith(QLatin1StringView("unknown value \"Bogus\"")),
                 qPrintable(error->message));
    }

    void unknownKeys_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("object"); // path of the object that gets an extra key
        for (const DomainCase &c : cases()) {
            QTest::newRow(rowName(c, QStringLiteral("(top)"))) << c.name << QString();
            const QJsonObject full = parseFixture(c.fullJson);
            for (const QString &path : allPaths(c.fullJson)) {
                const bool inMap = std::any_of(c.maps.begin(), c.maps.end(), [&](const QString &m) {
                    return path == m || path.startsWith(m + QLatin1Char('/'));
                });
                if (valueAt(full, path).isObject() && !inMap)
                    QTest::newRow(rowName(c, path)) << c.name << path;
            }
        }
    }
    // Request bodies refuse unknown keys at every level; responses ignore them (a newer
    // service may add fields).
    void unknownKeys()
    {
        QFETCH(QString, type);
        QFETCH(QString, object);
        const DomainCase &c = caseNamed(type);
        const QString key = join(object, QStringLiteral("x_added"));
        const QJsonObject json = with(c.fullJson, key, QStringLiteral("surprise"));
        if (c.request) {
            const auto error = c.decodeError(json);
            QVERIFY2(error, "a request body accepted an unknown key");
            QCOMPARE(error->field, key);
            QCOMPARE(error->message, QStringLiteral("unknown field"));
        } else {
            QCOMPARE(c.mismatch(json, true), QString());
        }
    }

    void rules_data();
    void rules() { checkError(); }

    void pages();
    void problemDetails();
    void patchTriState();
    void decodeBodyNamesFields();
    void wireNames();
    void logExportFileName();
};

void TestDomain::rules_data()
{
    addErrorColumns();
    struct Rule
    {
        const char *type;
        const char *path;
        QJsonValue value; // undefined: remove
        QString field;    // kAccept: must decode
        const char *message;
    };
    const QJsonValue null(QJsonValue::Null);
    const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
    const auto f = [](const char *text) { return QString::fromLatin1(text); };
    const QList<Rule> rules = {
        {"Problem", "status", 99, f("status"), "between 100 and 599"},
        {"Problem", "retry_after", -1, f("retry_after"), "between"},
        {"Problem", "errors/1/field", 3, f("errors/1/field"), "expected a string"},
        {"UserUpdate", "status", s("locked"), f("status"), "only"},
        {"UserUpdate", "name_kana", s("タナカ"), kAccept, ""},
        {"LoginRequest", "totp", s("12345"), f("totp"), "six digits"},
        {"LoginRequest", "totp", s("1234567"), f("totp"), "six digits"},
        {"LoginRequest", "totp", s("12345a"), f("totp"), "six digits"},
        {"LoginRequest", "totp", s("１２３４５６"), f("totp"), "six digits"},
        {"LoginRequest", "totp", null, kAccept, ""},
        {"TotpConfirm", "code", s("abcdef"), f("code"), "six digits"},
        {"TokenResponse", "token_type", s("bearer"), kAccept, ""},
        {"TokenResponse", "token_type", s("MAC"), f("token_type"), "Bearer"},
        {"TokenResponse", "expires_in", -1, f("expires_in"), "between"},
        {"TokenResponse", "refresh_expires_in", 1.5, f("refresh_expires_in"), "integer"},
        {"TotpEnrollment", "secret", s("not base32!"), f("secret"), "base32"},
        {"TotpEnrollment", "otpauth_uri", s("https://example.jp"), f("otpauth_uri"), "otpauth"},
        {"PasswordPolicy", "min_length", 5, f("min_length"), "between 6"},
        {"TenantUpdate", "password_policy/min_length", 5, f("password_policy/min_length"),
         "between 6"},
        {"TenantUpdate", "time_zone", s("../etc/passwd"), f("time_zone"), "IANA"},
        {"TenantUpdate", "name", null, kAccept, ""},
        {"Tenant", "time_zone", s("Tokyo time"), f("time_zone"), "IANA"},
        {"Tenant", "log_retention_days", 0, f("log_retention_days"), "between"},
        {"Tenant", "lockout/max_attempts", 0, f("lockout/max_attempts"), "between"},
        {"Tenant", "contract/started_on", s("2025-02-30"), f("contract/started_on"), "date"},
        {"Tenant", "contract/ends_on", s("2027-03-31T00:00:00Z"), f("contract/ends_on"), "date"},
        {"LogExportPricing", "base_fee", -1, f("base_fee"), "between"},
        {"Scope", "type", s("tenant"), f("id"), "null"},
        {"Scope", "id", null, f("id"), "required"},
        {"RoleAssignmentCreate", "scope/type", s("tenant"), f("scope/id"), "null"},
        {"RoleAssignmentCreate", "operations", QJsonArray(), kAccept, ""},
        {"RoleAssignmentCreate", "operations", null, kAccept, ""},
        {"RoleAssignmentCreate", "operations/1", s("fly"), f("operations/1"), "unknown value"},
        {"Label", "color", s("#12345"), f("color"), "colour"},
        {"Label", "color", s("red"), f("color"), "colour"},
        {"Label", "color", s("#GGGGGG"), f("color"), "colour"},
        {"Label", "color", s("#1234567"), f("color"), "colour"},
        {"LabelCreate", "color", s("1E90FFF"), f("color"), "colour"},
        {"LabelUpdate", "color", s("#abcdeg"), f("color"), "colour"},
        {"Label", "asset_count", -1, f("asset_count"), "between"},
        {"File", "sha256", s("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"),
         f("sha256"), "lowercase"},
        {"File", "sha256", s("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85"),
         f("sha256"), "64"},
        {"File", "size", -1, f("size"), "between"},
        {"File", "size", 9007199254740991.0, kAccept, ""},
        {"File", "size", 9007199254740992.0, f("size"), "between"},
        {"FileCreate", "sha256", s(""), f("sha256"), "64"},
        {"FileDownload", "file/sha256", s("xyz"), f("file/sha256"), "64"},
        {"FolderUpdate", "parent_id", null, kAccept, ""},
        {"UsageSeries", "to", s("2026-11-01"), f("to"), "before"},
        {"UsageSeries", "time_zone", s("Asia Tokyo"), f("time_zone"), "IANA"},
        {"UsageSeries", "buckets/1/logins", -1, f("buckets/1/logins"), "between"},
        {"UsageSeries", "buckets/1/start", s("2026-13-01"), f("buckets/1/start"), "date"},
        {"Notice", "starts_at", s("2026-11-24T00:30:00"), f("starts_at"), "RFC 3339"},
        {"Notice", "incident_status", null, kAccept, ""},
        {"LogExportQuoteRequest", "to", s("2026-10-01T00:00:00Z"), f("to"), "after"},
        {"LogExportQuoteRequest", "to", s("2026-09-30T23:59:59Z"), f("to"), "after"},
        {"LogExportQuoteRequest", "log_type", s("operation"), f("format"), "access"},
        {"LogExportQuoteRequest", "csv_bom", null, kAccept, ""},
        {"LogExportQuoteRequest", "filters", null, kAccept, ""},
        {"LogExportQuoteRequest", "filters", QJsonObject(), kAccept, ""},
        {"LogExportCreate", "log_type", s("operation"), f("format"), "access"},
        {"LogExport", "log_type", s("operation"), f("format"), "access"},
        {"LogExport", "sha256", s("ABC"), f("sha256"), "64"},
        {"LogExport", "row_count", -5, f("row_count"), "between"},
        {"LogExportQuote", "price", 1.5, f("price"), "integer"},
        {"LogExportQuote", "size_estimate", 9007199254740993.0 * 2, f("size_estimate"), "2^53"},
        // 09:00+09:00 is 00:00Z, the same instant as "from": an empty range.
        {"LogExportManifest", "to", s("2026-10-01T09:00:00+09:00"), f("to"), "after"},
        {"LogExportManifest", "to", s("2026-10-01T09:00:01+09:00"), kAccept, ""},
        {"Page<User>", "tombstones/1/deleted_at", s("yesterday"), f("tombstones/1/deleted_at"),
         "RFC 3339"},
        {"Page<User>", "items/1/email", QJsonValue(QJsonValue::Undefined), f("items/1/email"),
         "required"},
        {"Page<User>", "watermark", null, kAccept, ""},
        {"Me", "role_ids/1", 5, f("role_ids/1"), "expected a string"},
    };
    for (const Rule &r : rules) {
        const DomainCase &c = caseNamed(QString::fromLatin1(r.type));
        const QString path = QString::fromLatin1(r.path);
        QTest::newRow(rowName(c, path + QStringLiteral(" = ")
                                     + QString::fromUtf8(QJsonDocument(QJsonArray{r.value})
                                                             .toJson(QJsonDocument::Compact))))
            << c.name << with(c.fullJson, path, r.value) << r.field
            << QString::fromLatin1(r.message);
    }
}

void TestDomain::pages()
{
    // A plain list page: no delta fields in, none out.
    const auto plain = decodeBody<Page<User>>(
        QByteArray(R"({"items":[)") + minimalUserJson() + R"(],"next_cursor":"c-9"})");
    QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().toString()));
    QCOMPARE(plain->items.size(), 1);
    QCOMPARE(plain->items.at(0).login, QStringLiteral("sato"));
    QCOMPARE(plain->nextCursor, std::optional<QString>(QStringLiteral("c-9")));
    QVERIFY(!plain->watermark);
    QVERIFY(plain->tombstones.isEmpty());
    const QJsonObject plainOut = plain->toJson();
    QCOMPARE(plainOut.keys(),
             (QStringList{QStringLiteral("items"), QStringLiteral("next_cursor")}));

    // A delta page: changed items, tombstones and the watermark to resume from.
    const DomainCase &c = caseNamed(QStringLiteral("Page<User>"));
    const auto delta = Page<User>::fromJson(parseFixture(c.fullJson), QString());
    QVERIFY(delta);
    QCOMPARE(delta->items.size(), 2);
    QCOMPARE(delta->items.at(0).name, QStringLiteral("田中 太郎"));
    QCOMPARE(delta->items.at(1).status, UserStatus::Invited);
    QCOMPARE(delta->tombstones.size(), 2);
    QCOMPARE(delta->tombstones.at(1).id, QStringLiteral("u-8"));
    QCOMPARE(delta->tombstones.at(1).deletedAt, utc(2026, 11, 24, 4, 29, 13, 1));
    QCOMPARE(delta->watermark, std::optional<QString>(QStringLiteral("1234")));
    QCOMPARE(delta->toJson().value(QLatin1StringView("tombstones")).toArray().size(), 2);

    // An empty delta page still carries its (empty) tombstones.
    const auto empty = decodeBody<Page<RoleAssignment>>(
        R"({"items":[],"next_cursor":null,"tombstones":[],"watermark":"77"})");
    QVERIFY(empty);
    QCOMPARE(empty->watermark, std::optional<QString>(QStringLiteral("77")));
    QVERIFY(empty->toJson().contains(QLatin1StringView("tombstones")));

    // An invalid element names its index.
    const auto bad = decodeBody<Page<User>>(QByteArray(R"({"items":[)") + fullUserJson() + ","
                                            + minimalUserJson().replace("invited", "gone")
                                            + R"(],"next_cursor":null})");
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("items/1/status"));
    QVERIFY(bad.error().message.contains(QLatin1StringView("active, disabled, locked, invited")));
}

void TestDomain::problemDetails()
{
    const auto p = decodeBody<Problem>(R"({"type":"urn:kanri:problem:rate-limited",
        "title":"Too many requests","status":429,"retry_after":17,"request_id":"r-5",
        "errors":[{"field":"items/0/login","message":"taken"}]})");
    QVERIFY(p);
    QCOMPARE(p->code(), QStringLiteral("rate-limited"));
    QCOMPARE(p->status, 429);
    QCOMPARE(p->retryAfter, std::optional<qint64>(17));
    QCOMPARE(p->requestId, std::optional<QString>(QStringLiteral("r-5")));
    QCOMPARE(p->errors.size(), 1);
    QCOMPARE(p->errors.at(0).field, QStringLiteral("items/0/login"));
    QCOMPARE(Problem::typeFor(u"rate-limited"), p->type);

    const auto bare = decodeBody<Problem>(R"({"title":"Teapot","status":418})");
    QVERIFY(bare);
    QCOMPARE(bare->type, QStringLiteral("about:blank"));
    QCOMPARE(bare->code(), QString());
    QVERIFY(bare->errors.isEmpty());
    QVERIFY(!bare->retryAfter);
    QVERIFY(!bare->toJson().contains(QLatin1StringView("errors")));

    const auto wrong = decodeBody<Problem>(R"({"title":"x","status":500,"retry_after":"soon"})");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().field, QStringLiteral("retry_after"));
}

void TestDomain::patchTriState()
{
    // Absent: leave alone. null: clear. A string: set.
    const auto absent = decodeBody<UserUpdate>("{}");
    const auto cleared = decodeBody<UserUpdate>(R"({"name_kana":null})");
    const auto set = decodeBody<UserUpdate>(R"({"name_kana":"カナ"})");
    QVERIFY(absent && cleared && set);
    QVERIFY(!absent->nameKana.has_value());
    QVERIFY(cleared->nameKana.has_value() && !cleared->nameKana->has_value());
    QCOMPARE(set->nameKana, std::optional<std::optional<QString>>(QStringLiteral("カナ")));
    QCOMPARE(toBytes(absent->toJson()), QByteArray("{}"));
    QCOMPARE(toBytes(cleared->toJson()), QByteArray(R"({"name_kana":null})"));
    QCOMPARE(toBytes(set->toJson()), QString(QStringLiteral(R"({"name_kana":"カナ"})")).toUtf8());

    const auto moveToTop = decodeBody<FolderUpdate>(R"({"parent_id":null})");
    QVERIFY(moveToTop);
    QVERIFY(moveToTop->parentId.has_value() && !moveToTop->parentId->has_value());
    QVERIFY(!moveToTop->name);
    QCOMPARE(toBytes(moveToTop->toJson()), QByteArray(R"({"parent_id":null})"));
    const auto rename = decodeBody<FolderUpdate>(R"({"name":"x"})");
    QVERIFY(rename && !rename->parentId.has_value());
    QCOMPARE(toBytes(rename->toJson()), QByteArray(R"({"name":"x"})"));
}

void TestDomain::decodeBodyNamesFields()
{
    const auto utf8 = decodeBody<Page<User>>(QByteArray(R"({"items":[)") + fullUserJson() + ","
                                             + minimalUserJson().replace("Sato", "S\xff")
                                             + "]}");
    QVERIFY(!utf8);
    QCOMPARE(utf8.error().field, QStringLiteral("items/1/name"));
    QVERIFY(utf8.error().message.contains(QLatin1StringView("UTF-8")));

    const auto syntax = decodeBody<Tenant>(R"({"options":{"mfa":tru}})");
    QVERIFY(!syntax);
    QCOMPARE(syntax.error().field, QStringLiteral("options/mfa"));

    const auto array = decodeBody<LoginRequest>(R"([{"login":"a","password":"b"}])");
    QVERIFY(!array);
    QCOMPARE(array.error().field, QString());
    QVERIFY(!array.error().message.isEmpty());

    const auto nested = decodeBody<Me>(QByteArray(R"({"user":)")
                                       + fullUserJson().replace("\"locked\"", "7") + "}");
    QVERIFY(!nested);
    QCOMPARE(nested.error().field, QStringLiteral("user/status"));
    QCOMPARE(nested.error().toString(),
             QStringLiteral("user/status: expected a string, got a number"));
}

void TestDomain::wireNames()
{
    const auto names = [](const char *text) {
        return QString::fromLatin1(text).split(QLatin1Char(' '));
    };
    // The exact wire names from the API model.
    QCOMPARE(kanri::domain::wireNames<UserStatus>(), names("active disabled locked invited"));
    QCOMPARE(kanri::domain::wireNames<AdminLevel>(), names("contract_admin admin none"));
    QCOMPARE(kanri::domain::wireNames<ContractStatus>(), names("active cancelling terminated"));
    QCOMPARE(kanri::domain::wireNames<Operation>(),
             names("view upload download edit delete share create_project manage_labels"));
    QCOMPARE(kanri::domain::wireNames<ScopeKind>(), names("tenant folder_or_project"));
    QCOMPARE(kanri::domain::wireNames<ScopeType>(), names("tenant folder project"));
    QCOMPARE(kanri::domain::wireNames<LabelLevel>(),
             names("public internal confidential secret"));
    QCOMPARE(kanri::domain::wireNames<AssetType>(), names("folder project"));
    QCOMPARE(kanri::domain::wireNames<Granularity>(), names("day week month"));
    QCOMPARE(kanri::domain::wireNames<UsageTopKind>(), names("folder project user"));
    QCOMPARE(kanri::domain::wireNames<NoticeKind>(), names("maintenance incident change info"));
    QCOMPARE(kanri::domain::wireNames<IncidentStatus>(),
             names("investigating identified monitoring resolved"));
    QCOMPARE(kanri::domain::wireNames<LogType>(), names("access operation"));
    QCOMPARE(kanri::domain::wireNames<LogFormat>(), names("csv jsonl combined"));
    QCOMPARE(kanri::domain::wireNames<LogExportState>(),
             names("requested approved generating ready expired rejected cancelled failed"));
    QCOMPARE(kanri::domain::wireNames<Currency>(), names("JPY"));
    QCOMPARE(kanri::domain::wireNames<Compression>(), names("gzip"));
    QCOMPARE(toWire(Operation::CreateProject), QStringLiteral("create_project"));
    QCOMPARE(fromWire<LogExportState>(u"cancelled"), std::optional(LogExportState::Cancelled));
    QVERIFY(!fromWire<LogExportState>(u"Cancelled"));
}

// The name the service gives a generated file and the console suggests when saving it.
void TestDomain::logExportFileName()
{
    LogExport e;
    e.id = QStringLiteral("le_01");
    e.format = LogFormat::Csv;
    QCOMPARE(e.fileName(), QStringLiteral("log-export-le_01.csv.gz"));
    e.format = LogFormat::Jsonl;
    QCOMPARE(e.fileName(), QStringLiteral("log-export-le_01.jsonl.gz"));
    e.format = LogFormat::Combined;
    QCOMPARE(e.fileName(), QStringLiteral("log-export-le_01.log.gz"));
}

QTEST_APPLESS_MAIN(TestDomain)
#include "tst_domain.moc"
