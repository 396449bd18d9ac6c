#include "pages/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace kanri::ui {

QString DisplayText::userStatus(domain::UserStatus status)
{
    switch (status) {
    case domain::UserStatus::Active:
        return QCoreApplication::translate("DisplayText", "Active");
    case domain::UserStatus::Disabled:
        return QCoreApplication::translate("DisplayText", "Disabled");
    case domain::UserStatus::Locked:
        return QCoreApplication::translate("DisplayText", "Locked");
    case domain::UserStatus::Invited:
        return QCoreApplication::translate("DisplayText", "Invited");
    }
    return {};
}

QString DisplayText::noticeKind(domain::NoticeKind kind)
{
    switch (kind) {
    case domain::NoticeKind::Maintenance:
        return QCoreApplication::translate("DisplayText", "Maintenance");
    case domain::NoticeKind::Incident:
        return QCoreApplication::translate("DisplayText", "Incident");
    case domain::NoticeKind::Change:
        return QCoreApplication::translate("DisplayText", "Change");
    case domain::NoticeKind::Info:
        return QCoreApplication::translate("DisplayText", "Information");
    }
    return {};
}

QString DisplayText::incidentStatus(domain::IncidentStatus status)
{
    switch (status) {
    case domain::IncidentStatus::Investigating:
        return QCoreApplication::translate("DisplayText", "Investigating");
    case domain::IncidentStatus::Identified:
        return QCoreApplication::translate("DisplayText", "Cause identified");
    case domain::IncidentStatus::Monitoring:
        return QCoreApplication::translate("DisplayText", "Monitoring");
    case domain::IncidentStatus::Resolved:
        return QCoreApplication::translate("DisplayText", "Resolved");
    }
    return {};
}

QString DisplayText::labelLevel(domain::LabelLevel level)
{
    switch (level) {
    case domain::LabelLevel::Public:
        return QCoreApplication::translate("DisplayText", "Public");
    case domain::LabelLevel::Internal:
        return QCoreApplication::translate("DisplayText", "Internal");
    case domain::LabelLevel::Confidential:
        return QCoreApplication::translate("DisplayText", "Confidential");
    case domain::LabelLevel::Secret:
        return QCoreApplication::translate("DisplayText", "Secret");
    }
    return {};
}

QString DisplayText::onOff(bool on)
{
    return on ? QCoreApplication::translate("DisplayText", "On") : QCoreApplication::translate("DisplayText", "Off");
}

QString DisplayText::dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString DisplayText::dateTime(const std::optional<QDateTime> &when)
{
    return when ? dateTime(*when) : QString();
}

QString DisplayText::number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace kanri::ui
