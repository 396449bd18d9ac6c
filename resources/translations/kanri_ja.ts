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
        <name>CacheError</name>
        <message>
            <location filename="../../models/cache/cacheerror.cpp" line="+11" />
            <source>The offline cache could not be unlocked with this key or passphrase. The cache was left as it is.</source>
            <translation>このキーまたはパスフレーズではオフラインキャッシュを開けませんでした。キャッシュはそのまま残してあります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The offline cache is damaged. It will be rebuilt by downloading everything again.</source>
            <translation>オフラインキャッシュが破損しています。すべてを再取得して作り直します。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The offline cache was written by a newer version of Kanri. Update Kanri, or rebuild the cache.</source>
            <translation>オフラインキャッシュは新しいバージョンの Kanri で作成されています。Kanri を更新するか、キャッシュを作り直してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The disk is full: the offline cache cannot be updated. Free some space and sync again.</source>
            <translation>ディスクがいっぱいのため、オフラインキャッシュを更新できません。空き容量を確保してから再度同期してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The offline cache file cannot be read or written. Check the permissions of the data folder.</source>
            <translation>オフラインキャッシュのファイルを読み書きできません。データフォルダーのアクセス権を確認してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The system keychain refused to give the key of the offline cache. Unlock the keychain and try again.</source>
            <translation>システムのキーチェーンがオフラインキャッシュの鍵を渡しませんでした。キーチェーンのロックを解除してから再試行してください。</translation>
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
            <location line="+2" />
            <source>Connect with the saved connection profile NAME.</source>
            <translation>保存済みの接続プロファイル NAME で接続します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the profile's offline data without contacting the service.</source>
            <translation>サービスに接続せずに、プロファイルのオフラインデータを開きます。</translation>
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
            <location line="+10" />
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
            <source>choose one of --profile, --demo and --url</source>
            <translation>--profile、--demo、--url のいずれか一つを指定してください</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--offline goes with --profile</source>
            <translation>--offline は --profile と一緒に指定してください</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--pin goes with --url</source>
            <translation>--pin は --url と一緒に指定してください</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <location filename="../../ui/dialogs/connectiondialog.ui" line="+6" />
            <source>Connect — Kanri</source>
            <translation>接続 — Kanri</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose the service to administer, or add a connection.</source>
            <translation>管理するサービスを選ぶか、接続を追加してください。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved connections</source>
            <translation>保存済みの接続</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New</source>
            <translation>新規(&amp;N)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>N&amp;ame:</source>
            <translation>名前(&amp;A):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. Production</source>
            <translation>例: 本番</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Service &amp;address:</source>
            <translation>サービスのアドレス(&amp;A):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>https://kanri.example.co.jp</source>
            <translation>https://kanri.example.co.jp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sign-in &amp;ID:</source>
            <translation>サインイン ID(&amp;I):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>name@example.co.jp</source>
            <translation>name@example.co.jp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Certificate:</source>
            <translation>証明書:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Forget…</source>
            <translation>破棄(&amp;F)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget the approved certificate, so that the next connection shows the service's certificate for approval again.</source>
            <translation>承認済みの証明書を破棄し、次回の接続時にサービスの証明書をあらためて確認できるようにします。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Try Kanri</source>
            <translation>Kanri を試す</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Runs a demo service with sample data on this computer. It stops when Kanri closes.</source>
            <translation>サンプルデータ入りのデモサービスをこのコンピューターで起動します。Kanri を閉じると停止します。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Start a &amp;local demo service</source>
            <translation>ローカルのデモサービスを起動(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <location filename="../../ui/pages/displaytext.cpp" line="+12" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disabled</source>
            <translation>無効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invited</source>
            <translation>招待中</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Maintenance</source>
            <translation>メンテナンス</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Incident</source>
            <translation>障害</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>変更</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Information</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Investigating</source>
            <translation>調査中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cause identified</source>
            <translation>原因特定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Monitoring</source>
            <translation>経過観察中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolved</source>
            <translation>解決済み</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Public</source>
            <translation>公開</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Internal</source>
            <translation>社内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confidential</source>
            <translation>社外秘</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Secret</source>
            <translation>機密</translation>
        </message>
        <message>
            <location line="+7" />
            <source>On</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Off</source>
            <translation>無効</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../ui/dialogs/importdialog.cpp" line="+113" />
            <source>The file could not be read: %1</source>
            <translation>ファイルを読み込めませんでした：%1</translation>
        </message>
    </context>
    <context>
        <name>Profile</name>
        <message>
            <location filename="../../models/profile/profile.cpp" line="+33" />
            <source>Give the connection a name.</source>
            <translation>接続に名前を付けてください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the service address, for example https://kanri.example.co.jp.</source>
            <translation>サービスのアドレスを入力してください(例: https://kanri.example.co.jp)。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The service address must start with https://: the console only connects securely.</source>
            <translation>サービスのアドレスは https:// で始まる必要があります。コンソールは安全な接続でのみ通信します。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The certificate fingerprint must be “sha256:” followed by 64 hexadecimal digits.</source>
            <translation>証明書のフィンガープリントは「sha256:」に続けて 16 進数 64 桁で指定してください。</translation>
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
        <name>SignInDialog</name>
        <message>
            <location filename="../../ui/dialogs/signindialog.ui" line="+6" />
            <source>Sign in — Kanri</source>
            <translation>サインイン — Kanri</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sign-in &amp;ID:</source>
            <translation>サインイン ID(&amp;I):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>name@example.co.jp</source>
            <translation>name@example.co.jp</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Password:</source>
            <translation>パスワード(&amp;P):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Authentication &amp;code:</source>
            <translation>認証コード(&amp;C):</translation>
        </message>
        <message>
            <location line="+7" />
            <source>6 digits from your authenticator app</source>
            <translation>認証アプリに表示される 6 桁の数字</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Remember me on this computer</source>
            <translation>このコンピューターでサインイン状態を保持する(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keeps the session in the system keychain, so the next start needs no password.</source>
            <translation>セッションをシステムのキーチェーンに保存し、次回の起動時にパスワードを不要にします。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sign-in message</source>
            <translation>サインインのメッセージ</translation>
        </message>
    </context>
    <context>
        <name>SyncError</name>
        <message>
            <location filename="../../models/sync/syncresult.cpp" line="+17" />
            <source>The service sent data the console cannot read. Sync stopped; what was received before is kept.</source>
            <translation>サービスから読み取れないデータが届きました。同期を中断しました。それまでに受け取ったデータは保持されています。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sync was cancelled.</source>
            <translation>同期を取り消しました。</translation>
        </message>
    </context>
    <context>
        <name>SyncResource</name>
        <message>
            <location filename="../../models/sync/syncresource.cpp" line="+55" />
            <source>Tenant</source>
            <translation>テナント</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Roles</source>
            <translation>ロール</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Users</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folders</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projects</source>
            <translation>プロジェクト</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role assignments</source>
            <translation>ロールの割り当て</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Label assignments</source>
            <translation>ラベルの付与</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Usage</source>
            <translation>利用状況</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notices</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log exports</source>
            <translation>ログの出力</translation>
        </message>
    </context>
    <context>
        <name>SyncSummary</name>
        <message>
            <location filename="../../models/sync/syncresult.cpp" line="+30" />
            <source>Synced: %1 changed, %2 deleted in %3 s</source>
            <translation>同期完了: 変更 %1 件、削除 %2 件 (%3 秒)</translation>
        </message>
    </context>
    <context>
        <name>UsageMetric</name>
        <message>
            <location filename="../../ui/pages/usagemetric.cpp" line="+44" />
            <source>Sign-ins</source>
            <translation>ログイン数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Projects (total)</source>
            <translation>総プロジェクト数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Uploads</source>
            <translation>アップロード数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Files (total)</source>
            <translation>総ファイル数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Downloads</source>
            <translation>ダウンロード数</translation>
        </message>
    </context>
    <context>
        <name>UserCsv</name>
        <message>
            <location filename="../../models/accounts/usercsv.cpp" line="+124" />
            <source>At least one letter (A–Z, a–z).</source>
            <translation>英字（A–Z、a–z）を 1 文字以上含めてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>At least one digit (0–9).</source>
            <translation>数字（0–9）を 1 文字以上含めてください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Half-width letters, digits and symbols only.</source>
            <translation>半角の英数字と記号だけを使ってください。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Role "%1" is not written as role@/folder/path.</source>
            <translation>ロール「%1」が ロール@/フォルダー/パス の形で書かれていません。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown role "%1".</source>
            <translation>ロール「%1」はありません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unknown or ambiguous folder or project "%1".</source>
            <translation>フォルダーまたはプロジェクト「%1」が見つからないか、同じパスが複数あります。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Role "%1" cannot be given on "%2".</source>
            <translation>ロール「%1」は「%2」には付与できません。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Operation "%1" cannot be given with role "%2".</source>
            <translation>操作「%1」はロール「%2」と一緒に付与できません。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The file is neither UTF-8 nor Shift_JIS text. Save it from Excel as "CSV UTF-8" and try again.</source>
            <translation>ファイルが UTF-8 でも Shift_JIS でもありません。Excel で「CSV UTF-8」形式で保存してからやり直してください。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The columns do not fit: the first line must name the columns login, name and email (and may name name_kana, password, status and roles). Missing: %1. Unknown: %2.</source>
            <translation>列が合いません。1 行目に login、name、email の列名が必要です（name_kana、password、status、roles も使えます）。不足：%1。不明：%2。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The file has no users below its header line.</source>
            <translation>見出し行の下にユーザーがありません。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The sign-in ID is missing.</source>
            <translation>サインイン ID がありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in ID must be 1 to 128 half-width characters without spaces.</source>
            <translation>サインイン ID は空白を含まない半角 1〜128 文字にしてください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The sign-in ID is also on line %1.</source>
            <translation>同じサインイン ID が %1 行目にもあります。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A user with this sign-in ID already exists.</source>
            <translation>このサインイン ID のユーザーはすでに登録されています。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The name is missing.</source>
            <translation>氏名がありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is longer than 200 characters.</source>
            <translation>氏名が 200 文字を超えています。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The e-mail address is missing.</source>
            <translation>メールアドレスがありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"%1" is not an e-mail address.</source>
            <translation>「%1」はメールアドレスではありません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown status "%1".</source>
            <translation>状態「%1」は使えません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Created disabled.</source>
            <translation>無効の状態で作成します。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Created active: the service sets "%1" itself.</source>
            <translation>有効の状態で作成します（「%1」はサービス側で設定される状態です）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Password: %1</source>
            <translation>パスワード：%1</translation>
        </message>
    </context>
    <context>
        <name>UserImporter</name>
        <message>
            <location filename="../../models/accounts/userimporter.cpp" line="+128" />
            <source>created</source>
            <translation>登録済み</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not sent</source>
            <translation>未送信</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../models/session/workspace.cpp" line="+96" />
            <source>Offline: changes need a connection to the service.</source>
            <translation>オフラインです。変更するにはサービスへの接続が必要です。</translation>
        </message>
    </context>
    <context>
        <name>kanri::accounts::UserListModel</name>
        <message>
            <location filename="../../models/accounts/userlistmodel.cpp" line="+78" />
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
    </context>
    <context>
        <name>kanri::app</name>
        <message>
            <location filename="../../app/synccommand.cpp" line="+218" />
            <source>Brings the offline cache of a profile up to date, without a window.</source>
            <translation>ウィンドウを開かずに、プロファイルのオフラインキャッシュを最新にします。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show this help.</source>
            <translation>このヘルプを表示します。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The saved connection profile to sync.</source>
            <translation>同期する保存済みの接続プロファイル。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The service address, without a saved profile.</source>
            <translation>保存済みプロファイルを使わない場合のサービスのアドレス。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>url</source>
            <translation>url</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The sign-in ID, with --url.</source>
            <translation>サインイン ID (--url と一緒に指定)。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The service certificate's fingerprint, with --url.</source>
            <translation>サービス証明書のフィンガープリント (--url と一緒に指定)。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>sha256:hex</source>
            <translation>sha256:hex</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the profiles and the cache are kept.</source>
            <translation>プロファイルとキャッシュを保存する場所。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>dir</source>
            <translation>dir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with the password in this file.</source>
            <translation>このファイルに書かれたパスワードでサインインします。</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>file</source>
            <translation>file</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The cache passphrase, for machines without a keychain.</source>
            <translation>キーチェーンのないマシン用の、キャッシュのパスフレーズ。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Objects per request (1 to 1000).</source>
            <translation>1 回の要求で取得する件数 (1〜1000)。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <location line="+9" />
            <source>unexpected argument '%1'</source>
            <translation>想定外の引数 '%1'</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--page-size must be from 1 to 1000</source>
            <translation>--page-size は 1〜1000 で指定してください</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--url must be an https:// address</source>
            <translation>--url には https:// のアドレスを指定してください</translation>
        </message>
        <message>
            <location line="+3" />
            <source>give either --profile or --url with --login</source>
            <translation>--profile か、--url と --login のどちらかを指定してください</translation>
        </message>
        <message>
            <location line="+2" />
            <source>--url needs --login</source>
            <translation>--url には --login が必要です</translation>
        </message>
        <message>
            <location line="+29" />
            <source>no profile called '%1'</source>
            <translation>'%1' という名前のプロファイルはありません</translation>
        </message>
    </context>
    <context>
        <name>kanri::app::SyncRun</name>
        <message>
            <location line="-223" />
            <source>cannot read the password file %1</source>
            <translation>パスワードファイル %1 を読み込めません</translation>
        </message>
        <message>
            <location line="+11" />
            <source>no remembered session for this profile; give --password-file</source>
            <translation>このプロファイルには保持されたセッションがありません。--password-file を指定してください</translation>
        </message>
        <message>
            <location line="+16" />
            <source>cannot sign in: %1</source>
            <translation>サインインできません: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>cannot read the cache passphrase file %1</source>
            <translation>キャッシュのパスフレーズファイル %1 を読み込めません</translation>
        </message>
        <message>
            <location line="+17" />
            <source>(%1) On a machine without a keychain, give the cache passphrase with --cache-passphrase-file.</source>
            <translation>(%1) キーチェーンのないマシンでは、--cache-passphrase-file でキャッシュのパスフレーズを指定してください。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no keychain on this machine: give the cache passphrase with --cache-passphrase-file</source>
            <translation>このマシンにはキーチェーンがありません。--cache-passphrase-file でキャッシュのパスフレーズを指定してください</translation>
        </message>
        <message>
            <location line="+34" />
            <source>(the damaged cache was rebuilt)</source>
            <translation>(破損したキャッシュを作り直しました)</translation>
        </message>
    </context>
    <context>
        <name>kanri::exports::ExportDownload</name>
        <message>
            <location filename="../../models/exports/exportdownload.cpp" line="+107" />
            <source>This export has no file to download yet.</source>
            <translation>このエクスポートにはまだダウンロードできるファイルがありません。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is not enough space in %1: the export needs %2 more, %3 are free. Free some space or choose another folder.</source>
            <translation>%1 の空き容量が足りません。あと %2 必要ですが、空きは %3 です。空き容量を増やすか、別のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 cannot be written: %2. Choose another folder.</source>
            <translation>%1 に書き込めません: %2。別のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The export's manifest describes another file than the service offers (its size or SHA-256 differ), so the file cannot be verified. Report the problem to the service.</source>
            <translation>エクスポートのマニフェストが、サービスの提供するファイルと異なるファイルを示しています（サイズまたは SHA-256 が一致しません）。そのためファイルを検証できません。サービスに問題を報告してください。</translation>
        </message>
        <message>
            <location line="+122" />
            <source>Writing %1 failed: %2. Free some space or check the folder, then resume.</source>
            <translation>%1 への書き込みに失敗しました: %2。空き容量を増やすかフォルダーを確認してから再開してください。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The service sent a different file from the one this export describes.</source>
            <translation>サービスから、このエクスポートの内容とは異なるファイルが送られてきました。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The service sent more than the %1 of this export. The partial file was deleted; download it again.</source>
            <translation>サービスから、このエクスポートのサイズ (%1) を超えるデータが送られてきました。途中までのファイルは削除しました。もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The download ended after %1 of %2. The partial file was deleted; download it again.</source>
            <translation>ダウンロードが %2 のうち %1 で終わりました。途中までのファイルは削除しました。もう一度ダウンロードしてください。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1 could not be read back to verify it.</source>
            <translation>検証のために %1 を読み込めませんでした。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The downloaded file does not match the SHA-256 checksum in the export's manifest: it was damaged on the way or on the service. The partial file was deleted; download it again, and report the problem if it happens again.</source>
            <translation>ダウンロードしたファイルがエクスポートのマニフェストにある SHA-256 チェックサムと一致しません。転送中またはサービス上で破損しています。途中までのファイルは削除しました。もう一度ダウンロードし、再び起きる場合は問題を報告してください。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export's manifest could not be saved as %1: %2.</source>
            <translation>エクスポートのマニフェストを %1 として保存できませんでした: %2。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The verified file could not be saved as %1: %2.</source>
            <translation>検証済みのファイルを %1 として保存できませんでした: %2。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The %1 downloaded so far are kept; resume to continue.</source>
            <translation>ここまでにダウンロードした %1 は保持されています。再開すると続きから取得します。</translation>
        </message>
    </context>
    <context>
        <name>kanri::exports::LogExportTableModel</name>
        <message>
            <location filename="../../models/exports/logexporttablemodel.cpp" line="+53" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Log</source>
            <translation>ログ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Period</source>
            <translation>期間</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Price</source>
            <translation>料金</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Requested</source>
            <translation>申請済み</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Available until</source>
            <translation>ダウンロード期限</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 with BOM</source>
            <translation>%1 (BOM 付き)</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+2" />
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Awaiting approval</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Approved</source>
            <translation>承認済み</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Generating</source>
            <translation>作成中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ready</source>
            <translation>ダウンロード可能</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expired</source>
            <translation>期限切れ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejected</source>
            <translation>却下</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <location line="+9" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location line="+2" />
            <source>JSON Lines</source>
            <translation>JSON Lines</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Combined Log Format</source>
            <translation>Combined Log Format</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Access log</source>
            <translation>アクセスログ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Operation log</source>
            <translation>操作ログ</translation>
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::AssignmentTableModel</name>
        <message>
            <location filename="../../models/itemmodels/assignmenttablemodel.cpp" line="+16" />
            <source>Whole tenant</source>
            <translation>テナント全体</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Folder: %1</source>
            <translation>フォルダー: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project: %1</source>
            <translation>プロジェクト: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>User</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Scope</source>
            <translation>範囲</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Operations</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>変更日時</translation>
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::LabelTableModel</name>
        <message>
            <location filename="../../models/itemmodels/labeltablemodel.cpp" line="+20" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour</source>
            <translation>色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Level</source>
            <translation>区分</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Folders and projects</source>
            <translation>フォルダーとプロジェクト</translation>
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::LabelledAssetModel</name>
        <message>
            <location filename="../../models/itemmodels/labelledassetmodel.cpp" line="+155" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>種類</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Project</source>
            <translation>プロジェクト</translation>
        </message>
    </context>
    <context>
        <name>kanri::itemmodels::UserTableModel</name>
        <message>
            <location filename="../../models/itemmodels/usertablemodel.cpp" line="+17" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Disabled</source>
            <translation>無効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invited</source>
            <translation>招待中</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign-in ID</source>
            <translation>サインイン ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Roles</source>
            <translation>ロール</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Two-step</source>
            <translation>2 段階認証</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last sign-in</source>
            <translation>最終サインイン</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Created</source>
            <translation>登録日時</translation>
        </message>
        <message>
            <location line="+91" />
            <source>On</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Off</source>
            <translation>無効</translation>
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
        <name>kanri::session::ConsoleSession</name>
        <message>
            <location filename="../../models/session/consolesession.cpp" line="+206" />
            <source>You are signed out on this computer, but the service could not be told: %1 The session stays valid on the service until it expires.</source>
            <translation>このコンピューターではサインアウトしましたが、サービスに通知できませんでした: %1 サービス上のセッションは有効期限まで有効なままです。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::AssignRoleDialog</name>
        <message>
            <location filename="../../ui/dialogs/assignroledialog.cpp" line="+41" />
            <source>Assign role</source>
            <translation>ロールの付与</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Users:</source>
            <translation>ユーザー：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type a name or sign-in ID to add users</source>
            <translation>氏名かサインイン ID を入力してユーザーを追加</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Role:</source>
            <translation>ロール：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>On:</source>
            <translation>付与先：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Operations:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Assign</source>
            <translation>付与</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Whole tenant</source>
            <translation>テナント全体</translation>
        </message>
        <message numerus="yes">
            <location line="+175" />
            <source>%1 given to %n user(s) on %2.</source>
            <translation>
                <numerusform>%n 人に %2 の %1 を付与しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already held it there: left unchanged.</source>
            <translation>
                <numerusform>%n 人はすでに保持していたため、変更していません。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n user(s) already held %1 on %2; nothing was changed.</source>
            <translation>
                <numerusform>%n 人はすでに %2 の %1 を保持していたため、何も変更していません。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::CancelExportCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+36" />
            <source>&amp;Cancel export…</source>
            <translation>エクスポートを取り消す(&amp;C)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel the selected export before it is generated; it is not billed.</source>
            <translation>選択したエクスポートを作成前に取り消します。請求はされません。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Select an export to cancel.</source>
            <translation>取り消すエクスポートを選択してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only an export that is awaiting approval or approved can be cancelled; generation has begun or it has ended.</source>
            <translation>取り消せるのは承認待ちか承認済みのエクスポートだけです。作成が始まっているか、すでに終了しています。</translation>
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
            <location line="+12" />
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
            <location line="+4" />
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
        <name>kanri::ui::ConnectionDialog</name>
        <message>
            <location filename="../../ui/dialogs/connectiondialog.cpp" line="+19" />
            <source>&amp;Connect</source>
            <translation>接続(&amp;C)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Local demo service</source>
            <translation>ローカルのデモサービス</translation>
        </message>
        <message>
            <location line="+27" />
            <source>(started by Kanri on this computer)</source>
            <translation>(このコンピューターで Kanri が起動)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Verified by a certificate authority</source>
            <translation>認証局により検証</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pinned: %1</source>
            <translation>固定済み: %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Delete connection</source>
            <translation>接続の削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the connection “%1”? Its address and approved certificate are forgotten; nothing changes on the service.</source>
            <translation>接続「%1」を削除しますか?アドレスと承認済みの証明書はこのコンピューターから消去されます。サービス側には何も変更はありません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Forget the approved certificate</source>
            <translation>承認済みの証明書の破棄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forget the certificate approved for “%1”? The next connection shows the service's certificate again; approve it only if its fingerprint is the one your service administrator gave you.</source>
            <translation>「%1」で承認した証明書を破棄しますか?次回の接続時にサービスの証明書をあらためて表示します。フィンガープリントがサービス管理者から伝えられたものと一致する場合にのみ承認してください。</translation>
        </message>
        <message>
            <location line="+44" />
            <source>A connection called “%1” already exists. Choose another name.</source>
            <translation>「%1」という接続はすでにあります。別の名前にしてください。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::ConsoleController</name>
        <message>
            <location filename="../../ui/consolecontroller.cpp" line="+96" />
            <source>There is no saved connection called “%1”.</source>
            <translation>「%1」という保存済みの接続はありません。</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Starting the local demo service…</source>
            <translation>ローカルのデモサービスを起動しています…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The demo service could not be started. %1</source>
            <translation>デモサービスを起動できませんでした。%1</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The session could not be kept in the system keychain (%1). You will be asked for the password next time.</source>
            <translation>セッションをシステムのキーチェーンに保存できませんでした (%1)。次回はパスワードの入力が必要です。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is no offline data for this connection yet.</source>
            <translation>この接続のオフラインデータはまだありません。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The offline data cannot be opened. %1</source>
            <translation>オフラインデータを開けません。%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Offline cache</source>
            <translation>オフラインキャッシュ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The offline cache cannot be opened, so this run keeps its data in memory only. %1</source>
            <translation>オフラインキャッシュを開けないため、今回はデータをメモリー上にのみ保持します。%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The offline data stays locked without its passphrase.</source>
            <translation>パスフレーズが入力されなかったため、オフラインデータはロックされたままです。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The offline cache is kept in memory for this run only: nothing is written to disk.</source>
            <translation>オフラインキャッシュは今回の起動中だけメモリー上に保持し、ディスクには書き込みません。</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Sign out</source>
            <translation>サインアウト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign out of %1? The session is ended on the service, and a remembered session is forgotten on this computer.</source>
            <translation>%1 からサインアウトしますか?サービス側のセッションを終了し、このコンピューターに保持したセッションも消去します。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Also delete the offline data on this computer</source>
            <translation>このコンピューターのオフラインデータも削除する</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::ContractPage</name>
        <message>
            <location filename="../../ui/pages/contractpage.cpp" line="+19" />
            <source>purchased</source>
            <translation>契約済み</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not purchased</source>
            <translation>未契約</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancellation in progress</source>
            <translation>解約手続き中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terminated</source>
            <translation>終了</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Contract</source>
            <translation>契約</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tenant</source>
            <translation>テナント</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name:</source>
            <translation>名称:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tenant ID:</source>
            <translation>テナント ID:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time zone:</source>
            <translation>タイムゾーン:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contract:</source>
            <translation>契約:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Options:</source>
            <translation>オプション:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Security and logs</source>
            <translation>セキュリティとログ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password policy:</source>
            <translation>パスワードポリシー:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lockout:</source>
            <translation>ロックアウト:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log retention:</source>
            <translation>ログの保存期間:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log export price:</source>
            <translation>ログ出力の料金:</translation>
        </message>
        <message>
            <location line="+43" />
            <source>since %1</source>
            <translation>%1 から</translation>
        </message>
        <message>
            <location line="+2" />
            <source>until %1</source>
            <translation>%1 まで</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>at least %n character(s)</source>
            <translation>
                <numerusform>%n 文字以上</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>letters</source>
            <translation>英字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>digits</source>
            <translation>数字</translation>
        </message>
        <message>
            <location line="-12" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="-9" />
            <source>The contract is shown after the first sync.</source>
            <translation>契約情報は最初の同期の後に表示されます。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Two-step verification (TOTP): %1 / Log exports: %2 / Single sign-on: %3</source>
            <translation>2 段階認証 (TOTP): %1 / ログの出力: %2 / シングルサインオン: %3</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>after %n failed sign-in(s)</source>
            <translation>
                <numerusform>サインインに %n 回失敗すると</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>for %n minute(s)</source>
            <translation>
                <numerusform>%n 分間</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>¥%1 per request plus ¥%2 per million rows%3</source>
            <translation>1 件あたり %1 円 + 100 万行あたり %2 円%3</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (approved automatically)</source>
            <translation> (自動承認)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not part of the contract</source>
            <translation>契約に含まれていません</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::DashboardPage</name>
        <message>
            <location filename="../../ui/pages/dashboardpage.cpp" line="+43" />
            <source>Period start (%1)</source>
            <translation>期間の開始日 (%1)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Total %1 to %2</source>
            <translation>合計 %1～%2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <location line="+36" />
            <source>&amp;Period:</source>
            <translation>期間(&amp;P):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last 7 days</source>
            <translation>過去 7 日間</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last 30 days</source>
            <translation>過去 30 日間</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last 90 days</source>
            <translation>過去 90 日間</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This month</source>
            <translation>今月</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last month</source>
            <translation>先月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom range</source>
            <translation>期間を指定</translation>
        </message>
        <message>
            <location line="+4" />
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To</source>
            <translation>終了</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;By:</source>
            <translation>集計単位(&amp;B):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>週</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save &amp;chart…</source>
            <translation>グラフを保存(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the charts as a PNG image</source>
            <translation>グラフを PNG 画像として保存します</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;figures…</source>
            <translation>数値を保存(&amp;F)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save the figures of each period as CSV (UTF-8, opens in Excel)</source>
            <translation>期間ごとの数値を CSV（UTF-8、Excel で開けます）として保存します</translation>
        </message>
        <message numerus="yes">
            <location line="+94" />
            <source>From %1 to %2 (%n days), calendar days in %3. Figures as of %4.</source>
            <translation>
                <numerusform>%1～%2（%n 日間）、%3 の暦日で集計。%4 時点の数値です。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>never synced</source>
            <translation>未同期</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The period ends before it starts. Choose another end date.</source>
            <translation>終了日が開始日より前です。別の終了日を選んでください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The usage figures are for the contract administrator only.</source>
            <translation>利用状況の数値は契約管理者だけが見られます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The cache holds no usage figures yet. They arrive with the next sync.</source>
            <translation>キャッシュにはまだ利用状況の数値がありません。次の同期で取り込まれます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This period is not in the cache, which holds the days from %1 to %2. Choose a period within them, or sync while online to bring the cache up to date.</source>
            <translation>この期間はキャッシュにありません（キャッシュにあるのは %1～%2 の日です）。その範囲の期間を選ぶか、オンラインで同期してキャッシュを最新にしてください。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Save the charts</source>
            <translation>グラフの保存</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the figures</source>
            <translation>数値の保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved %1.</source>
            <translation>%1 に保存しました。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1.</source>
            <translation>%1 に保存できませんでした。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::DownloadExportCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+6" />
            <source>&amp;Download…</source>
            <translation>ダウンロード(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the selected export's file; its checksum is verified.</source>
            <translation>選択したエクスポートのファイルを保存します。チェックサムで検証されます。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Select an export to download.</source>
            <translation>ダウンロードするエクスポートを選択してください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a ready export can be downloaded.</source>
            <translation>ダウンロードできるのは準備完了のエクスポートだけです。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This export is being downloaded.</source>
            <translation>このエクスポートはダウンロード中です。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::ExportDownloadPanel</name>
        <message numerus="yes">
            <location filename="../../ui/pages/exportdownloadpanel.cpp" line="+19" />
            <source>about %n second(s) left</source>
            <translation>
                <numerusform>残り約 %n 秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>about %n minute(s) left</source>
            <translation>
                <numerusform>残り約 %n 分</numerusform>
            </translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 downloaded; resume to continue.</source>
            <translation>%1 をダウンロード済みです。再開すると続きから取得します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source> · %1/s</source>
            <translation> · %1/秒</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paused at %1.</source>
            <translation>%1 で一時停止中です。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Checking the SHA-256 checksum…</source>
            <translation>SHA-256 チェックサムを確認しています…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved and verified against the export's manifest (SHA-256 %1). The manifest is kept beside it as %2.</source>
            <translation>保存し、エクスポートのマニフェストと照合しました（SHA-256 %1）。マニフェストは同じ場所に %2 として保存しています。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::ImportDialog</name>
        <message>
            <location filename="../../ui/dialogs/importdialog.cpp" line="-78" />
            <source>UTF-8 with BOM</source>
            <translation>UTF-8（BOM 付き）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Import users</source>
            <translation>ユーザーのインポート</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading the file…</source>
            <translation>ファイルを読み込んでいます…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign-in ID</source>
            <translation>サインイン ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Roles</source>
            <translation>ロール</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check / outcome</source>
            <translation>確認結果</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import</source>
            <translation>インポート</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save report…</source>
            <translation>結果レポートを保存…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Resuming…</source>
            <translation>再開しています…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save import report</source>
            <translation>インポート結果の保存</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The report was saved as %1.</source>
            <translation>レポートを %1 として保存しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The report could not be saved as %1: %2</source>
            <translation>レポートを %1 として保存できませんでした: %2</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Nothing was sent.</source>
            <translation>何も送信していません。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>OK. %1</source>
            <translation>OK。%1</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n row(s) read (%1).</source>
            <translation>
                <numerusform>%n 行を読み込みました（%1）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n row(s) have problems, shown in red: correct the file and open it again. Nothing was sent.</source>
            <translation>
                <numerusform>%n 行に問題があります（赤字）。ファイルを直してもう一度開いてください。何も送信していません。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Every row can be imported. Nothing is sent until you click Import.</source>
            <translation>すべての行をインポートできます。［インポート］を押すまで何も送信しません。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Import %n user(s)</source>
            <translation>
                <numerusform>%n 人をインポート</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Importing…</source>
            <translation>インポートしています…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import finished: %1 created, %2 failed.</source>
            <translation>インポート完了：登録 %1 件、失敗 %2 件。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The import stopped after %1 of %2 rows: %3 Resume when the service answers again; rows already sent are not sent twice.</source>
            <translation>%2 行中 %1 行でインポートが止まりました：%3 サービスが応答するようになったら再開してください。送信済みの行は二重に送られません。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Created</source>
            <translation>登録日時</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Failed: %1</source>
            <translation>失敗：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing was imported yet.</source>
            <translation>まだ何も取り込んでいません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::KpiTile</name>
        <message numerus="yes">
            <location filename="../../ui/pages/kpitile.cpp" line="+39" />
            <source>No figures for the previous %n days</source>
            <translation>
                <numerusform>前の %n 日間の数値はありません</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%1 against the previous %n days</source>
            <translation>
                <numerusform>前の %n 日間と比べて %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%1 (%2) against the previous %n days</source>
            <translation>
                <numerusform>前の %n 日間と比べて %1（%2）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LabelCommand</name>
        <message>
            <location filename="../../ui/commands/labelcommands.cpp" line="+19" />
            <source>Only the contract administrator defines labels.</source>
            <translation>ラベルを定義できるのは契約管理者だけです。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+16" />
            <source>Choose a label in the list first.</source>
            <translation>先に一覧からラベルを選んでください。</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Select one or more folders or projects first.</source>
            <translation>先にフォルダーかプロジェクトを選んでください。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No label is defined yet.</source>
            <translation>ラベルがまだ定義されていません。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>None of the selected folders and projects carries a label.</source>
            <translation>選択したフォルダー・プロジェクトにはラベルが付いていません。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;New label…</source>
            <translation>ラベルを作成(&amp;N)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Define a new label</source>
            <translation>新しいラベルを定義します</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit label…</source>
            <translation>ラベルを編集(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the chosen label</source>
            <translation>選んだラベルを変更します</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete label…</source>
            <translation>ラベルを削除(&amp;D)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the chosen label and take it off every folder and project</source>
            <translation>選んだラベルを削除し、すべてのフォルダー・プロジェクトから外します</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Put label on selection</source>
            <translation>選択項目にラベルを付ける(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put the chosen label on the selected folders and projects</source>
            <translation>選んだラベルを選択したフォルダー・プロジェクトに付けます</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Take label off selection</source>
            <translation>選択項目からラベルを外す(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the chosen label off the selected folders and projects</source>
            <translation>選んだラベルを選択したフォルダー・プロジェクトから外します</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Put label on…</source>
            <translation>ラベルを付ける(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put a label on the selected folders and projects</source>
            <translation>選択したフォルダー・プロジェクトにラベルを付けます</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ta&amp;ke label off…</source>
            <translation>ラベルを外す(&amp;K)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take a label off the selected folders and projects</source>
            <translation>選択したフォルダー・プロジェクトからラベルを外します</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LabelDialog</name>
        <message>
            <location filename="../../ui/dialogs/labeldialog.cpp" line="+26" />
            <source>Edit label</source>
            <translation>ラベルの編集</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New label</source>
            <translation>新しいラベル</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Name:</source>
            <translation>名前(&amp;N):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>C&amp;hoose…</source>
            <translation>選択(&amp;H)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Colour:</source>
            <translation>色(&amp;C):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Level:</source>
            <translation>区分(&amp;L):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Description:</source>
            <translation>説明(&amp;D):</translation>
        </message>
        <message>
            <location line="+69" />
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LabelsPage</name>
        <message>
            <location filename="../../ui/pages/labelspage.cpp" line="+61" />
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location filename="../../ui/pages/labeltags.cpp" line="+87" />
            <source>&amp;Show:</source>
            <translation>表示(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/pages/labelspage.cpp" line="+35" />
            <source>Search folders and projects</source>
            <translation>フォルダー・プロジェクトを検索</translation>
        </message>
        <message>
            <location filename="../../ui/pages/labeltags.cpp" line="+15" />
            <source>All folders and projects</source>
            <translation>すべてのフォルダーとプロジェクト</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Carrying “%1”</source>
            <translation>「%1」が付いたもの</translation>
        </message>
        <message>
            <location filename="../../ui/pages/labelspage.cpp" line="+109" />
            <source>%1 folders and projects.</source>
            <translation>フォルダー・プロジェクト %1 件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 folders and projects carry “%2”.</source>
            <translation>「%2」が付いたフォルダー・プロジェクトは %1 件です。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The label “%1” was changed.</source>
            <translation>ラベル「%1」を変更しました。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The label “%1” was defined.</source>
            <translation>ラベル「%1」を作成しました。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Delete label</source>
            <translation>ラベルの削除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the label “%1”?</source>
            <translation>ラベル「%1」を削除しますか？</translation>
        </message>
        <message>
            <location line="-5" />
            <source>No folder or project carries it.</source>
            <translation>このラベルが付いたフォルダー・プロジェクトはありません。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n folders and projects carry it and will lose it. This cannot be undone.</source>
            <translation>
                <numerusform>このラベルが付いた %n 件のフォルダー・プロジェクトからラベルが外れます。元に戻せません。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The label “%1” was deleted.</source>
            <translation>ラベル「%1」を削除しました。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/commands/labelcommands.cpp" line="+58" />
            <source>“%1” was put on %n folders and projects.</source>
            <translation>
                <numerusform>「%1」を %n 件のフォルダー・プロジェクトに付けました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>“%1” was taken off %n folders and projects.</source>
            <translation>
                <numerusform>「%1」を %n 件のフォルダー・プロジェクトから外しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Take “%1” off the %n folders and projects again</source>
            <translation>
                <numerusform>%n 件のフォルダー・プロジェクトから「%1」を再び外す</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Put “%1” back on the %n folders and projects</source>
            <translation>
                <numerusform>%n 件のフォルダー・プロジェクトに「%1」を付け直す</numerusform>
            </translation>
        </message>
        <message>
            <location line="-45" />
            <source>Every selected folder and project already carries “%1”.</source>
            <translation>選択したフォルダー・プロジェクトにはすべて「%1」が付いています。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None of the selected folders and projects carries “%1”.</source>
            <translation>選択したフォルダー・プロジェクトには「%1」が付いていません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="-51" />
            <source>Only the contract administrator can order, cancel and download log exports.</source>
            <translation>ログのエクスポートの申し込み・取り消し・ダウンロードは契約管理者だけが行えます。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportParametersPage</name>
        <message>
            <location filename="../../ui/dialogs/logexportwizard.cpp" line="+41" />
            <source>What to export</source>
            <translation>エクスポートする内容</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Logs are kept for %n day(s). Choose the log, the days and the format; the next step shows the price before anything is ordered.</source>
            <translation>
                <numerusform>ログは %n 日間保存されます。ログの種類・期間・形式を選んでください。次の手順で、申し込む前に料金が表示されます。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>From %1 to %2 (days in %3).</source>
            <translation>%1 から %2 まで (%3 の日付)。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every path, e.g. /api/v1/projects</source>
            <translation>すべてのパス (例: /api/v1/projects)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Every operation, e.g. user.create</source>
            <translation>すべての操作 (例: user.create)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Start with a byte order mark (for Excel)</source>
            <translation>先頭にバイトオーダーマークを付ける (Excel 用)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Log:</source>
            <translation>ログ(&amp;L):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First day:</source>
            <translation>開始日(&amp;F):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last day:</source>
            <translation>終了日(&amp;L):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User (sign-in ID):</source>
            <translation>ユーザー (サインイン ID)(&amp;U):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Path starts with:</source>
            <translation>パスの先頭(&amp;P):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Operation:</source>
            <translation>操作(&amp;O):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ormat:</source>
            <translation>形式(&amp;O):</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The first day must not be after the last day.</source>
            <translation>開始日は終了日より後にできません。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No user with the sign-in ID %1 is known.</source>
            <translation>サインイン ID %1 のユーザーは見つかりません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportQuotePage</name>
        <message>
            <location line="+23" />
            <source>Price</source>
            <translation>料金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The export is billed at this price once it is ordered. It can be cancelled free of charge until its generation begins.</source>
            <translation>申し込むと、この料金で請求されます。作成が始まるまでは無料で取り消せます。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Export:</source>
            <translation>エクスポート:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rows (estimate):</source>
            <translation>行数 (見積もり):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size (estimate, compressed):</source>
            <translation>サイズ (見積もり、圧縮後):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Price:</source>
            <translation>料金:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quote valid until:</source>
            <translation>見積もりの有効期限:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Order export</source>
            <translation>エクスポートを申し込む(&amp;O)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Asking the service for a quote…</source>
            <translation>サービスに見積もりを問い合わせています…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1, %2 – %3, %4</source>
            <translation>%1、%2 – %3、%4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 with BOM</source>
            <translation>%1 (BOM 付き)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>I accept the fee of %1 for this export.</source>
            <translation>このエクスポートの料金 %1 を承諾します。</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Ordering… The wizard closes when the service has answered.</source>
            <translation>注文しています… サービスの応答があるとウィザードが閉じます。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportWizard</name>
        <message>
            <location line="+28" />
            <source>Request log export</source>
            <translation>ログのエクスポートの申し込み</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::LogExportsPage</name>
        <message>
            <location filename="../../ui/pages/logexportspage.cpp" line="+93" />
            <source>Log exports</source>
            <translation>ログの出力</translation>
        </message>
        <message>
            <location line="+35" />
            <source>No log exports yet.</source>
            <translation>ログのエクスポートはまだありません。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n export(s).</source>
            <translation>
                <numerusform>%n 件のエクスポート。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only the contract administrator can order, cancel and download log exports; you can see them here.</source>
            <translation>ログのエクスポートの申し込み・取り消し・ダウンロードは契約管理者だけが行えます。ここでは一覧を確認できます。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Logs are kept for %n day(s) and can be obtained as a paid export.</source>
            <translation>
                <numerusform>ログは %n 日間保存され、有料のエクスポートとして入手できます。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>Export ordered: %1, %2.</source>
            <translation>エクスポートを申し込みました: %1、%2。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cancel log export</source>
            <translation>ログのエクスポートの取り消し</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Cancel this export? It will not be generated or billed.

%1, %2</source>
            <translation>このエクスポートを取り消しますか？ 作成も請求もされません。

%1、%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel export</source>
            <translation>エクスポートを取り消す</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep it</source>
            <translation>取り消さない</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The export was cancelled; it will not be billed.</source>
            <translation>エクスポートを取り消しました。請求はされません。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save log export</source>
            <translation>ログのエクスポートを保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compressed log (*.gz)</source>
            <translation>圧縮されたログ (*.gz)</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.cpp" line="+63" />
            <source>Navigation</source>
            <translation>ナビゲーション</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Connecting…</source>
            <translation>接続中…</translation>
        </message>
        <message>
            <location line="+141" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location line="-214" />
            <source>Contract administrator</source>
            <translation>契約管理者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Administrator</source>
            <translation>管理者</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No administrative role</source>
            <translation>管理ロールなし</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Kanri is locked.</source>
            <translation>Kanri はロックされています。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Dashboard</source>
            <translation>ダッシュボード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Users</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Roles &amp; access</source>
            <translation>ロールとアクセス権</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log exports</source>
            <translation>ログの出力</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notices</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contract</source>
            <translation>契約</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop the sync; what was received is kept and the next sync continues from there.</source>
            <translation>同期を停止します。受信済みのデータは保持され、次回の同期はその続きから行います。</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Kanri — %1 (%2)</source>
            <translation>Kanri — %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Last sync: %1</source>
            <translation>最終同期: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not synced yet</source>
            <translation>未同期</translation>
        </message>
        <message>
            <location line="+10" />
            <source>never synced</source>
            <translation>未同期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offline — data as of %1 (%2). Changes are disabled until the service answers again.</source>
            <translation>オフライン — %1 (%2) 時点のデータです。サービスに再接続するまで変更はできません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Syncing…</source>
            <translation>同期中…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Sync failed: %1</source>
            <translation>同期に失敗しました: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Lock</source>
            <translation>ロック(&amp;L)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign &amp;out…</source>
            <translation>サインアウト(&amp;O)…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find</source>
            <translation>検索(&amp;F)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This page has nothing to search.</source>
            <translation>このページには検索対象がありません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Refresh</source>
            <translation>最新の情報に更新(&amp;R)</translation>
        </message>
        <message>
            <location line="+15" />
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
        <name>kanri::ui::NoticesPage</name>
        <message>
            <location filename="../../ui/pages/noticespage.cpp" line="+58" />
            <source>Notices</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mark as &amp;read</source>
            <translation>既読にする(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark as &amp;unread</source>
            <translation>未読にする(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark &amp;all as read</source>
            <translation>すべて既読にする(&amp;A)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Published</source>
            <translation>掲載日時</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>件名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+85" />
            <source>%1 to %2</source>
            <translation>%1～%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unread</source>
            <translation>未読</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Read</source>
            <translation>既読</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 notices, %2 unread.</source>
            <translation>お知らせ %1 件、未読 %2 件。</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n unread notices</source>
            <translation>
                <numerusform>未読のお知らせ %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>Choose a notice to read it.</source>
            <translation>お知らせを選ぶと内容が表示されます。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>From %1 to %2 (%3)</source>
            <translation>%1～%2（%3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>状況: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Planned maintenance from %1 to %2 (%3): %4</source>
            <translation>計画メンテナンス %1～%2（%3）: %4</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::PassphraseDialog</name>
        <message>
            <location filename="../../ui/dialogs/passphrasedialog.cpp" line="+24" />
            <source>Offline cache passphrase</source>
            <translation>オフラインキャッシュのパスフレーズ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer has no keychain to keep the key of the offline cache of “%1”. Choose a passphrase to encrypt it; you will be asked for it at every start. Without one, the data is kept in memory only until Kanri closes.</source>
            <translation>このコンピューターには「%1」のオフラインキャッシュの鍵を保管するキーチェーンがありません。暗号化のためのパスフレーズを決めてください。起動のたびに入力を求めます。設定しない場合、データは Kanri を閉じるまでメモリー上にのみ保持します。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the passphrase of the offline cache of “%1”. Without it, the saved data stays locked on disk and this run keeps what it syncs in memory only.</source>
            <translation>「%1」のオフラインキャッシュのパスフレーズを入力してください。入力しない場合、保存済みのデータはディスク上でロックされたままとなり、今回同期したデータはメモリー上にのみ保持されます。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Passphrase:</source>
            <translation>パスフレーズ(&amp;P):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Repeat:</source>
            <translation>確認のため再入力(&amp;R):</translation>
        </message>
        <message>
            <location line="+7" />
            <source>That passphrase does not open the cache. Try again.</source>
            <translation>このパスフレーズではキャッシュを開けません。もう一度入力してください。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Encrypt</source>
            <translation>暗号化(&amp;E)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep in &amp;memory only</source>
            <translation>メモリー上にのみ保持(&amp;M)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Leave it locked</source>
            <translation>ロックしたままにする(&amp;L)</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>At least %n characters.</source>
            <translation>
                <numerusform>%n 文字以上にしてください。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The two entries differ.</source>
            <translation>2 つの入力が一致しません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::PauseResumeCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+56" />
            <location line="+12" />
            <source>&amp;Pause</source>
            <translation>一時停止(&amp;P)</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Pause or resume the download of the selected export.</source>
            <translation>選択したエクスポートのダウンロードを一時停止または再開します。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Resume</source>
            <translation>再開(&amp;R)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No download of the selected export to pause or resume.</source>
            <translation>選択したエクスポートには、一時停止や再開ができるダウンロードがありません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::RequestExportCommand</name>
        <message>
            <location line="-74" />
            <source>&amp;Request export…</source>
            <translation>エクスポートを申し込む(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order a paid export of the access or operation log.</source>
            <translation>アクセスログまたは操作ログの有料エクスポートを申し込みます。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::RoleChanges</name>
        <message numerus="yes">
            <location filename="../../ui/commands/rolechanges.cpp" line="+19" />
            <source>Take the %n role assignment(s) away again</source>
            <translation>
                <numerusform>%n 件のロールの割り当てを再び取り消す</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n role assignment(s) taken away again.</source>
            <translation>
                <numerusform>%n 件のロールの割り当てを再び取り消しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Give the %n role assignment(s) back</source>
            <translation>
                <numerusform>%n 件のロールの割り当てを元に戻す</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n role assignment(s) given back.</source>
            <translation>
                <numerusform>%n 件のロールの割り当てを元に戻しました。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::RolesPage</name>
        <message>
            <location filename="../../ui/pages/rolespage.cpp" line="+54" />
            <source>Roles &amp; access</source>
            <translation>ロールとアクセス権</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who holds which role on each folder and project: directly, or inherited from a folder above it.</source>
            <translation>各フォルダー・プロジェクトで誰がどのロールを持つか（直接付与、または上位フォルダーからの継承）を表示します。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Assign role…</source>
            <translation>ロールを付与(&amp;A)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Revoke…</source>
            <translation>ロールを解除(&amp;R)…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Folders and projects</source>
            <translation>フォルダーとプロジェクト</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Labels</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <location line="+13" />
            <source>User</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+5" />
            <source>Operations</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Granted by</source>
            <translation>付与元</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Folder or project</source>
            <translation>フォルダー・プロジェクト</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1 (project)</source>
            <translation>%1（プロジェクト）</translation>
        </message>
        <message>
            <location line="+68" />
            <source>No folder or project selected.</source>
            <translation>フォルダー・プロジェクトが選択されていません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; — who holds a role here</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — ここでロールを持つユーザー</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Direct</source>
            <translation>直接付与</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inherited from %1</source>
            <translation>%1 から継承</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Select a holder to see every role they hold.</source>
            <translation>ユーザーを選ぶと、その人が持つすべてのロールが表示されます。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; holds:</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; のロール：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Whole tenant</source>
            <translation>テナント全体</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Give users a role on the selected folder or project.</source>
            <translation>選択したフォルダー・プロジェクトでユーザーにロールを付与します。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The selected folder or project is outside your scopes.</source>
            <translation>選択したフォルダー・プロジェクトはあなたの管理範囲外です。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Select a holder to revoke their role.</source>
            <translation>ロールを解除するユーザーを選んでください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This role is inherited: revoke it on the folder it comes from.</source>
            <translation>このロールは継承されたものです。付与元のフォルダーで解除してください。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the contract administrator can revoke this role.</source>
            <translation>このロールを解除できるのは契約管理者だけです。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take the selected role away.</source>
            <translation>選択したロールを解除します。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Revoke role</source>
            <translation>ロールの解除</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Put label on</source>
            <translation>ラベルを付ける</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take label off</source>
            <translation>ラベルを外す</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Label to put on %n selected folders and projects:</source>
            <translation>
                <numerusform>選択した %n 件のフォルダー・プロジェクトに付けるラベル:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Label to take off %n selected folders and projects:</source>
            <translation>
                <numerusform>選択した %n 件のフォルダー・プロジェクトから外すラベル:</numerusform>
            </translation>
        </message>
        <message>
            <location line="-71" />
            <source>Take the role %1 on %2 away from %3?</source>
            <translation>%3 の %2 での %1 ロールを解除しますか？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Revoke</source>
            <translation>解除</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The role was revoked.</source>
            <translation>ロールを解除しました。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.cpp" line="+21" />
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
        <name>kanri::ui::ShowInFolderCommand</name>
        <message>
            <location filename="../../ui/commands/logexportcommands.cpp" line="+78" />
            <source>Show in &amp;folder</source>
            <translation>フォルダーを開く(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the folder of the downloaded file.</source>
            <translation>ダウンロードしたファイルのフォルダーを開きます。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The selected export has not been downloaded in this session.</source>
            <translation>選択したエクスポートは、このセッションではまだダウンロードされていません。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::SignInDialog</name>
        <message>
            <location filename="../../ui/dialogs/signindialog.cpp" line="+36" />
            <source>&lt;b&gt;Sign in to %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;%1 にサインイン&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Your session has ended.&lt;/b&gt; Sign in again to continue; the console keeps what you were doing.</source>
            <translation>&lt;b&gt;セッションが終了しました。&lt;/b&gt;続けるには再度サインインしてください。作業中の内容はそのまま残ります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kanri is locked</source>
            <translation>Kanri はロック中です</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Kanri was locked&lt;/b&gt; after a period without activity. Enter your password to continue.</source>
            <translation>一定時間操作がなかったため &lt;b&gt;Kanri をロックしました&lt;/b&gt;。続けるにはパスワードを入力してください。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Service: %1</source>
            <translation>サービス: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Demo service: sign in as keiyaku@demo.example (contract administrator) or kanri@demo.example (administrator of one folder), password demo1234.</source>
            <translation>デモサービス: keiyaku@demo.example (契約管理者) または kanri@demo.example (1 フォルダーの管理者) でサインインしてください。パスワードは demo1234 です。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Unlock</source>
            <translation>ロック解除(&amp;U)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Sign in</source>
            <translation>サインイン(&amp;S)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign &amp;out</source>
            <translation>サインアウト(&amp;O)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Back to connections</source>
            <translation>接続の選択に戻る(&amp;B)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Work &amp;offline</source>
            <translation>オフラインで作業(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the data kept on this computer without signing in. Changes are disabled.</source>
            <translation>サインインせずに、このコンピューターに保存されたデータを開きます。変更はできません。</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Signing in…</source>
            <translation>サインインしています…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>You can try again at %1.</source>
            <translation>%1 以降に再試行できます。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UndoOffer</name>
        <message>
            <location filename="../../ui/pages/undooffer.cpp" line="+18" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UsageBreakdown</name>
        <message>
            <location filename="../../ui/pages/usagebreakdown.cpp" line="+51" />
            <source>Top projects</source>
            <translation>上位のプロジェクト</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top folders</source>
            <translation>上位のフォルダー</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Top users</source>
            <translation>上位のユーザー</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <location line="+24" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+2" />
            <source>Uploads</source>
            <translation>アップロード数</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+2" />
            <source>Downloads</source>
            <translation>ダウンロード数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign-ins</source>
            <translation>ログイン数</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No sign-in for:</source>
            <translation>ログインしていない期間:</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n days</source>
            <translation>
                <numerusform>%n 日</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Sign-in ID</source>
            <translation>サインイン ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last sign-in</source>
            <translation>最終サインイン</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dormant accounts</source>
            <translation>休眠アカウント</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The rankings are for the contract administrator only.</source>
            <translation>ランキングは契約管理者のみが参照できます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The rankings come from the service and are not kept offline. They return when the console is online.</source>
            <translation>ランキングはサービスから取得するため、オフラインでは保持していません。オンラインに戻ると表示されます。</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No activity in this period.</source>
            <translation>この期間の利用はありません。</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>The %n most active in this period, by uploads, downloads and sign-ins.</source>
            <translation>
                <numerusform>この期間にアップロード・ダウンロード・ログインの多かった上位 %n 件です。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>The cache cannot be read.</source>
            <translation>キャッシュを読み込めません。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Never</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 accounts; the %2 longest without a sign-in are shown.</source>
            <translation>%1 アカウント。ログインしていない期間の長い %2 件を表示しています。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 accounts.</source>
            <translation>%1 アカウント。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dormant accounts (%1)</source>
            <translation>休眠アカウント (%1)</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UsageChart</name>
        <message>
            <location filename="../../ui/pages/usagechart.cpp" line="+58" />
            <source>Activity</source>
            <translation>アクティビティ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Totals</source>
            <translation>累計</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Point at the charts for exact values.</source>
            <translation>グラフの点を指すと正確な値が表示されます。</translation>
        </message>
        <message>
            <location line="+102" />
            <source>%1 to %2</source>
            <translation>%1～%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UserActions</name>
        <message numerus="yes">
            <location filename="../../ui/commands/useractions.cpp" line="+45" />
            <source>…and %n more.</source>
            <translation>
                <numerusform>…ほか %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1: "%2" → "%3"</source>
            <translation>%1：「%2」→「%3」</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name: "%1"</source>
            <translation>氏名：「%1」</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading: "%1"</source>
            <translation>フリガナ：「%1」</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E-mail: "%1"</source>
            <translation>メールアドレス：「%1」</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status: %1</source>
            <translation>状況: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed by someone else</source>
            <translation>ほかの人が変更しました</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 was changed on the service after this console read it.</source>
            <translation>%1 は、このコンソールが読み込んだ後にサービス上で変更されました。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Changed meanwhile:
%1

Your change:
%2</source>
            <translation>その間の変更：
%1

あなたの変更：
%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(only its version)</source>
            <translation>（バージョンのみ）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Apply my change again</source>
            <translation>自分の変更を再適用</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drop my change</source>
            <translation>自分の変更を破棄</translation>
        </message>
        <message>
            <location line="+76" />
            <source>%1 was registered.</source>
            <translation>%1 を登録しました。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 was saved.</source>
            <translation>%1 を保存しました。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Disable %1?</source>
            <translation>%1 を無効化しますか？</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Disable %n account(s)?</source>
            <translation>
                <numerusform>%n 件のアカウントを無効化しますか？</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>They can no longer sign in, and their sessions end at once. You can enable the accounts again later.
%1</source>
            <translation>次のアカウントはサインインできなくなり、セッションはすぐに終了します。あとで再び有効化できます。
%1</translation>
        </message>
        <message>
            <location line="-194" />
            <source>Your own account is left out.</source>
            <translation>ご自身のアカウントは対象外です。</translation>
        </message>
        <message>
            <location line="+198" />
            <source>Disable</source>
            <translation>無効化</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%n account(s) disabled.</source>
            <translation>
                <numerusform>%n 件のアカウントを無効化しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n account(s) enabled.</source>
            <translation>
                <numerusform>%n 件のアカウントを有効化しました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Enable the %n account(s) again</source>
            <translation>
                <numerusform>%n 件のアカウントを再び有効化する</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Disable the %n account(s) again</source>
            <translation>
                <numerusform>%n 件のアカウントを再び無効化する</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 on %2</source>
            <translation>%2 の %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no roles</source>
            <translation>ロールなし</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete %1?</source>
            <translation>%1 を削除しますか？</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>Delete %n users?</source>
            <translation>
                <numerusform>%n 人のユーザーを削除しますか？</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The accounts below are deleted for good. They can no longer sign in, their sessions end and they lose these role assignments:
%1

Files and projects they created stay.</source>
            <translation>以下のアカウントは完全に削除されます。サインインできなくなり、セッションは終了し、次のロール付与を失います：
%1

作成したファイルとプロジェクトは残ります。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n account(s) deleted.</source>
            <translation>
                <numerusform>%n 件のアカウントを削除しました。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reset the password of %1?</source>
            <translation>%1 のパスワードをリセットしますか？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 gets a temporary password, shown once here; their sessions end.</source>
            <translation>%1 に仮パスワードを発行します（ここで一度だけ表示）。セッションは終了します。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reset password</source>
            <translation>パスワードをリセット</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Temporary password</source>
            <translation>仮パスワード</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The temporary password of %1 is:

%2

Give it to them in person; it is not shown again.</source>
            <translation>%1 の仮パスワード：

%2

本人に直接伝えてください。再表示はできません。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The password of %1 was reset.</source>
            <translation>%1 のパスワードをリセットしました。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reset two-step sign-in of %1?</source>
            <translation>%1 の 2 段階認証をリセットしますか？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 signs in with the password alone until they set up an authenticator again.</source>
            <translation>%1 は認証アプリを再登録するまでパスワードだけでサインインします。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset two-step sign-in</source>
            <translation>2 段階認証をリセット</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Two-step sign-in of %1 was reset.</source>
            <translation>%1 の 2 段階認証をリセットしました。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 was unlocked.</source>
            <translation>%1 のロックを解除しました。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UserCommand</name>
        <message>
            <location filename="../../ui/commands/usercommands.cpp" line="+15" />
            <source>Select one user.</source>
            <translation>ユーザーを 1 人選んでください。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This user also holds roles outside your folders and projects: only the contract administrator can change the account.</source>
            <translation>このユーザーはあなたの管理範囲外にもロールを持っています。このアカウントを変更できるのは契約管理者だけです。</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+88" />
            <location line="+37" />
            <source>Select one or more users.</source>
            <translation>ユーザーを 1 人以上選んでください。</translation>
        </message>
        <message>
            <location line="-123" />
            <source>A selected user also holds roles outside your folders and projects: only the contract administrator can change such accounts.</source>
            <translation>選択したユーザーに、あなたの管理範囲外にもロールを持つ人がいます。そのアカウントを変更できるのは契約管理者だけです。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Only the contract administrator can register and delete accounts.</source>
            <translation>アカウントの登録と削除ができるのは契約管理者だけです。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>&amp;Register user…</source>
            <translation>ユーザー登録(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register a new account; the password is checked as you type.</source>
            <translation>新しいアカウントを登録します。パスワードは入力中にポリシーと照合されます。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit…</source>
            <translation>編集(&amp;E)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change the name, reading or e-mail address.</source>
            <translation>氏名・フリガナ・メールアドレスを変更します。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stop the selected accounts from signing in; their sessions end.</source>
            <translation>選択したアカウントのサインインを止め、セッションを終了します。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Only active accounts can be disabled.</source>
            <translation>無効化できるのは有効なアカウントだけです。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>You cannot disable your own account.</source>
            <translation>自分のアカウントは無効化できません。</translation>
        </message>
        <message>
            <location line="-6" />
            <source>&amp;Disable…</source>
            <translation>無効化(&amp;D)…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>E&amp;nable</source>
            <translation>有効化(&amp;N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let the selected disabled accounts sign in again.</source>
            <translation>選択した無効なアカウントが再びサインインできるようにします。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only disabled accounts can be enabled.</source>
            <translation>有効化できるのは無効なアカウントだけです。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>De&amp;lete…</source>
            <translation>削除(&amp;L)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the selected accounts with their role assignments.</source>
            <translation>選択したアカウントをロール付与とともに削除します。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>You cannot delete your own account.</source>
            <translation>自分のアカウントは削除できません。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reset &amp;password…</source>
            <translation>パスワードをリセット(&amp;P)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the user a new temporary password; their sessions end.</source>
            <translation>新しい仮パスワードを発行し、セッションを終了します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reset &amp;two-step sign-in…</source>
            <translation>2 段階認証をリセット(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the user's authenticator; they sign in with the password alone until they enrol again.</source>
            <translation>認証アプリの登録を解除します。再登録するまではパスワードだけでサインインします。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Two-step sign-in is not set up for this user.</source>
            <translation>このユーザーは 2 段階認証を設定していません。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>ロック解除(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Release an account locked after failed sign-ins.</source>
            <translation>サインイン失敗でロックされたアカウントを解除します。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The account is not locked.</source>
            <translation>このアカウントはロックされていません。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Assign role…</source>
            <translation>ロールを付与(&amp;A)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the selected users a role on a folder or project.</source>
            <translation>選択したユーザーにフォルダー・プロジェクトのロールを付与します。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>E&amp;xport CSV…</source>
            <translation>CSV エクスポート(&amp;X)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the users shown, with their roles and scopes, as a CSV file for Excel.</source>
            <translation>表示中のユーザーをロールと範囲つきで Excel 用 CSV に保存します。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import CSV…</source>
            <translation>CSV インポート(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Register users from a CSV file, checked row by row before anything is sent.</source>
            <translation>CSV ファイルからユーザーを登録します。送信前に全行を確認します。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UserDetailPanel</name>
        <message>
            <location filename="../../ui/pages/userdetailpanel.cpp" line="+18" />
            <source>view</source>
            <translation>閲覧</translation>
        </message>
        <message>
            <location line="+2" />
            <source>upload</source>
            <translation>アップロード</translation>
        </message>
        <message>
            <location line="+2" />
            <source>download</source>
            <translation>ダウンロード</translation>
        </message>
        <message>
            <location line="+2" />
            <source>edit</source>
            <translation>編集</translation>
        </message>
        <message>
            <location line="+2" />
            <source>delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location line="+2" />
            <source>share</source>
            <translation>共有</translation>
        </message>
        <message>
            <location line="+2" />
            <source>create projects</source>
            <translation>プロジェクト作成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>manage labels</source>
            <translation>ラベル管理</translation>
        </message>
        <message>
            <location line="+12" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Role</source>
            <translation>ロール</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Folder or project</source>
            <translation>フォルダー・プロジェクト</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Operations</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 until %2</source>
            <translation>%1（%2 まで）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign-in ID</source>
            <translation>サインイン ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>E-mail</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Two-step sign-in</source>
            <translation>2 段階認証</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last sign-in</source>
            <translation>最終サインイン</translation>
        </message>
        <message>
            <location line="+0" />
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>登録日時</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Whole tenant</source>
            <translation>テナント全体</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(outside your folders)</source>
            <translation>（担当外のフォルダー）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No roles</source>
            <translation>ロールなし</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>&lt;h3&gt;%n users selected&lt;/h3&gt;</source>
            <translation>
                <numerusform>&lt;h3&gt;%n 人を選択中&lt;/h3&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>&lt;h3&gt;No user selected&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;ユーザーが選択されていません&lt;/h3&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disable, enable, delete or assign a role to all of them at once.</source>
            <translation>まとめて無効化・有効化・削除・ロール付与ができます。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a user to see their profile and roles.</source>
            <translation>ユーザーを選ぶと、プロフィールとロールが表示されます。</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UserDialog</name>
        <message>
            <location filename="../../ui/dialogs/userdialog.cpp" line="+20" />
            <source>Register user</source>
            <translation>ユーザー登録</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Edit %1</source>
            <translation>%1 の編集</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Sign-in ID:</source>
            <translation>サインイン ID：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name:</source>
            <translation>氏名:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading (furigana):</source>
            <translation>フリガナ：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. ヤマダ ハナコ — sorts the list in あいうえお order</source>
            <translation>例：ヤマダ ハナコ（一覧のあいうえお順に使います）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail:</source>
            <translation>メールアドレス：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password:</source>
            <translation>パスワード：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leave empty to invite: the account signs in once a password is set</source>
            <translation>空欄なら招待状態で登録し、パスワード設定後にサインインできます</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Without a password the account is invited and cannot sign in yet.</source>
            <translation>パスワードなしで登録すると招待状態になり、まだサインインできません。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>✓ The password meets the tenant's policy.</source>
            <translation>✓ パスワードはテナントのポリシーを満たしています。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password does not meet the tenant's policy:</source>
            <translation>パスワードがテナントのポリシーを満たしていません：</translation>
        </message>
    </context>
    <context>
        <name>kanri::ui::UsersPage</name>
        <message>
            <location filename="../../ui/pages/userspage.cpp" line="+80" />
            <source>Users</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <location line="+110" />
            <source>Search name, reading, sign-in ID or e-mail (Ctrl+F)</source>
            <translation>氏名・フリガナ・サインイン ID・メールアドレスで検索（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only users with this status</source>
            <translation>この状態のユーザーだけを表示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only users holding this role</source>
            <translation>このロールを持つユーザーだけを表示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only users holding a role on this folder or project, or below it</source>
            <translation>このフォルダー・プロジェクト（とその下）にロールを持つユーザーだけを表示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only users holding a role on a folder or project with this label</source>
            <translation>このラベルが付いたフォルダー・プロジェクトにロールを持つユーザーだけを表示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All statuses</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Columns</source>
            <translation>表示列</translation>
        </message>
        <message>
            <location line="+19" />
            <source>All roles</source>
            <translation>すべてのロール</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All folders and projects</source>
            <translation>すべてのフォルダーとプロジェクト</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All labels</source>
            <translation>すべてのラベル</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1 of %2 users</source>
            <translation>合計 %2 人中 %1 人</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Export users</source>
            <translation>ユーザーのエクスポート</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation>CSV ファイル (*.csv)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>users.csv</source>
            <translation>ユーザー一覧.csv</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Exporting %n user(s)…</source>
            <translation>
                <numerusform>%n 人をエクスポートしています…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n user(s) exported to %1.</source>
            <translation>
                <numerusform>%n 人を %1 にエクスポートしました。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The users could not be written to %1: %2</source>
            <translation>ユーザーを %1 に書き出せませんでした: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Import users</source>
            <translation>ユーザーのインポート</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV ファイル (*.csv *.txt)</translation>
        </message>
    </context>
</TS>
