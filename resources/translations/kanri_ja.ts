<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>ApiError</name>
        <message>
            <location filename="../../models/api/apierror.cpp" line="+98" />
            <source>The service cannot be reached. Check the network connection and the service address.</source>
            <translation>サービスに接続できません。ネットワーク接続とサービスのアドレスを確認してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The secure connection could not be established: the service's certificate is not trusted or has changed.</source>
            <translation>安全な接続を確立できませんでした。サービスの証明書が信頼されていないか、変更されています。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The service did not answer in time. Try again in a moment.</source>
            <translation>サービスから時間内に応答がありませんでした。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <location line="-77" />
            <source>Your session has ended. Please sign in again.</source>
            <translation>セッションが終了しました。もう一度サインインしてください。</translation>
        </message>
        <message>
            <location line="-5" />
            <source>The sign-in ID or the password is wrong. Check both and try again.</source>
            <translation>サインイン ID またはパスワードが正しくありません。両方を確認して、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account also needs the six-digit code from your authenticator app. Enter it and sign in again.</source>
            <translation>このアカウントでは、認証アプリに表示される 6 桁のコードも必要です。コードを入力して、もう一度サインインしてください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The authentication code is wrong or was already used. Wait for the next code and try again.</source>
            <translation>認証コードが正しくないか、すでに使用されています。次のコードが表示されるまで待ってから、もう一度お試しください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This account has no administrative role, so it cannot use the console. Sign in with an administrator's account.</source>
            <translation>このアカウントには管理者ロールがないため、コンソールを使用できません。管理者のアカウントでサインインしてください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This account has been disabled. Ask your contract administrator to enable it again.</source>
            <translation>このアカウントは無効になっています。契約管理者に有効化を依頼してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your contract does not include this option. The contract administrator can add it.</source>
            <translation>ご契約にはこのオプションが含まれていません。契約管理者がオプションを追加できます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to do this.</source>
            <translation>この操作を行う権限がありません。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The service could not read the request the console sent. Report the request ID to the service operator.</source>
            <translation>コンソールが送信した要求をサービスが読み取れませんでした。リクエスト ID をサービス運営者にお知らせください。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Too many requests. Try again in %n minute(s).</source>
            <translation>
                <numerusform>要求が多すぎます。%n 分後にもう一度お試しください。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>The account is locked after too many failed sign-ins. Try again in %n minute(s).</source>
            <translation>
                <numerusform>サインインの失敗が続いたため、アカウントがロックされています。%n 分後にもう一度お試しください。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>The service sent an answer the console cannot read (at “%1”). Report the request ID to the service operator.</source>
            <translation>サービスからコンソールで読み取れない応答が返されました (「%1」の箇所)。リクエスト ID をサービス運営者にお知らせください。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The service's certificate has changed since you trusted it. This can mean that someone is intercepting the connection. Do not sign in; ask your service administrator whether the certificate was replaced.</source>
            <translation>サービスの証明書が、信頼したときのものから変わっています。第三者が通信に割り込んでいるおそれがあります。サインインせず、証明書を差し替えたかどうかをサービス管理者に確認してください。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>It no longer exists on the service; it may have been deleted.</source>
            <translation>サービス上に存在しません。削除された可能性があります。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The service refused the change because it conflicts with existing data.</source>
            <translation>既存のデータと競合するため、サービスが変更を受け付けませんでした。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Someone else changed this in the meantime. Review their change, then apply yours again.</source>
            <translation>この間に他の管理者が変更しました。その変更を確認してから、もう一度変更を適用してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The request is too large for the service. Send less at a time.</source>
            <translation>要求がサービスの上限を超えています。一度に送る量を減らしてください。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Request ID: %1</source>
            <translation>リクエスト ID: %1</translation>
        </message>
        <message>
            <location line="-103" />
            <source>The service did not accept the input. Correct the marked fields.</source>
            <translation>サービスが入力を受け付けませんでした。示された項目を修正してください。</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Too many requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>要求が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
            </translation>
        </message>
        <message>
            <location line="-5" />
            <source>Too many requests. Try again in a moment.</source>
            <translation>要求が多すぎます。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The account is locked after too many failed sign-ins. Try again later.</source>
            <translation>サインインの失敗が続いたため、アカウントがロックされています。しばらくしてからお試しください。</translation>
        </message>
        <message>
            <location line="+64" />
            <source>The service had an internal problem. Try again later; if it persists, report the request ID.</source>
            <translation>サービス内部で問題が発生しました。しばらくしてからお試しください。解決しない場合はリクエスト ID を添えてご連絡ください。</translation>
        </message>
        <message>
            <location line="-55" />
            <source>The service sent an answer the console cannot read. Report the request ID to the service operator.</source>
            <translation>サービスからコンソールで読み取れない応答が返されました。リクエスト ID をサービス運営者にお知らせください。</translation>
        </message>
        <message>
            <location line="+63" />
            <source>The request was cancelled.</source>
            <translation>要求は取り消されました。</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../app/commandline.cpp" line="+15" />
            <source>Kanri: the admin console for contract administrators.</source>
            <translation>Kanri: 契約管理者のための管理コンソール。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the version.</source>
            <translation>バージョンを表示します。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start a local demo service and connect to it.</source>
            <translation>ローカルのデモサービスを起動して接続します。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address of the service (https://…).</source>
            <translation>サービスのアドレス (https://…)。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Trust this self-signed certificate (sha256:HEX).</source>
            <translation>この自己署名証明書を信頼します (sha256:HEX)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Language of the console: ja or en.</source>
            <translation>コンソールの言語: ja または en。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Directory for settings, cache and the demo service.</source>
            <translation>設定・キャッシュ・デモサービス用のディレクトリ。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Try 'kanri --help'.</source>
            <translation>'kanri --help' を参照してください。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>unexpected argument '%1'</source>
            <translation>想定外の引数 '%1'</translation>
        </message>
        <message>
            <location line="+8" />
            <source>--lang expects ja or en</source>
            <translation>--lang には ja または en を指定してください</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--url expects an https:// address</source>
            <translation>--url には https:// で始まるアドレスを指定してください</translation>
        </message>
        <message>
            <location line="+5" />
            <source>--pin expects sha256: followed by 64 hexadecimal digits</source>
            <translation>--pin には sha256: に続けて 16 進数 64 桁を指定してください</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--demo and --url cannot be used together</source>
            <translation>--demo と --url は同時に指定できません</translation>
        </message>
        <message>
            <location line="+2" />
            <source>give --demo, or --url with the service's address</source>
            <translation>--demo、またはサービスのアドレスを指定した --url が必要です</translation>
        </message>
    </context>
    <context>
        <name>ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.ui" line="+9" />
            <location line="+3" />
            <source>Service status</source>
            <translation>サービスの状態</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Connection</source>
            <translation>接続</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Address:</source>
            <translation>アドレス:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Pinned certificate (SHA-256):</source>
            <translation>固定した証明書 (SHA-256):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Service version:</source>
            <translation>サービスのバージョン:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Database:</source>
            <translation>データベース:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Service clock:</source>
            <translation>サービスの時刻:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Response time:</source>
            <translation>応答時間:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Last checked:</source>
            <translation>最終確認:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Check again</source>
            <translation>再確認(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>kanri::service::LocalService</name>
        <message>
            <location filename="../../models/service/localservice.cpp" line="+16" />
            <source>The local demo service did not become ready in time.</source>
            <translation>ローカルのデモサービスが時間内に起動しませんでした。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The local demo service could not be started: %1</source>
            <translation>ローカルのデモサービスを起動できませんでした: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The local demo service stopped (exit code %1): %2</source>
            <translation>ローカルのデモサービスが停止しました (終了コード %1): %2</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The kanri-service program was not found next to the console or on PATH.</source>
            <translation>kanri-service プログラムがコンソールと同じ場所にも PATH 上にも見つかりません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::CertificateDialog</name>
        <message>
            <location filename="../../ui/dialogs/certificatedialog.cpp" line="+21" />
            <source>Trust this service's certificate?</source>
            <translation>このサービスの証明書を信頼しますか?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that no trusted authority has signed. This is normal for a service your organisation runs itself, but it could also mean that someone is intercepting the connection.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; が提示した証明書は、信頼された認証局の署名を受けていません。自組織で運用しているサービスでは普通のことですが、第三者が通信に割り込んでいる可能性もあります。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This certificate is different from the one you trusted before for this service. Trust it only if your service administrator told you that the certificate was replaced.</source>
            <translation>この証明書は、このサービスについて以前に信頼した証明書と異なります。サービス管理者から証明書を差し替えたと知らされている場合にだけ信頼してください。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Issued to:</source>
            <translation>発行先:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued by:</source>
            <translation>発行者:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Valid:</source>
            <translation>有効期間:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from %1 until %2</source>
            <translation>%1 から %2 まで</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SHA-256 fingerprint:</source>
            <translation>SHA-256 フィンガープリント:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare this fingerprint with the one your service administrator gave you. Trust the certificate only if every character matches; otherwise cancel and contact them. Once trusted, the console remembers it for this connection and warns you if the service ever presents a different one.</source>
            <translation>このフィンガープリントを、サービス管理者から伝えられたものと照らし合わせてください。すべての文字が一致する場合にだけ信頼し、違う場合はキャンセルして管理者に連絡してください。一度信頼すると、コンソールはこの接続先についてこの証明書を記憶し、サービスが別の証明書を提示したときは警告します。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Trust this certificate</source>
            <translation>この証明書を信頼する</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.cpp" line="+28" />
            <source>Kanri — %1</source>
            <translation>Kanri — %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Navigation</source>
            <translation>ナビゲーション</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Service status</source>
            <translation>サービスの状態</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Connecting…</source>
            <translation>接続中…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation>最新の情報に更新(&amp;R)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Kanri</source>
            <translation>Kanri について(&amp;A)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About Kanri</source>
            <translation>Kanri について</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Kanri %1&lt;/h3&gt;&lt;p&gt;Admin console for contract administrators.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Kanri %1&lt;/h3&gt;&lt;p&gt;契約管理者のための管理コンソール。&lt;/p&gt;&lt;p&gt;接続先: %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.cpp" line="+23" />
            <source>none (publicly trusted certificate)</source>
            <translation>なし (公的に信頼された証明書)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checking the service…</source>
            <translation>サービスを確認しています…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The service is not reachable. %1</source>
            <translation>サービスに接続できません。%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation>未接続</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The service is running normally.</source>
            <translation>サービスは正常に稼働しています。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The service is running with problems.</source>
            <translation>サービスに問題が発生しています。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>available</source>
            <translation>利用可能</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unavailable</source>
            <translation>利用不可</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 ms</source>
            <translation>%1 ミリ秒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connected to %1</source>
            <translation>%1 に接続中</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../app/main.cpp" line="+78" />
            <source>Starting the local demo service…</source>
            <translation>ローカルのデモサービスを起動しています…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
</TS>
