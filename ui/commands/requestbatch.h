#pragma once

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace kanri::api {
class ApiRequest;
}

namespace kanri::ui {

// Changes sent at once (one request per user, asset or assignment) and answered together:
// `each` sees every request (by its index) as it finishes, then `all` gets how many went through
// and the first refusal's sentence (empty when none). With no request, `all` runs at once.
void whenAllAnswered(const QList<api::ApiRequest *> &requests, QObject *context,
                     std::function<void(qsizetype index, const api::ApiRequest &request)> each,
                     std::function<void(int succeeded, const QString &firstError)> all);

// `text`, followed by the first refusal of a batch when there was one.
QString withFirstRefusal(const QString &text, const QString &firstError);

} // namespace kanri::ui
