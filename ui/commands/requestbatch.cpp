#include "commands/requestbatch.h"

#include "api/apirequest.h"

#include <memory>

namespace kanri::ui {

namespace {

struct Batch
{
    qsizetype left = 0;
    int succeeded = 0;
    QString firstError;
};

} // namespace

void whenAllAnswered(const QList<api::ApiRequest *> &requests, QObject *context,
                     std::function<void(qsizetype index, const api::ApiRequest &request)> each,
                     std::function<void(int succeeded, const QString &firstError)> all)
{
    if (requests.isEmpty()) {
        all(0, QString());
        return;
    }
    auto batch = std::make_shared<Batch>();
    batch->left = requests.size();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        api::ApiRequest *request = requests.at(i);
        QObject::connect(request, &api::ApiRequest::finished, context,
                         [i, request, batch, each, all] {
                             if (const auto &error = request->error()) {
                                 if (batch->firstError.isEmpty())
                                     batch->firstError = error->message();
                             } else {
                                 ++batch->succeeded;
                             }
                             if (each)
                                 each(i, *request);
                             if (--batch->left == 0)
                                 all(batch->succeeded, batch->firstError);
                         });
    }
}

QString withFirstRefusal(const QString &text, const QString &firstError)
{
    return firstError.isEmpty() ? text : text + QLatin1Char(' ') + firstError;
}

} // namespace kanri::ui
