// Classification labels and their use on folders and projects, and the service notices
// (maintenance, incident, change) of the demo tenants.
#include "demo/demoseeder.h"

#include "auth/tokens.h"

#include <QSet>

#include <algorithm>

namespace kanri::server::demo::detail {

namespace {

struct LabelDef
{
    QStringView name;
    QStringView level;
    QStringView color;
    QStringView description;
    int weight; // how often it is put on a folder or project
};

constexpr LabelDef kDemoLabels[] = {
    {u"公開", u"public", u"#2E7D32", u"社外に公開してよい情報。", 10},
    {u"社内限定", u"internal", u"#1565C0", u"社内の関係者に限って共有する情報。", 35},
    {u"社外秘", u"confidential", u"#EF6C00",
     u"社外に出さない情報。取引先との共有は契約に基づく場合に限る。", 30},
    {u"機密", u"secret", u"#C62828", u"閲覧者を限定する情報。ダウンロードには管理者の承認が必要。",
     10},
    {u"個人情報あり", u"confidential", u"#6A1B9A",
     u"人物や車両のナンバーが写り込んだ画像など、個人情報を含む。", 15},
};

constexpr LabelDef kOtherLabels[] = {
    {u"一般", u"public", u"#43A047", u"制限のない情報。", 1},
    {u"部外秘", u"confidential", u"#FF8F00", u"部署の外に出さない情報。", 1},
};

// The working day on or before `day`.
qint64 workingDayBefore(qint64 day)
{
    while (isDayOff(day))
        --day;
    return day;
}

} // namespace

bool seedLabels(Seeder &seeder, TenantSeed &tenant)
{
    Random &rng = seeder.rng;
    const std::span<const LabelDef> defs = tenant.spec.slug == QLatin1StringView("demo")
                                               ? std::span<const LabelDef>(kDemoLabels)
                                               : std::span<const LabelDef>(kOtherLabels);
    BatchInsert labels(seeder.db, QStringLiteral("labels"),
                       {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                        QStringLiteral("name"), QStringLiteral("color"), QStringLiteral("level"),
                        QStringLiteral("description"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at"), QStringLiteral("seq")});
    std::vector<qint64> labelPks;
    std::vector<int> weights;
    const qint64 labelsCreated = tenant.createdAt + kDayMs;
    for (const LabelDef &def : defs) {
        labelPks.push_back(seeder.nextPk(QStringLiteral("labels")));
        weights.push_back(def.weight);
        labels.add({labelPks.back(), auth::newId(u"l"), tenant.pk, def.name.toString(),
                    def.color.toString(), def.level.toString(), def.description.toString(),
                    labelsCreated, labelsCreated, tenant.nextSeq()});
    }
    if (!labels.finish())
        return seeder.fail(labels.error());

    BatchInsert uses(seeder.db, QStringLiteral("label_assignments"),
                     {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                      QStringLiteral("label_pk"), QStringLiteral("target_type"),
                      QStringLiteral("target_pk"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at"), QStringLiteral("seq")});
    // One classification per folder or project: distinct targets.
    QSet<qint64> labelled; // folder pk, or -project pk
    const auto folders = static_cast<qsizetype>(tenant.folders.size());
    const auto projects = static_cast<qsizetype>(tenant.projects.size());
    for (int made = 0, tries = 0; made < tenant.spec.labelAssignments && tries < 10000; ++tries) {
        const bool folder = projects == 0 || rng.chance(0.3);
        qint64 targetPk = 0;
        qint64 since = labelsCreated;
        if (folder) {
            const FolderSeed &f = tenant.folders[static_cast<std::size_t>(rng.below(folders))];
            targetPk = f.pk;
            since = std::max(since, f.createdAt);
        } else {
            const ProjectSeed &p = tenant.projects[static_cast<std::size_t>(rng.below(projects))];
            targetPk = p.pk;
            since = std::max(since, p.createdAt);
        }
        const qint64 key = folder ? targetPk : -targetPk;
        if (labelled.contains(key))
            continue;
        labelled.insert(key);
        const qint64 at =
            std::min(seeder.now - kMinuteMs, since + rng.between(10 * kMinuteMs, 5 * kDayMs));
        uses.add({seeder.nextPk(QStringLiteral("label_assignments")), auth::newId(u"la"), tenant.pk,
                  labelPks[static_cast<std::size_t>(rng.weighted(weights))],
                  folder ? QStringLiteral("folder") : QStringLiteral("project"), targetPk, at, at,
                  tenant.nextSeq()});
        ++made;
    }
    return uses.finish() || seeder.fail(uses.error());
}

bool seedNotices(Seeder &seeder, TenantSeed &tenant)
{
    const qint64 now = seeder.now;

    // A resolved incident about 20 days ago, announced the same afternoon.
    const qint64 incidentDay = jstDay(now - 20 * kDayMs);
    const qint64 incidentStart = jstDayStart(incidentDay) + 14 * kHourMs + 12 * kMinuteMs;
    const qint64 incidentEnd = incidentStart + 95 * kMinuteMs;
    const qint64 incidentPublished = jstDayStart(incidentDay) + 17 * kHourMs + 30 * kMinuteMs;
    const QString incidentWhen = jstDateText(incidentStart) + jstTimeText(incidentStart) +
                                 QStringLiteral("〜") + jstTimeText(incidentEnd) +
                                 QStringLiteral("（日本時間）");
    const QString incidentBody =
        QStringLiteral("%1頃から%2頃まで、一部のお客様で画像ファイル及び点群データのアップロードが"
                       "失敗する、または完了までに時間がかかる障害が発生しておりました。"
                       "現在は復旧しております。\n\n"
                       "■ 発生日時\n%3\n\n"
                       "■ 影響範囲\n"
                       "・画像ファイル及び点群データのアップロード\n"
                       "・この間に失敗したアップロードは、お手数ですが再度実行してください。"
                       "アップロード済みのデータが失われることはありません。\n\n"
                       "■ 原因\n"
                       "ストレージへの接続設定の変更に誤りがあり、一部の書き込み要求がエラーと"
                       "なっていました。\n\n"
                       "■ 再発防止策\n"
                       "設定を修正するとともに、設定変更時の確認手順を見直しました。\n\n"
                       "ご迷惑をおかけしましたことを深くお詫び申し上げます。")
            .arg(jstDateText(incidentStart) + jstTimeText(incidentStart), jstTimeText(incidentEnd),
                 incidentWhen);

    // A feature change released about 5 days ago.
    const qint64 changeAt = jstDayStart(workingDayBefore(jstDay(now - 5 * kDayMs))) + 10 * kHourMs;
    const QString changeBody =
        QStringLiteral("%1のリリースで、ラベル機能を次のとおり改善しました。\n\n"
                       "■ 変更内容\n"
                       "・フォルダに付けたラベルが、配下のプロジェクトの一覧にも表示されるように"
                       "なりました。\n"
                       "・ラベルの色を自由に指定できるようになりました。\n"
                       "・ラベルごとに、付けられているフォルダ・プロジェクトの数を確認できるように"
                       "なりました。\n\n"
                       "■ お客様への影響\n"
                       "既存のラベルと付与状況はそのまま引き継がれます。お客様での作業は"
                       "必要ありません。")
            .arg(jstDateText(changeAt));

    // Planned maintenance about 10 days ahead, 1:00–5:00 JST, announced two days ago (well
    // over the five business days' notice of the service level).
    const qint64 maintenanceStart = jstDayStart(jstDay(now + 10 * kDayMs)) + kHourMs;
    const qint64 maintenanceEnd = maintenanceStart + 4 * kHourMs;
    const qint64 maintenancePublished = std::min(
        now - kMinuteMs, jstDayStart(workingDayBefore(jstDay(now - 2 * kDayMs))) + 10 * kHourMs);
    const QString maintenanceBody =
        QStringLiteral(
            "下記の日程で定期メンテナンスを実施いたします。メンテナンス中は本サービス"
            "（Webアプリケーション及びスマホ向けアプリケーション）をご利用いただけません。"
            "\n\n"
            "■ 日時\n%1%2〜%3（日本時間）\n\n"
            "■ 影響\n"
            "・メンテナンス中は、ログイン、画像のアップロード・ダウンロード、"
            "プロジェクトの作成ができません。\n"
            "・開始時点で実行中のアップロードは中断されます。終了後に再度アップロード"
            "してください。\n"
            "・作業の進み具合により、終了時刻が前後する場合があります。\n\n"
            "■ 作業内容\n"
            "データベースのバージョンアップ及びセキュリティ更新の適用\n\n"
            "ご不便をおかけしますが、ご理解とご協力をお願いいたします。")
            .arg(jstDateText(maintenanceStart), jstTimeText(maintenanceStart),
                 jstTimeText(maintenanceEnd));

    struct Notice
    {
        QString kind;
        QString title;
        QString body;
        qint64 published;
        qint64 starts;
        qint64 ends;
        QString incidentStatus;
    };
    const Notice notices[] = {
        {QStringLiteral("incident"), QStringLiteral("障害発生と復旧のお知らせ"), incidentBody,
         incidentPublished, incidentStart, incidentEnd, QStringLiteral("resolved")},
        {QStringLiteral("change"), QStringLiteral("ラベル機能の改善について"), changeBody, changeAt,
         changeAt, 0, QString()},
        {QStringLiteral("maintenance"), QStringLiteral("定期メンテナンスのお知らせ"),
         maintenanceBody, maintenancePublished, maintenanceStart, maintenanceEnd, QString()},
    };
    BatchInsert insert(seeder.db, QStringLiteral("notices"),
                       {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                        QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body"),
                        QStringLiteral("published_at"), QStringLiteral("starts_at"),
                        QStringLiteral("ends_at"), QStringLiteral("incident_status"),
                        QStringLiteral("updated_at"), QStringLiteral("seq")});
    for (const Notice &n : notices) {
        insert.add({seeder.nextPk(QStringLiteral("notices")), auth::newId(u"n"), tenant.pk, n.kind,
                    n.title, n.body, n.published, orNull(n.starts), orNull(n.ends),
                    n.incidentStatus.isEmpty() ? nullText() : QVariant(n.incidentStatus),
                    n.published, tenant.nextSeq()});
    }
    return insert.finish() || seeder.fail(insert.error());
}

} // namespace kanri::server::demo::detail
