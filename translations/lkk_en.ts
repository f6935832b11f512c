<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddAccountPage</name>
    <message>
        <source>‹ Link a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to your accounts (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, 100103492</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to find the personal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, as printed on the bill (6 to 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the account *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlQuestionDialog</name>
    <message>
        <source>Answer the control question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the figures of your latest bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control question *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>lkk::AccountListModel</name>
    <message>
        <source>Personal account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpaid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AccountNumberHelpDialog</name>
    <message>
        <source>Where to find the personal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal account number is printed on every bill. Enter it without spaces, exactly as on the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity bill (also the joint bill with TomskRTS): the number is in the «Лиц. счет» box of the open part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single bill (ЕПД) with housing services: the number is in the «Лицевой счет» column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AccountView</name>
    <message>
        <source>%1 · personal account № %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit meter readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment comes in a later version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting meter readings comes in a later version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills, payments and meter readings of the account come in a later version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals about the account come in a later version of the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AccountsSidebar</name>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the personal account № %1 (%2) from your cabinet?

You can link it again later with the control question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a personal account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a personal account by its number from the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your personal account by its number from the bill to see the amount to pay, requisites and meters here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AddAccountPage</name>
    <message>
        <source>Enter the personal account number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number consists of digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number has 6 to 15 digits. Check it against your bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account number.</source>
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
    <name>lkk::ContractsModel</name>
    <message>
        <source>Tariff name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 Acc. No. %3</source>
        <extracomment>Contract row of «Реквизиты ЛС»: provider - service № ЛС sub-account</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ControlQuestionDialog</name>
    <message>
        <source>Personal account № %1. Answer with the figures of your latest bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, 1234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, 466305</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Attempts left: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to the kopeck: at most two digits after the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as on the bill, for example 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code consists of digits only.</source>
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
    <name>lkk::LinkAccountController</name>
    <message>
        <source>The account number may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number must have %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a control question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code may contain only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to the kopeck: at most two digits after the comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as on the bill, for example 1234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer is wrong. Attempts left: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check has expired. Please start linking the account again.</source>
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
        <source>User menu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the requisites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal account has been unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal account № %1 has been linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the personal cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your personal account to see the amount to pay, the account&apos;s requisites and meters. You will need the account number and your latest bill.</source>
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
    <name>lkk::MeterListDialog</name>
    <message>
        <source>Meter list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in red: the meter&apos;s verification period (МПИ) has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meters are registered on this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::MeterListModel</name>
    <message>
        <source>The meter&apos;s verification interval has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter digit capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification interval ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PeriodFilter</name>
    <message>
        <source>Choose the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period is after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot start in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot be longer than five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PeriodRangeDialog</name>
    <message>
        <source>Choose a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PeriodSelector</name>
    <message>
        <source>Period</source>
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
    <name>lkk::RequisitesTab</name>
    <message>
        <source>%1/%2 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contract to see its tariff history and meters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total/living area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered residents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s requisites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter list</source>
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
    <name>lkk::TariffHistoryDialog</name>
    <message>
        <source>Tariff history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has no tariffs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::TariffHistoryModel</name>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day</source>
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
