#pragma once

#include "json.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kanri::domain {

enum class NoticeKind { Maintenance, Incident, Change, Info };
template<>
struct EnumTraits<NoticeKind>
{
    static constexpr std::array values{std::pair{NoticeKind::Maintenance, "maintenance"},
                                       std::pair{NoticeKind::Incident, "incident"},
                                       std::pair{NoticeKind::Change, "change"},
                                       std::pair{NoticeKind::Info, "info"}};
};

enum class IncidentStatus { Investigating, Identified, Monitoring, Resolved };
template<>
struct EnumTraits<IncidentStatus>
{
    static constexpr std::array values{std::pair{IncidentStatus::Investigating, "investigating"},
                                       std::pair{IncidentStatus::Identified, "identified"},
                                       std::pair{IncidentStatus::Monitoring, "monitoring"},
                                       std::pair{IncidentStatus::Resolved, "resolved"}};
};

// A service notice. `read` is per calling user.
struct Notice
{
    QString id;
    NoticeKind kind = NoticeKind::Info;
    QString title;
    QString body;
    QDateTime publishedAt;
    std::optional<QDateTime> startsAt;
    std::optional<QDateTime> endsAt;
    std::optional<IncidentStatus> incidentStatus;
    bool read = false;
    QDateTime updatedAt;
    QString etag;

    static Decoded<Notice> fromJson(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;
    friend bool operator==(const Notice &, const Notice &) = default;
};

} // namespace kanri::domain
