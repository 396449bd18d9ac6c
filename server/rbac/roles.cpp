#include "rbac/roles.h"

namespace kanri::server::rbac {

using domain::AdminLevel;
using domain::Operation;
using domain::ScopeKind;

const QList<domain::Role> &catalogue()
{
    static const QList<domain::Role> roles = [] {
        const QList<Operation> all{Operation::View,   Operation::Upload, Operation::Download,
                                   Operation::Edit,   Operation::Delete, Operation::Share,
                                   Operation::CreateProject, Operation::ManageLabels};
        QList<domain::Role> list;
        list.append({QString(kContractAdmin), QStringLiteral("Contract administrator"),
                     {{QStringLiteral("ja"), QStringLiteral("契約管理者")}},
                     QStringLiteral("Everything, tenant-wide: accounts, roles, labels, contract "
                                    "matters and paid log exports."),
                     ScopeKind::Tenant, AdminLevel::ContractAdmin, all, {}});
        list.append({QString(kAdmin), QStringLiteral("Administrator"),
                     {{QStringLiteral("ja"), QStringLiteral("管理者")}},
                     QStringLiteral("Everything within the folders and projects assigned."),
                     ScopeKind::FolderOrProject, AdminLevel::Admin, all, {}});
        list.append({QString(kGeneral), QStringLiteral("General user"),
                     {{QStringLiteral("ja"), QStringLiteral("一般ユーザー")}},
                     QStringLiteral("Views everything, and performs the specified operations, "
                                    "within the folders and projects assigned."),
                     ScopeKind::FolderOrProject, AdminLevel::None, {Operation::View},
                     {Operation::Upload, Operation::Download, Operation::Edit, Operation::Delete,
                      Operation::Share, Operation::CreateProject, Operation::ManageLabels}});
        list.append({QString(kGuest), QStringLiteral("Guest"),
                     {{QStringLiteral("ja"), QStringLiteral("ゲスト")}},
                     QStringLiteral("Views only, within the folders and projects assigned."),
                     ScopeKind::FolderOrProject, AdminLevel::None, {Operation::View}, {}});
        list.append({QString(kDroneOperator), QStringLiteral("Drone operator"),
                     {{QStringLiteral("ja"), QStringLiteral("ドローンオペレータ")}},
                     QStringLiteral("Views the folders and projects assigned, and creates "
                                    "projects in the specified folders."),
                     ScopeKind::FolderOrProject, AdminLevel::None, {Operation::View},
                     {Operation::CreateProject}});
        return list;
    }();
    return roles;
}

const domain::Role *findRole(QStringView id)
{
    for (const domain::Role &role : catalogue()) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

} // namespace kanri::server::rbac
