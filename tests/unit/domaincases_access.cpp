// Fixtures for role.h, asset.h and label.h.
#include "domaincases.h"

namespace kanri::domain::test {

namespace {
QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromLatin1(n));
    return out;
}

const QString kSha = QStringLiteral(
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
} // namespace

RoleAssignment fullRoleAssignment()
{
    return {QStringLiteral("ra-1"),
            QStringLiteral("u-1"),
            QStringLiteral("general"),
            {ScopeType::Project, QStringLiteral("p-1")},
            {Operation::View, Operation::Upload},
            utc(2026, 5, 1, 9, 0, 0),
            utc(2026, 5, 2, 9, 0, 0, 5),
            QStringLiteral("e-ra1-2")};
}

QByteArray fullRoleAssignmentJson()
{
    return R"({"id":"ra-1","user_id":"u-1","role_id":"general",
        "scope":{"type":"project","id":"p-1"},"operations":["view","upload"],
        "created_at":"2026-05-01T09:00:00Z","updated_at":"2026-05-02T09:00:00.005Z",
        "etag":"e-ra1-2"})";
}

RoleAssignment minimalRoleAssignment()
{
    return {QStringLiteral("ra-2"),      QStringLiteral("u-2"),
            QStringLiteral("admin"),     {ScopeType::Tenant, std::nullopt},
            {},                          utc(2026, 6, 1, 0, 0, 0),
            utc(2026, 6, 1, 0, 0, 1),    QStringLiteral("e-ra2-1")};
}

QByteArray minimalRoleAssignmentJson()
{
    return R"({"id":"ra-2","user_id":"u-2","role_id":"admin","scope":{"type":"tenant","id":null},
        "operations":[],"created_at":"2026-06-01T00:00:00Z","updated_at":"2026-06-01T00:00:01Z",
        "etag":"e-ra2-1"})";
}

File fullFile()
{
    return {QStringLiteral("file-1"),  QStringLiteral("p-1"),
            QStringLiteral("DJI_0001.JPG"), 8123456789,
            QStringLiteral("image/jpeg"), kSha,
            QStringLiteral("u-1"),     utc(2026, 7, 7, 7, 7, 7)};
}

QByteArray fullFileJson()
{
    return R"({"id":"file-1","project_id":"p-1","name":"DJI_0001.JPG","size":8123456789,
        "content_type":"image/jpeg",
        "sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "created_by":"u-1","created_at":"2026-07-07T07:07:07Z"})";
}

namespace {

QList<DomainCase> roleCases()
{
    Role full{QStringLiteral("general"),
              QStringLiteral("General"),
              {{QStringLiteral("en"), QStringLiteral("General")},
               {QStringLiteral("ja"), QStringLiteral("一般")}},
              QStringLiteral("Works in the folders and projects it is assigned to."),
              ScopeKind::FolderOrProject,
              AdminLevel::Admin,
              {Operation::View, Operation::Download},
              {Operation::View, Operation::Upload, Operation::Download, Operation::Edit,
               Operation::Delete, Operation::Share, Operation::CreateProject,
               Operation::ManageLabels}};
    Role minimal{QStringLiteral("contract_admin"), QStringLiteral("Contract administrator"),
                 {}, QString(), ScopeKind::Tenant, AdminLevel::ContractAdmin, {}, {}};
    return {
        responseCase<Role>(
            "Role",
            {.full = full,
             .fullJson = R"({"id":"general","name":"General",
                "display_names":{"en":"General","ja":"一般"},
                "description":"Works in the folders and projects it is assigned to.",
                "scope_kind":"folder_or_project","admin_level":"admin",
                "operations":["view","download"],
                "assignable_operations":["view","upload","download","edit","delete","share",
                "create_project","manage_labels"]})",
             .minimal = minimal,
             .minimalJson = R"({"id":"contract_admin","name":"Contract administrator",
                "display_names":{},"description":"","scope_kind":"tenant",
                "admin_level":"contract_admin","operations":[],"assignable_operations":[]})",
             .required = keys({"id", "name", "display_names", "description", "scope_kind",
                               "admin_level", "operations", "assignable_operations"}),
             .enums = keys({"scope_kind", "admin_level", "operations/1",
                            "assignable_operations/7"}),
             .maps = keys({"display_names"})}),
        responseCase<Scope>("Scope",
                            {.full = {ScopeType::Folder, QStringLiteral("f-1")},
                             .fullJson = R"({"type":"folder","id":"f-1"})",
                             .minimal = {ScopeType::Tenant, std::nullopt},
                             .minimalJson = R"({"type":"tenant","id":null})",
                             .required = keys({"type", "id"}),
                             .enums = keys({"type"})}),
        responseCase<RoleAssignment>(
            "RoleAssignment",
            {.full = fullRoleAssignment(),
             .fullJson = fullRoleAssignmentJson(),
             .minimal = minimalRoleAssignment(),
             .minimalJson = minimalRoleAssignmentJson(),
             .required = keys({"id", "user_id", "role_id", "scope", "operations", "created_at",
                               "updated_at", "etag", "scope/type", "scope/id"}),
             .enums = keys({"scope/type", "operations/0", "operations/1"})}),
        requestCase<RoleAssignmentCreate>(
            "RoleAssignmentCreate",
            {.full = {QStringLiteral("u-1"), QStringLiteral("general"),
                      Scope{ScopeType::Folder, QStringLiteral("f-1")},
                      QList<Operation>{Operation::View, Operation::Download}},
             .fullJson = R"({"user_id":"u-1","role_id":"general",
                "scope":{"type":"folder","id":"f-1"},"operations":["view","download"]})",
             .minimal = {QStringLiteral("u-2"), QStringLiteral("admin"),
                         Scope{ScopeType::Tenant, std::nullopt}, std::nullopt},
             .minimalJson = R"({"user_id":"u-2","role_id":"admin",
                "scope":{"type":"tenant","id":null}})",
             .required = keys({"user_id", "role_id", "scope", "scope/type", "scope/id"}),
             .enums = keys({"scope/type", "operations/1"})}),
        requestCase<RoleAssignmentUpdate>(
            "RoleAssignmentUpdate",
            {.full = {{Operation::View, Operation::Share}},
             .fullJson = R"({"operations":["view","share"]})",
             .minimal = {{}},
             .minimalJson = R"({"operations":[]})",
             .required = keys({"operations"}),
             .enums = keys({"operations/0", "operations/1"})}),
    };
}

QList<DomainCase> assetCases()
{
    const Folder folder{QStringLiteral("f-2"), QStringLiteral("設計図"), QStringLiteral("f-1"),
                        utc(2026, 2, 3, 4, 5, 6), utc(2026, 2, 3, 4, 5, 7),
                        QStringLiteral("e-f2-1")};
    const Folder folderMin{QStringLiteral("f-1"), QStringLiteral("Top"), std::nullopt,
                           utc(2026, 1, 1, 0, 0, 0), utc(2026, 1, 1, 0, 0, 0),
                           QStringLiteral("e-f1-1")};
    const Project project{QStringLiteral("p-1"),
                          QStringLiteral("橋梁点検 2026"),
                          QStringLiteral("f-2"),
                          QStringLiteral("Drone survey of bridge piers"),
                          QStringLiteral("u-1"),
                          42,
                          utc(2026, 3, 1, 0, 0, 0),
                          utc(2026, 3, 2, 0, 0, 0),
                          QStringLiteral("e-p1-9")};
    const Project projectMin{QStringLiteral("p-2"), QStringLiteral("Empty"),
                             QStringLiteral("f-1"), QString(),
                             std::nullopt,          0,
                             utc(2026, 3, 3, 0, 0, 0), utc(2026, 3, 3, 0, 0, 0),
                             QStringLiteral("e-p2-1")};
    File fileMin{QStringLiteral("file-2"), QStringLiteral("p-2"), QStringLiteral("empty.txt"),
                 0, QStringLiteral("text/plain"), kSha, std::nullopt,
                 utc(2026, 8, 8, 8, 8, 8)};
    const QByteArray fileMinJson = R"({"id":"file-2","project_id":"p-2","name":"empty.txt",
        "size":0,"content_type":"text/plain",
        "sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "created_by":null,"created_at":"2026-08-08T08:08:08Z"})";
    const FileCreate fileCreate{QStringLiteral("DJI_0001.JPG"), 8123456789,
                                QStringLiteral("image/jpeg"), kSha};
    const QByteArray fileCreateJson = R"({"name":"DJI_0001.JPG","size":8123456789,
        "content_type":"image/jpeg",
        "sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})";
    const QString url = QStringLiteral("https://files.example/dl/file-1?sig=abc");
    return {
        responseCase<Folder>(
            "Folder", {.full = folder,
                       .fullJson = R"({"id":"f-2","name":"設計図","parent_id":"f-1",
                "created_at":"2026-02-03T04:05:06Z","updated_at":"2026-02-03T04:05:07Z",
                "etag":"e-f2-1"})",
                       .minimal = folderMin,
                       .minimalJson = R"({"id":"f-1","name":"Top","parent_id":null,
                "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z",
                "etag":"e-f1-1"})",
                       .required = keys({"id", "name", "created_at", "updated_at", "etag"})}),
        requestCase<FolderCreate>("FolderCreate",
                                  {.full = {QStringLiteral("図面"), QStringLiteral("f-1")},
                                   .fullJson = R"({"name":"図面","parent_id":"f-1"})",
                                   .minimal = {QStringLiteral("Top"), std::nullopt},
                                   .minimalJson = R"({"name":"Top","parent_id":null})",
                                   .required = keys({"name", "parent_id"}),
                                   .explicitNulls = keys({"parent_id"})}),
        requestCase<FolderUpdate>(
            "FolderUpdate",
            {.full = {QStringLiteral("図面（旧）"), std::optional<QString>(QStringLiteral("f-3"))},
             .fullJson = R"({"name":"図面（旧）","parent_id":"f-3"})",
             .minimal = FolderUpdate{},
             .minimalJson = "{}"}),
        responseCase<Project>(
            "Project",
            {.full = project,
             .fullJson = R"({"id":"p-1","name":"橋梁点検 2026","folder_id":"f-2",
                "description":"Drone survey of bridge piers","created_by":"u-1","file_count":42,
                "created_at":"2026-03-01T00:00:00Z","updated_at":"2026-03-02T00:00:00Z",
                "etag":"e-p1-9"})",
             .minimal = projectMin,
             .minimalJson = R"({"id":"p-2","name":"Empty","folder_id":"f-1","description":"",
                "created_by":null,"file_count":0,"created_at":"2026-03-03T00:00:00Z",
                "updated_at":"2026-03-03T00:00:00Z","etag":"e-p2-1"})",
             .required = keys({"id", "name", "folder_id", "description", "file_count", "created_at",
                               "updated_at", "etag"})}),
        requestCase<ProjectCreate>(
            "ProjectCreate",
            {.full = {QStringLiteral("点検"), QStringLiteral("f-2"), QStringLiteral("説明")},
             .fullJson = R"({"name":"点検","folder_id":"f-2","description":"説明"})",
             .minimal = {QStringLiteral("n"), QStringLiteral("f-1"), std::nullopt},
             .minimalJson = R"({"name":"n","folder_id":"f-1"})",
             .required = keys({"name", "folder_id"})}),
        requestCase<ProjectUpdate>("ProjectUpdate",
                                   {.full = {QStringLiteral("新名"), QStringLiteral("新しい説明")},
                                    .fullJson = R"({"name":"新名","description":"新しい説明"})",
                                    .minimal = ProjectUpdate{},
                                    .minimalJson = "{}"}),
        responseCase<File>("File", {.full = fullFile(),
                                    .fullJson = fullFileJson(),
                                    .minimal = fileMin,
                                    .minimalJson = fileMinJson,
                                    .required = keys({"id", "project_id", "name", "size",
                                                      "content_type", "sha256", "created_at"})}),
        requestCase<FileCreate>(
            "FileCreate", {fileCreate, fileCreateJson,
                           FileCreate{QStringLiteral("empty"), 0,
                                      QStringLiteral("application/octet-stream"), kSha},
                           R"({"name":"empty","size":0,"content_type":"application/octet-stream",
                "sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})",
                           keys({"name", "size", "content_type", "sha256"})}),
        responseCase<FileDownload>(
            "FileDownload", {.full = {fullFile(), url},
                             .fullJson = R"({"file":)" + fullFileJson() +
                                         R"(,"url":"https://files.example/dl/file-1?sig=abc"})",
                             .minimal = {fileMin, url},
                             .minimalJson = R"({"file":)" + fileMinJson +
                                            R"(,"url":"https://files.example/dl/file-1?sig=abc"})",
                             .required = keys({"file", "url", "file/sha256"})}),
    };
}

QList<DomainCase> labelCases()
{
    const Label label{QStringLiteral("l-1"),
                      QStringLiteral("社外秘"),
                      QStringLiteral("#D32F2F"),
                      LabelLevel::Confidential,
                      QStringLiteral("Not for outside the company"),
                      7,
                      utc(2026, 4, 1, 0, 0, 0),
                      utc(2026, 4, 2, 0, 0, 0),
                      QStringLiteral("e-l1-2")};
    const Label labelMin{QStringLiteral("l-2"), QStringLiteral("公開"), QStringLiteral("#00ff7f"),
                         LabelLevel::Public,    QString(),              0,
                         utc(2026, 4, 3, 0, 0, 0), utc(2026, 4, 3, 0, 0, 0),
                         QStringLiteral("e-l2-1")};
    const LabelAssignment assignment{QStringLiteral("la-1"), QStringLiteral("l-1"),
                                     AssetRef{AssetType::Project, QStringLiteral("p-1")},
                                     utc(2026, 4, 5, 0, 0, 0), utc(2026, 4, 6, 0, 0, 0)};
    const LabelAssignment assignmentMin{QStringLiteral("la-2"), QStringLiteral("l-2"),
                                        AssetRef{AssetType::Folder, QStringLiteral("f-1")},
                                        utc(2026, 4, 7, 0, 0, 0), utc(2026, 4, 7, 0, 0, 0)};
    return {
        responseCase<Label>(
            "Label",
            {.full = label,
             .fullJson = R"({"id":"l-1","name":"社外秘","color":"#D32F2F","level":"confidential",
                "description":"Not for outside the company","asset_count":7,
                "created_at":"2026-04-01T00:00:00Z","updated_at":"2026-04-02T00:00:00Z",
                "etag":"e-l1-2"})",
             .minimal = labelMin,
             .minimalJson = R"({"id":"l-2","name":"公開","color":"#00ff7f","level":"public",
                "description":"","asset_count":0,"created_at":"2026-04-03T00:00:00Z",
                "updated_at":"2026-04-03T00:00:00Z","etag":"e-l2-1"})",
             .required = keys({"id", "name", "color", "level", "description", "asset_count",
                               "created_at", "updated_at", "etag"}),
             .enums = keys({"level"})}),
        requestCase<LabelCreate>(
            "LabelCreate",
            {.full = {QStringLiteral("機密"), QStringLiteral("#000000"), LabelLevel::Secret,
                      QStringLiteral("Board only")},
             .fullJson = R"({"name":"機密","color":"#000000","level":"secret",
                "description":"Board only"})",
             .minimal = {QStringLiteral("社内"), QStringLiteral("#1e90ff"), LabelLevel::Internal,
                         std::nullopt},
             .minimalJson = R"({"name":"社内","color":"#1e90ff","level":"internal"})",
             .required = keys({"name", "color", "level"}),
             .enums = keys({"level"})}),
        requestCase<LabelUpdate>(
            "LabelUpdate",
            {.full = {QStringLiteral("社外秘"), QStringLiteral("#ABCDEF"),
                      LabelLevel::Confidential, QStringLiteral("")},
             .fullJson = R"({"name":"社外秘","color":"#ABCDEF","level":"confidential",
                "description":""})",
             .minimal = LabelUpdate{},
             .minimalJson = "{}",
             .enums = keys({"level"})}),
        responseCase<AssetRef>("AssetRef",
                               {.full = {AssetType::Project, QStringLiteral("p-1")},
                                .fullJson = R"({"type":"project","id":"p-1"})",
                                .minimal = {AssetType::Folder, QStringLiteral("f-1")},
                                .minimalJson = R"({"type":"folder","id":"f-1"})",
                                .required = keys({"type", "id"}),
                                .enums = keys({"type"})}),
        responseCase<LabelAssignment>(
            "LabelAssignment",
            {.full = assignment,
             .fullJson = R"({"id":"la-1","label_id":"l-1","target":{"type":"project","id":"p-1"},
                "created_at":"2026-04-05T00:00:00Z","updated_at":"2026-04-06T00:00:00Z"})",
             .minimal = assignmentMin,
             .minimalJson = R"({"id":"la-2","label_id":"l-2","target":{"type":"folder","id":"f-1"},
                "created_at":"2026-04-07T00:00:00Z","updated_at":"2026-04-07T00:00:00Z"})",
             .required = keys({"id", "label_id", "target", "created_at", "updated_at",
                               "target/id"}),
             .enums = keys({"target/type"})}),
        requestCase<LabelAssignmentCreate>(
            "LabelAssignmentCreate",
            {.full = {QStringLiteral("l-1"), AssetRef{AssetType::Project, QStringLiteral("p-1")}},
             .fullJson = R"({"label_id":"l-1","target":{"type":"project","id":"p-1"}})",
             .minimal = {QStringLiteral("l-2"), AssetRef{AssetType::Folder, QStringLiteral("f-1")}},
             .minimalJson = R"({"label_id":"l-2","target":{"type":"folder","id":"f-1"}})",
             .required = keys({"label_id", "target", "target/type", "target/id"}),
             .enums = keys({"target/type"})}),
    };
}

} // namespace

QList<DomainCase> accessCases()
{
    return roleCases() + assetCases() + labelCases();
}

} // namespace kanri::domain::test
