<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApiError</name>
        <message>
            <location filename="../../models/api/apierror.cpp" line="+98" />
            <source>The service cannot be reached. Check the network connection and the service address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The secure connection could not be established: the service's certificate is not trusted or has changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The service did not answer in time. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-77" />
            <source>Your session has ended. Please sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>The sign-in ID or the password is wrong. Check both and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This account also needs the six-digit code from your authenticator app. Enter it and sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The authentication code is wrong or was already used. Wait for the next code and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This account has no administrative role, so it cannot use the console. Sign in with an administrator's account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This account has been disabled. Ask your contract administrator to enable it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your contract does not include this option. The contract administrator can add it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>You do not have permission to do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The service could not read the request the console sent. Report the request ID to the service operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Too many requests. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many requests. Try again in %n minute.</numerusform>
                <numerusform>Too many requests. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>The account is locked after too many failed sign-ins. Try again in %n minute(s).</source>
            <translation>
                <numerusform>The account is locked after too many failed sign-ins. Try again in %n minute.</numerusform>
                <numerusform>The account is locked after too many failed sign-ins. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>The service sent an answer the console cannot read (at “%1”). Report the request ID to the service operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>The service's certificate has changed since you trusted it. This can mean that someone is intercepting the connection. Do not sign in; ask your service administrator whether the certificate was replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>It no longer exists on the service; it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The service refused the change because it conflicts with existing data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Someone else changed this in the meantime. Review their change, then apply yours again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The request is too large for the service. Send less at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Request ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-103" />
            <source>The service did not accept the input. Correct the marked fields.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Too many requests. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many requests. Try again in %n second.</numerusform>
                <numerusform>Too many requests. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-5" />
            <source>Too many requests. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The account is locked after too many failed sign-ins. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+64" />
            <source>The service had an internal problem. Try again later; if it persists, report the request ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-55" />
            <source>The service sent an answer the console cannot read. Report the request ID to the service operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>The request was cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <location filename="../../app/commandline.cpp" line="+15" />
            <source>Kanri: the admin console for contract administrators.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start a local demo service and connect to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address of the service (https://…).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Trust this self-signed certificate (sha256:HEX).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Language of the console: ja or en.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Directory for settings, cache and the demo service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Try 'kanri --help'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>unexpected argument '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>--lang expects ja or en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>--url expects an https:// address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>--pin expects sha256: followed by 64 hexadecimal digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>--demo and --url cannot be used together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>give --demo, or --url with the service's address</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.ui" line="+9" />
            <location line="+3" />
            <source>Service status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Address:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Pinned certificate (SHA-256):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Service version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Database:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Service clock:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Response time:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Last checked:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Check again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::service::LocalService</name>
        <message>
            <location filename="../../models/service/localservice.cpp" line="+16" />
            <source>The local demo service did not become ready in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The local demo service could not be started: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The local demo service stopped (exit code %1): %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>The kanri-service program was not found next to the console or on PATH.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::CertificateDialog</name>
        <message>
            <location filename="../../ui/dialogs/certificatedialog.cpp" line="+21" />
            <source>Trust this service's certificate?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate that no trusted authority has signed. This is normal for a service your organisation runs itself, but it could also mean that someone is intercepting the connection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>This certificate is different from the one you trusted before for this service. Trust it only if your service administrator told you that the certificate was replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Issued to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Issued by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Valid:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>from %1 until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>SHA-256 fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Compare this fingerprint with the one your service administrator gave you. Trust the certificate only if every character matches; otherwise cancel and contact them. Once trusted, the console remembers it for this connection and warns you if the service ever presents a different one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Trust this certificate</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.cpp" line="+28" />
            <source>Kanri — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Service status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ctrl+Q</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>About Kanri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Kanri %1&lt;/h3&gt;&lt;p&gt;Admin console for contract administrators.&lt;/p&gt;&lt;p&gt;Connected to %2.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>kanri::ui::ServiceStatusPage</name>
        <message>
            <location filename="../../ui/pages/servicestatuspage.cpp" line="+23" />
            <source>none (publicly trusted certificate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Checking the service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The service is not reachable. %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not connected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The service is running normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The service is running with problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connected to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../app/main.cpp" line="+78" />
            <source>Starting the local demo service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
