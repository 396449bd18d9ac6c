// The demo tenants' folder trees, projects and files: a drone survey and inspection company
// with branches, survey and inspection departments, and their jobs.
#include "demo/demoseeder.h"

#include "auth/tokens.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace kanri::server::demo::detail {

namespace {

// name, parent, work, region, share of the projects
constexpr FolderDef kDemoTree[] = {
    {u"本社", -1, Work::Office, Region::Nationwide, 0},            // 0
    {u"総務部", 0, Work::Office, Region::Nationwide, 1},           // 1
    {u"情報システム部", 0, Work::Office, Region::Nationwide, 1},   // 2
    {u"経営企画室", 0, Work::Office, Region::Nationwide, 1},       // 3
    {u"関東支店", -1, Work::Mixed, Region::Kanto, 2},              // 4
    {u"東京営業所", 4, Work::Mixed, Region::Kanto, 3},             // 5
    {u"受注案件", 5, Work::Mixed, Region::Kanto, 7},               // 6
    {u"完了案件", 5, Work::Mixed, Region::Kanto, 5},               // 7
    {u"横浜営業所", 4, Work::Mixed, Region::Kanto, 5},             // 8
    {u"さいたま出張所", 4, Work::Mixed, Region::Kanto, 4},         // 9
    {u"関西支店", -1, Work::Mixed, Region::Kansai, 2},             // 10
    {u"大阪営業所", 10, Work::Mixed, Region::Kansai, 6},           // 11
    {u"神戸営業所", 10, Work::Mixed, Region::Kansai, 4},           // 12
    {u"京都出張所", 10, Work::Mixed, Region::Kansai, 3},           // 13
    {u"九州営業所", -1, Work::Mixed, Region::Kyushu, 3},           // 14
    {u"福岡チーム", 14, Work::Mixed, Region::Kyushu, 4},           // 15
    {u"熊本チーム", 14, Work::Mixed, Region::Kyushu, 3},           // 16
    {u"測量部", -1, Work::Survey, Region::Nationwide, 1},          // 17
    {u"公共測量", 17, Work::Survey, Region::Nationwide, 2},        // 18
    {u"国土交通省案件", 18, Work::Survey, Region::Nationwide, 5},  // 19
    {u"自治体案件", 18, Work::Survey, Region::Nationwide, 6},      // 20
    {u"民間測量", 17, Work::Survey, Region::Nationwide, 5},        // 21
    {u"土量計算", 17, Work::Survey, Region::Nationwide, 4},        // 22
    {u"点検部", -1, Work::Bridge, Region::Nationwide, 1},          // 23
    {u"橋梁点検", 23, Work::Bridge, Region::Nationwide, 3},        // 24
    {u"定期点検", 24, Work::Bridge, Region::Nationwide, 6},        // 25
    {u"緊急点検", 24, Work::Bridge, Region::Nationwide, 2},        // 26
    {u"ダム・河川点検", 23, Work::River, Region::Nationwide, 6},   // 27
    {u"太陽光パネル点検", 23, Work::Solar, Region::Nationwide, 2}, // 28
    {u"メガソーラー", 28, Work::Solar, Region::Nationwide, 4},     // 29
    {u"屋根置き", 28, Work::Solar, Region::Nationwide, 2},         // 30
    {u"鉄塔・送電線点検", 23, Work::Tower, Region::Nationwide, 5}, // 31
    {u"農業支援部", -1, Work::Farm, Region::Nationwide, 1},        // 32
    {u"圃場センシング", 32, Work::Farm, Region::Nationwide, 5},    // 33
    {u"生育診断", 32, Work::Farm, Region::Nationwide, 4},          // 34
    {u"研修・教育", -1, Work::Training, Region::Nationwide, 0},    // 35
    {u"操縦訓練", 35, Work::Training, Region::Nationwide, 3},      // 36
    {u"安全講習", 35, Work::Training, Region::Nationwide, 2},      // 37
};

constexpr FolderDef kOtherTree[] = {
    {u"本社", -1, Work::Office, Region::Nationwide, 1},
    {u"営業部", 0, Work::Mixed, Region::Kanto, 2},
    {u"技術部", 0, Work::Survey, Region::Kanto, 2},
    {u"現場写真", 2, Work::Bridge, Region::Kanto, 2},
};

constexpr QStringView kKanto[] = {u"多摩", u"相模原", u"八王子", u"川越", u"つくば",
                                  u"千葉", u"宇都宮", u"高崎",   u"厚木", u"所沢",
                                  u"柏",   u"水戸",   u"熊谷"};
constexpr QStringView kKansai[] = {u"枚方",   u"堺",   u"奈良", u"宇治", u"姫路", u"明石",
                                   u"和歌山", u"大津", u"高槻", u"伊丹", u"豊中", u"彦根"};
constexpr QStringView kKyushu[] = {u"久留米", u"北九州", u"熊本", u"大分", u"佐賀",
                                   u"鹿児島", u"宮崎",   u"長崎", u"八代", u"飯塚"};
constexpr QStringView kRivers[] = {u"多摩川", u"荒川",   u"利根川", u"淀川",
                                   u"筑後川", u"木曽川", u"信濃川", u"天竜川",
                                   u"球磨川", u"鬼怒川", u"大和川", u"相模川"};
constexpr QStringView kDams[] = {u"宮ヶ瀬", u"小河内", u"下久保", u"奈良俣", u"早明浦",
                                 u"日吉",   u"鶴田",   u"松原",   u"草木",   u"二瀬"};

// Name patterns: {P} a place of the folder's region, {R} a river, {D} a dam, {Y} the fiscal
// year of the project's start, {M} its month, {N} a number.
constexpr QStringView kSurveyNames[] = {
    u"{Y}年度 {P}地区 起工測量", u"{P}市 道路改良工事 出来形測量", u"{P}地区 造成地 土量計算",
    u"{P}町 砂防堰堤 3次元測量", u"{P}工業団地 現況測量",          u"{Y}年度 {P}市 公共測量"};
constexpr QStringView kBridgeNames[] = {u"{Y}年度 {P}大橋 橋梁点検", u"{P}橋 定期点検（{Y}年度）",
                                        u"{P}高架橋 近接目視代替点検", u"{P}歩道橋 損傷調査"};
constexpr QStringView kRiverNames[] = {u"{D}ダム 空撮測量", u"{R} 河川巡視（{Y}年度）",
                                       u"{R} 堤防点検 {P}区間", u"{D}ダム 堤体点検"};
constexpr QStringView kSolarNames[] = {u"{P}メガソーラー パネル点検",
                                       u"{P}太陽光発電所 赤外線点検 {Y}年度",
                                       u"{P}物流センター 屋根置きパネル点検"};
constexpr QStringView kTowerNames[] = {u"{P}線 鉄塔点検 No.{N}", u"送電線巡視 {P}区間",
                                       u"{P}変電所 設備点検"};
constexpr QStringView kFarmNames[] = {u"{P}地区 水稲 生育診断 {Y}", u"{P}圃場 NDVI解析（{M}月）",
                                      u"{P} 茶園 生育調査", u"{P}地区 大豆 圃場センシング"};
constexpr QStringView kTrainingNames[] = {u"操縦訓練 {P}飛行場 {M}月", u"安全講習 {Y}年度 第{N}回",
                                          u"夜間飛行訓練 {M}月", u"目視外飛行 訓練記録 {M}月"};
constexpr QStringView kOfficeNames[] = {u"会社案内用 空撮素材", u"展示会用 デモデータ {Y}",
                                        u"社内研修用 サンプルデータ", u"{P}営業所 新社屋 外観撮影"};

constexpr QStringView kDescriptions[] = {
    u"",
    u"UAVによる空撮。撮影は晴天時、対地高度50m。",
    u"発注者提出用の成果一式。",
    u"前回点検との比較用に同一ルートで撮影。",
    u"現地踏査の写真を含む。",
};

// A kind of file a job produces: its name (with %1 for a photo number), size range in bytes
// and content type.
struct FileKind
{
    QStringView name;
    qint64 minSize;
    qint64 maxSize;
    QStringView contentType;
};

constexpr qint64 kMB = 1024 * 1024;
constexpr FileKind kPhoto{u"DJI_%1.JPG", 6 * kMB, 14 * kMB, u"image/jpeg"};
constexpr FileKind kThermal{u"DJI_%1_T.JPG", kMB, 2 * kMB, u"image/jpeg"};

constexpr FileKind kSurveyFiles[] = {
    {u"orthomosaic.tif", 300 * kMB, 4096 * kMB, u"image/tiff"},
    {u"dsm.tif", 150 * kMB, 1500 * kMB, u"image/tiff"},
    {u"点群データ.las", 500 * kMB, 6144 * kMB, u"application/octet-stream"},
    {u"測量成果報告書.pdf", 2 * kMB, 15 * kMB, u"application/pdf"},
    {u"標定点座標.csv", 2048, 40960, u"text/csv"}};
constexpr FileKind kBridgeFiles[] = {
    {u"点検調書.pdf", 3 * kMB, 20 * kMB, u"application/pdf"},
    {u"損傷図.dxf", kMB, 10 * kMB, u"image/vnd.dxf"},
    {u"撮影位置.kml", 5000, 60000, u"application/vnd.google-earth.kml+xml"}};
constexpr FileKind kRiverFiles[] = {
    {u"orthomosaic.tif", 500 * kMB, 4096 * kMB, u"image/tiff"},
    {u"点群データ.las", 800 * kMB, 6144 * kMB, u"application/octet-stream"},
    {u"巡視報告書.pdf", 2 * kMB, 12 * kMB, u"application/pdf"}};
constexpr FileKind kSolarFiles[] = {
    {u"点検結果一覧.csv", 20000, 800000, u"text/csv"},
    {u"赤外線点検報告書.pdf", 3 * kMB, 25 * kMB, u"application/pdf"},
    {u"orthomosaic.tif", 200 * kMB, 2048 * kMB, u"image/tiff"}};
constexpr FileKind kTowerFiles[] = {{u"点検結果.pdf", 2 * kMB, 15 * kMB, u"application/pdf"},
                                    {u"飛行ログ.csv", 50000, 500000, u"text/csv"}};
constexpr FileKind kFarmFiles[] = {
    {u"ndvi.tif", 100 * kMB, 900 * kMB, u"image/tiff"},
    {u"生育マップ.pdf", 2 * kMB, 10 * kMB, u"application/pdf"},
    {u"圃場境界.kml", 5000, 40000, u"application/vnd.google-earth.kml+xml"}};
constexpr FileKind kTrainingFiles[] = {{u"飛行ログ.csv", 50000, 500000, u"text/csv"},
                                       {u"訓練記録.pdf", kMB, 5 * kMB, u"application/pdf"},
                                       {u"訓練映像.mp4", 200 * kMB, 2048 * kMB, u"video/mp4"}};
constexpr FileKind kOfficeFiles[] = {{u"編集用素材.mp4", 300 * kMB, 3072 * kMB, u"video/mp4"},
                                     {u"撮影許可申請書.pdf", 500000, 3 * kMB, u"application/pdf"}};

std::span<const QStringView> placesOf(Region region)
{
    switch (region) {
    case Region::Kanto:
        return kKanto;
    case Region::Kansai:
        return kKansai;
    case Region::Kyushu:
        return kKyushu;
    case Region::Nationwide:
        break;
    }
    return {};
}

Work concreteWork(Random &rng, Work work)
{
    static constexpr Work kBranchWork[] = {Work::Survey, Work::Bridge, Work::River, Work::Solar,
                                           Work::Tower};
    static constexpr int kBranchWeights[] = {4, 3, 2, 2, 1};
    return work == Work::Mixed ? kBranchWork[rng.weighted(kBranchWeights)] : work;
}

std::span<const QStringView> namesFor(Work work)
{
    switch (work) {
    case Work::Survey:
    case Work::Mixed:
        return kSurveyNames;
    case Work::Bridge:
        return kBridgeNames;
    case Work::River:
        return kRiverNames;
    case Work::Solar:
        return kSolarNames;
    case Work::Tower:
        return kTowerNames;
    case Work::Farm:
        return kFarmNames;
    case Work::Training:
        return kTrainingNames;
    case Work::Office:
        break;
    }
    return kOfficeNames;
}

std::span<const FileKind> filesFor(Work work)
{
    switch (work) {
    case Work::Survey:
    case Work::Mixed:
        return kSurveyFiles;
    case Work::Bridge:
        return kBridgeFiles;
    case Work::River:
        return kRiverFiles;
    case Work::Solar:
        return kSolarFiles;
    case Work::Tower:
        return kTowerFiles;
    case Work::Farm:
        return kFarmFiles;
    case Work::Training:
        return kTrainingFiles;
    case Work::Office:
        break;
    }
    return kOfficeFiles;
}

QString projectName(Random &rng, Work work, Region region, qint64 createdAt)
{
    std::span<const QStringView> places = placesOf(region);
    // Departments working nationwide take jobs anywhere.
    static constexpr Region kRegions[] = {Region::Kanto, Region::Kansai, Region::Kyushu};
    const QStringView place = rng.pick(places.empty() ? placesOf(rng.pick(kRegions)) : places);
    QString name = rng.pick(namesFor(work)).toString();
    name.replace(QStringLiteral("{P}"), place.toString());
    name.replace(QStringLiteral("{R}"), rng.pick(kRivers).toString());
    name.replace(QStringLiteral("{D}"), rng.pick(kDams).toString());
    name.replace(QStringLiteral("{Y}"), QString::number(fiscalYear(createdAt)));
    name.replace(QStringLiteral("{M}"), QString::number(jstDate(createdAt).month()));
    name.replace(QStringLiteral("{N}"), QString::number(rng.between(1, 48)));
    return name;
}

// A time during office hours on or before the working day that holds `ms`.
qint64 workingTime(Random &rng, qint64 ms)
{
    qint64 day = jstDay(ms);
    while (isDayOff(day))
        --day;
    return officeTime(rng, day);
}

bool canCreateProjects(const AssignmentSeed &a)
{
    return a.scope == AssignmentSeed::Scope::Folder &&
           (a.role == Role::Admin || a.role == Role::DroneOperator ||
            a.operations.contains(QLatin1StringView("create_project")));
}

} // namespace

std::span<const FolderDef> demoFolderTree()
{
    return kDemoTree;
}

std::span<const FolderDef> otherFolderTree()
{
    return kOtherTree;
}

void buildFolders(Seeder &seeder, TenantSeed &tenant)
{
    qint64 at = tenant.createdAt + 2 * kHourMs;
    for (const FolderDef &def : tenant.spec.folders) {
        FolderSeed folder;
        folder.pk = seeder.nextPk(QStringLiteral("folders"));
        folder.parent = def.parent;
        folder.name = def.name.toString();
        folder.work = def.work;
        folder.region = def.region;
        folder.projectWeight = def.projectWeight;
        folder.createdAt = at;
        at += seeder.rng.between(2 * kMinuteMs, 30 * kMinuteMs);
        tenant.folders.push_back(folder);
    }
}

void buildProjects(Seeder &seeder, TenantSeed &tenant)
{
    Random &rng = seeder.rng;
    const qint64 now = seeder.now;
    // Who may create projects in each folder: its administrators and drone operators (and
    // general users allowed to), else a contract administrator.
    std::vector<std::vector<int>> creators(tenant.folders.size());
    std::vector<int> contractAdmins;
    for (const AssignmentSeed &a : tenant.assignments) {
        if (a.role == Role::ContractAdmin)
            contractAdmins.push_back(a.user);
        else if (canCreateProjects(a))
            creators[static_cast<std::size_t>(a.target)].push_back(a.user);
    }
    std::vector<int> weights;
    for (const FolderSeed &folder : tenant.folders)
        weights.push_back(folder.projectWeight);

    const qint64 earliest = tenant.createdAt + 7 * kDayMs;
    QSet<QString> names;
    std::vector<ProjectSeed> projects;
    for (int i = 0; i < tenant.spec.projects; ++i) {
        ProjectSeed project;
        project.folder = rng.weighted(weights);
        const FolderSeed &folder = tenant.folders[static_cast<std::size_t>(project.folder)];
        // A third of the projects started within the 90 days of recorded usage.
        const qint64 raw = rng.chance(0.35) ? now - rng.between(2 * kHourMs, 89 * kDayMs)
                                            : rng.between(earliest, now - 90 * kDayMs);
        project.createdAt = workingTime(rng, std::max(raw, earliest));
        if (project.createdAt > now - kHourMs)
            project.createdAt = now - kHourMs - rng.between(0, 2 * kHourMs);
        project.work = concreteWork(rng, folder.work);
        const QString base = projectName(rng, project.work, folder.region, project.createdAt);
        QString name = base;
        for (int n = 2; names.contains(name); ++n)
            name = base + QStringLiteral("（第%1期）").arg(n);
        names.insert(name);
        project.name = name;
        project.description = rng.pick(kDescriptions).toString();

        std::vector<int> candidates;
        for (int f = project.folder; f >= 0;
             f = tenant.folders[static_cast<std::size_t>(f)].parent) {
            for (int user : creators[static_cast<std::size_t>(f)]) {
                const UserSeed &u = tenant.users[static_cast<std::size_t>(user)];
                if (u.createdAt < project.createdAt && u.hasPassword)
                    candidates.push_back(user);
            }
        }
        project.createdBy = candidates.empty() ? rng.pick(contractAdmins) : rng.pick(candidates);
        projects.push_back(project);
    }
    // Primary keys in order of creation, as the service would have given them.
    std::stable_sort(
        projects.begin(), projects.end(),
        [](const ProjectSeed &a, const ProjectSeed &b) { return a.createdAt < b.createdAt; });
    for (ProjectSeed &project : projects)
        project.pk = seeder.nextPk(QStringLiteral("projects"));
    tenant.projects = std::move(projects);
}

void buildFiles(Seeder &seeder, TenantSeed &tenant)
{
    Random &rng = seeder.rng;
    for (std::size_t p = 0; p < tenant.projects.size(); ++p) {
        const ProjectSeed &project = tenant.projects[p];
        const Work work = project.work;
        std::vector<const FileKind *> kinds;
        const qint64 photos = rng.between(2, 5);
        for (qint64 i = 0; i < photos; ++i)
            kinds.push_back(work == Work::Solar && rng.chance(0.5) ? &kThermal : &kPhoto);
        const std::span<const FileKind> deliverables = filesFor(work);
        kinds.push_back(&deliverables.front());
        for (std::size_t d = 1; d < deliverables.size(); ++d) {
            if (rng.chance(0.5))
                kinds.push_back(&deliverables[d]);
        }
        qint64 photoNumber = rng.between(1, 900);
        qint64 at = project.createdAt;
        for (const FileKind *kind : kinds) {
            at = std::min(seeder.now - kMinuteMs, at + rng.between(kMinuteMs, 2 * kDayMs));
            FileSeed file;
            file.project = static_cast<int>(p);
            file.name = kind->name.toString();
            if (file.name.contains(QLatin1StringView("%1")))
                file.name = file.name.arg(photoNumber++, 4, 10, QLatin1Char('0'));
            file.size = rng.between(kind->minSize, kind->maxSize);
            file.contentType = kind->contentType.toString();
            file.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(rng.bytes(32), QCryptographicHash::Sha256).toHex());
            file.createdBy = project.createdBy;
            file.createdAt = std::max(at, project.createdAt);
            tenant.files.push_back(file);
        }
    }
}

bool insertAssets(Seeder &seeder, TenantSeed &tenant)
{
    BatchInsert folders(seeder.db, QStringLiteral("folders"),
                        {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                         QStringLiteral("parent_pk"), QStringLiteral("name"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                         QStringLiteral("seq")});
    for (const FolderSeed &folder : tenant.folders) {
        const qint64 parentPk =
            folder.parent >= 0 ? tenant.folders[static_cast<std::size_t>(folder.parent)].pk : 0;
        folders.add({folder.pk, auth::newId(u"f"), tenant.pk, orNull(parentPk), folder.name,
                     folder.createdAt, folder.createdAt, tenant.nextSeq()});
    }
    if (!folders.finish())
        return seeder.fail(folders.error());

    BatchInsert projects(seeder.db, QStringLiteral("projects"),
                         {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                          QStringLiteral("folder_pk"), QStringLiteral("name"),
                          QStringLiteral("description"), QStringLiteral("created_by_pk"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at"),
                          QStringLiteral("seq")});
    for (const ProjectSeed &project : tenant.projects) {
        projects.add({project.pk, auth::newId(u"p"), tenant.pk,
                      tenant.folders[static_cast<std::size_t>(project.folder)].pk, project.name,
                      notNull(project.description),
                      tenant.users[static_cast<std::size_t>(project.createdBy)].pk,
                      project.createdAt, project.createdAt, tenant.nextSeq()});
    }
    if (!projects.finish())
        return seeder.fail(projects.error());

    BatchInsert files(seeder.db, QStringLiteral("files"),
                      {QStringLiteral("pk"), QStringLiteral("id"), QStringLiteral("tenant_pk"),
                       QStringLiteral("project_pk"), QStringLiteral("name"), QStringLiteral("size"),
                       QStringLiteral("content_type"), QStringLiteral("sha256"),
                       QStringLiteral("created_by_pk"), QStringLiteral("created_at")});
    for (const FileSeed &file : tenant.files) {
        files.add({seeder.nextPk(QStringLiteral("files")), auth::newId(u"fl"), tenant.pk,
                   tenant.projects[static_cast<std::size_t>(file.project)].pk, file.name, file.size,
                   file.contentType, file.sha256,
                   tenant.users[static_cast<std::size_t>(file.createdBy)].pk, file.createdAt});
    }
    return files.finish() || seeder.fail(files.error());
}

} // namespace kanri::server::demo::detail
