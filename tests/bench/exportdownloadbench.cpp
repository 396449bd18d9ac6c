// Downloads one ready log export with the console's engine (ExportDownload through a signed-in
// ApiClient) and prints how long the transfer and the SHA-256 check took. For
// tests/bench/export_download_bench.sh, which also measures the process's peak RSS.
//   export_download_bench URL FINGERPRINT LOGIN PASSWORD EXPORT_ID OUTPUT_FILE
#include "api/apiclient.h"
#include "exports/exportdownload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace kanri;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7) {
        std::fputs("usage: export_download_bench URL FINGERPRINT LOGIN PASSWORD EXPORT_ID OUTPUT\n", stderr);
        return 2;
    }
    api::ApiClient client(QUrl(args.at(1)), api::TlsPolicy(args.at(2)));
    QTextStream out(stdout);
    std::unique_ptr<exports::ExportDownload> download;
    QElapsedTimer clock;
    qint64 transferMs = 0;
    int status = 1;

    api::SignInRequest *signIn = client.signIn(args.at(3), args.at(4));
    QObject::connect(signIn, &api::ApiRequest::finished, &app, [&] {
        if (signIn->error()) {
            out << "sign-in failed: " << signIn->error()->message() << Qt::endl;
            app.exit(1);
            return;
        }
        auto *get = client.get<domain::LogExport>(QStringLiteral("/log-exports/") + args.at(5));
        QObject::connect(get, &api::ApiRequest::finished, &app, [&, get] {
            if (get->error()) {
                out << "export: " << get->error()->message() << Qt::endl;
                app.exit(1);
                return;
            }
            download = std::make_unique<exports::ExportDownload>(client, get->result(), args.at(6));
            QObject::connect(download.get(), &exports::ExportDownload::stateChanged, &app,
                             [&](exports::ExportDownload::State state) {
                using State = exports::ExportDownload::State;
                if (state == State::Verifying) {
                    transferMs = clock.elapsed();
                } else if (state == State::Completed || state == State::Failed) {
                    const qint64 totalMs = clock.elapsed();
                    const double mb = static_cast<double>(download->total()) / 1e6;
                    out << "size_mb=" << QString::number(mb, 'f', 1)
                        << " transfer_s=" << QString::number(static_cast<double>(transferMs) / 1000.0, 'f', 2)
                        << " transfer_mb_s=" << QString::number(mb * 1000.0 / static_cast<double>(qMax<qint64>(1, transferMs)), 'f', 0)
                        << " verify_s=" << QString::number(static_cast<double>(totalMs - transferMs) / 1000.0, 'f', 2)
                        << " total_mb_s=" << QString::number(mb * 1000.0 / static_cast<double>(qMax<qint64>(1, totalMs)), 'f', 0)
                        << " result=" << (state == State::Completed ? "verified" : "failed") << Qt::endl;
                    if (state == State::Failed)
                        out << download->failure()->message << Qt::endl;
                    status = state == State::Completed ? 0 : 1;
                    app.exit(status);
                }
            });
            clock.start();
            download->start();
        });
    });
    return app.exec() == 0 ? status : 1;
}
