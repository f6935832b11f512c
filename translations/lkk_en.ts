<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in to the personal cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSC Tomskenergosbyt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cabinet of an individual customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters from the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional CA certificate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is always encrypted (HTTPS). Add a CA file only if your organisation or the test server uses its own certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the characters from the picture:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal cabinet of JSC Tomskenergosbyt customers: bills, payments and meter readings on your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ApiClient</name>
    <message>
        <source>No server address is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send a request over plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppShell</name>
    <message>
        <source>Your session has expired, please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired, please sign in again. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::DemoServerLauncher</name>
    <message>
        <source>The demo server announced an unreadable address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the demo server «%1»: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly (exit code %1).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start (exit code %1).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the demo data folder «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::JsonCodec</name>
    <message>
        <source>The server sent an answer this version of the application does not understand (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::LoginController</name>
    <message>
        <source>Enter your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid e-mail format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the characters from the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::LoginWindow</name>
    <message>
        <source>Registration in the desktop application comes in a later version. Until then, please register in the web cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password recovery in the desktop application comes in a later version. Until then, please use the web cabinet or call customer support: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in? Call customer support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the cabinet runs on a local demo server. Sign in as %1 with the password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certificate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the characters from the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address and the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captcha picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in on this computer: the session key is kept in the system keychain, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable, so «Remember me» cannot be used: %1. You can still sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: the system keychain cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::MainWindow</name>
    <message>
        <source>Personal cabinet — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile and sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a personal account comes in the next version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No personal accounts are linked yet. Link your account by its number from the bill to see balances, bills and meters here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking personal accounts comes in the next version of the application.
After that, the account&apos;s bills, payments and meter readings will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User menu: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the profile comes in a later version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::RestoreSplash</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ServerEndpoint</name>
    <message>
        <source>The server address «%1» is not a valid https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://: an unencrypted connection to «%1» would expose your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate authority file «%1»: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file «%1» does not contain a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal cabinet of Tomskenergosbyt customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo server and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabinet server address for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional CA certificate to trust for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lkk-server executable for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the start-up time once the login window is painted, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on the command line for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by the demo mode for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
