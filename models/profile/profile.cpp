#include "profile/profile.h"

#include <QCollator>
#include <QLocale>
#include <QCoreApplication>

#include <algorithm>

namespace kanri::profile {

namespace {

const QString kArray = QStringLiteral("profiles");
const QString kLastUsed = QStringLiteral("connection/lastProfile");

bool isPin(const QString &pin)
{
    static const QString prefix = QStringLiteral("sha256:");
    if (!pin.startsWith(prefix) || pin.size() != prefix.size() + 64)
        return false;
    return std::all_of(pin.cbegin() + prefix.size(), pin.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace

const QString ProfileStore::kDemoProfileName = QStringLiteral("demo");

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "Give the connection a name.");
    if (demo)
        return {};
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Profile", "Enter the service address, for example https://kanri.example.co.jp.");
    if (url.scheme() != u"https")
        return QCoreApplication::translate("Profile", "The service address must start with https://: the console only connects securely.");
    if (!pin.isEmpty() && !isPin(pin))
        return QCoreApplication::translate("Profile", "The certificate fingerprint must be “sha256:” followed by 64 hexadecimal digits.");
    return {};
}

QString ConnectionProfile::sessionSecretName() const
{
    return QStringLiteral("session:") + name + QLatin1Char(':') + url.authority();
}

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.url = QUrl(m_settings.value(QStringLiteral("url")).toString());
        p.login = m_settings.value(QStringLiteral("login")).toString();
        p.pin = m_settings.value(QStringLiteral("pin")).toString();
        p.accountId = m_settings.value(QStringLiteral("account")).toString();
        p.rememberSession = m_settings.value(QStringLiteral("remember"), false).toBool();
        p.demo = m_settings.value(QStringLiteral("demo"), false).toBool();
        if (!p.name.isEmpty())
            result.append(p);
    }
    m_settings.endArray();
    QCollator collator{QLocale()};
    collator.setNumericMode(true);
    std::sort(result.begin(), result.end(), [&](const ConnectionProfile &a, const ConnectionProfile &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    replace(profile.name, profile);
}

void ProfileStore::replace(const QString &oldName, const ConnectionProfile &profile)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile &p) { return p.name == oldName || p.name == profile.name; });
    all.append(profile);
    write(all);
    if (oldName != profile.name && lastUsed() == oldName)
        setLastUsed(profile.name);
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    write(all);
    if (lastUsed() == name)
        m_settings.remove(kLastUsed);
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(kLastUsed).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings.setValue(kLastUsed, name);
}

void ProfileStore::write(const QList<ConnectionProfile> &profiles)
{
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("url"), p.url.toString());
        m_settings.setValue(QStringLiteral("login"), p.login);
        m_settings.setValue(QStringLiteral("pin"), p.pin);
        m_settings.setValue(QStringLiteral("account"), p.accountId);
        m_settings.setValue(QStringLiteral("remember"), p.rememberSession);
        m_settings.setValue(QStringLiteral("demo"), p.demo);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace kanri::profile
