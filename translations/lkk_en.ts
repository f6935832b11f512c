<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The personal cabinet of JSC Tomskenergosbyt customers: bills, payments and meter readings on your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountNumberHelpDialog</name>
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
</context>
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
    <name>AgreementDialog</name>
    <message>
        <source>User agreement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealInput</name>
    <message>
        <source>Write your question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains characters that cannot be sent; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains invalid characters; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is too large: a file may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: the file name cannot be sent; please rename the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a JPEG, PNG or PDF file. Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 files can be attached to one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
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
    <name>DetailsDialog</name>
    <message>
        <source>Fill in your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out without filling in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
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
        <source>Enter the digits from the picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>‹ Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the payment form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for the receipt *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.ru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the receipt by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number for the SMS receipt *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+7 913 123-45-67</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to the &lt;a href=&quot;rules&quot;&gt;payment rules&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment cards accepted: VISA Inc, MasterCard WorldWide, МИР.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodRangeDialog</name>
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
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail you registered with. We will send a code to restore access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the letter*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has been changed. Sign in with the new password; every other sign-in of this account has been ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits from the picture*:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration in the personal cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters: Latin letters (upper- and lower-case) and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic:</source>
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
        <source>I accept the terms of the user agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the user agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter? Check the spam folder. The code is valid for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits from the picture:</source>
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
        <source>Customer support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AccessJournalDialog</name>
    <message>
        <source>Could not load the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact centre opened your data and what it did on your behalf. Who the operator was stays with the utility; ask the contact centre if something here surprises you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact centre has not opened your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AccessJournalModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: «%3»</source>
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
    <message>
        <source>New answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AccountNumberHelpDialog</name>
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
        <source>Appeals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New answers not read yet: %1</source>
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
    <name>lkk::AgreementDialog</name>
    <message>
        <source>I accept</source>
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
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
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
        <source>The server %1 could not be found. Check the Internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not accepting connections right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server %1. Check the Internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made. Check the date and time on this computer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppMenus</name>
    <message>
        <source>&amp;Cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the program</source>
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
    <message>
        <source>The password has been changed. Sign in with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent the confirmation letter to %1 once more. Enter the code from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«Remember me» did not work: the system keychain did not save the sign-in, so next time you will be asked for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration complete. You can now sign in to the personal cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration complete. Welcome to the personal cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealDialog</name>
    <message>
        <source>№ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a personal account first: an appeal is about one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have opened %1 appeals in the last 24 hours, the most allowed. Please try again later, or call the utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the personal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the appeal*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the question: what happened, for which period, which meter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealQueueModel</name>
    <message>
        <source>&lt; 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealThreadModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealThreadView</name>
    <message>
        <source>Your message has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal № %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · personal account № %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is closed. To continue, open a new appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open «%1» was found. Use «Save…» instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server (%1). The message is kept and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close appeal № %1? Nothing more can be written to a closed appeal; for a new question open a new appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not close the appeal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the utility about this appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealsFeature</name>
    <message>
        <source>Appeal № %1 has been sent to the utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal № %1 has been sent. The answer will appear in «Appeals» of the account, and we will write to you by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the server. The appeal is kept and will be sent as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealsModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new answer you have not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealsQueueView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeals match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest %1 of %2 appeals are shown; narrow the filter to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open appeal № %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody has taken it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer mail in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have taken appeal № %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal № %1 is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal № %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal № %1 is in progress again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has been sent; the customer gets it by mail too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not sent: %1. Send it again; it will not be stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is closed. Reopen it to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appeal(s); show them</source>
        <translation>
            <numerusform>%1: %n appeal; show it</numerusform>
            <numerusform>%1: %n appeals; show them</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;ignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the queue (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the appeal (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the customer; it is also sent to them by mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AppealsTab</name>
    <message>
        <source>Could not load the appeals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the appeal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeals in the selected period. To ask the utility a question, press «New appeal».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an appeal to read the answer and write to the utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appeals in the selected period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an appeal to read it and its answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::AttachmentPicker</name>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop files here. Up to %1 photos (JPEG, PNG) or PDF documents, each at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::BillMonth</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::BillPrinter</name>
    <message>
        <source>Save the bill as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment document for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the payment document as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::BillsModel</name>
    <message>
        <source>Debt at the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Including penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off − / added +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::BillsPage</name>
    <message>
        <source>Could not load the payment documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment document has been saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a personal account to see its payment documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no payment documents for the selected period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the payment documents: %1 The ones loaded earlier are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment documents have not been loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::BillsView</name>
    <message>
        <source>Print the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the single payment document for %1, with payment QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount «%1»</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::CallerPage</name>
    <message>
        <source>Cabinet of the customer %1 — view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;readings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the meter readings the caller dictates (with a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend &amp;confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift &amp;sign-in lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift &amp;link lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller has no linked personal accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account №</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>№ %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account № %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take readings for the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to submit meter readings of account № %1 that %2 dictates. The reading is stored as submitted by the contact centre, and the customer sees it with your reason in the access journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings for the caller, reason: «%1». «Back» ends the dictation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the registration confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation letter goes to the caller&apos;s e-mail %1 once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation letter has been sent to the caller again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the sign-in lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again at once instead of waiting for the lock to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s sign-in lock has been lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the link lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller can try to link the personal account again (after wrong answers to the control question).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link lock of the account has been lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an appeal the caller dictates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an appeal for the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is registered in %1&apos;s name: they see it and its answers under «Обращения».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no provider to address the appeal to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the caller asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is too long: at most 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal has been registered for the caller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::CallerSearchPage</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number, phone, e-mail, or surname and a part of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s): the search starts as you type.</source>
        <translation>
            <numerusform>At least %n character: the search starts as you type.</numerusform>
            <numerusform>At least %n characters: the search starts as you type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found for «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) found. Enter opens the first one.</source>
        <translation>
            <numerusform>%n caller found. Enter opens it.</numerusform>
            <numerusform>%n callers found. Enter opens the first one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account № %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found among the first callers for «%1»: type more of the surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) shown; more may match. Add to the query to narrow it.</source>
        <translation>
            <numerusform>%n caller shown; more may match. Add to the query to narrow it.</numerusform>
            <numerusform>%n callers shown; more may match. Add to the query to narrow it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lkk::CaptchaWidget</name>
    <message>
        <source>Show another picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captcha picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits from the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ConsumptionChartView</name>
    <message>
        <source>Consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumption figures for the chosen period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ContractsModel</name>
    <message>
        <source>Tariff value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2 Acc. No. %3</source>
        <extracomment>Contract row of «Реквизиты ЛС»: provider - service № ЛС sub-account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and tariff</source>
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
    <name>lkk::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::CopyCellDelegate</name>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::DateField</name>
    <message>
        <source>Enter the date as dd.mm.yyyy, for example 15.05.1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date out</source>
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
        <translation>
            <numerusform>The demo server did not start within %n second.
%1</numerusform>
            <numerusform>The demo server did not start within %n seconds.
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the demo data folder «%1».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::DetailsDialog</name>
    <message>
        <source>%1, to finish setting up the personal cabinet, please give your mobile phone number. The other fields are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::FaqDialog</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the questions and answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no questions and answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found for «%1». Try other words, or ask the utility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not find the answer? Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not find the answer? Sign in and ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::FieldMessages</name>
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
        <source>Enter a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may be at most %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain a lower-case Latin letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain an upper-case Latin letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only Latin letters, digits and punctuation in the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your mobile phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mobile phone number in the format +7 XXX XXX-XX-XX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, spaces, hyphens and apostrophes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your real date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code is %n digits from the e-mail</source>
        <translation>
            <numerusform>The code is the %n digit from the e-mail</numerusform>
            <numerusform>The code is the %n digits from the e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Attempts left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Try again in %n min.</source>
        <translation>
            <numerusform>%1 Try again in %n minute.</numerusform>
            <numerusform>%1 Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lower-case Latin letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upper-case Latin letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only Latin letters, digits and punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak. Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: medium. Longer (12+) or with a symbol is stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::HistoryTab</name>
    <message>
        <source>Payment document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part of the history comes in a later version of the application.</source>
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
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
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
        <translation>
            <numerusform>The answer is wrong. Attempts left: %n.</numerusform>
            <numerusform>The answer is wrong. Attempts left: %n.</numerusform>
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
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits from the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform>
            <numerusform>%n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one of your recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is 6 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::LoginWindow</name>
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
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address and the CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in on this computer: the session key is kept in the system keychain, never the password.</source>
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
    <message>
        <source>Enter the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the letter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits from the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store that the program can use (the system keychain), so «Remember me» is off. You can still sign in; the password will be asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: this computer has no system keychain the program can use.</source>
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
    <message>
        <source>Sign out of the cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask a question…</source>
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
    <name>lkk::MeterReadingCard</name>
    <message>
        <source>Meter № %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - account № %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification interval ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last submitted readings %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier readings of this meter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already submitted this month: %1. A new submission replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current reading, %1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::OperatorErrors</name>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lkk::OperatorReason</name>
    <message>
        <source>Give the reason for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reason is too short: at least %n characters.</source>
        <translation>
            <numerusform>The reason is too short: at least %n character.</numerusform>
            <numerusform>The reason is too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>The reason is too long: at most %n character.</numerusform>
            <numerusform>The reason is too long: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lkk::OperatorWindow</name>
    <message>
        <source>Contact centre — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::OperatorWorkspace</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PaymentForm</name>
    <message>
        <source>Enter the amount (0 if you do not pay for this service now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two digits after the decimal separator (kopecks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in roubles, e.g. 1234,56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 per payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail for the receipt or choose a receipt by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, e.g. name@example.ru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number for the SMS receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Russian mobile number, e.g. +7 913 123-45-67.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to the payment rules to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay for on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount greater than zero for at least one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total must not exceed %1 per payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PaymentPage</name>
    <message>
        <source>Could not open the payment form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the browser. Open this address to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the address above in a browser and enter the card details there; this page follows the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank is already processing the payment; it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server (%1). Trying again in %n second(s)…</source>
        <translation>
            <numerusform>No answer from the server (%1). Trying again in %n second…</numerusform>
            <numerusform>No answer from the server (%1). Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment order is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bank to confirm the payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bank to confirm the payment of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank is processing the payment. This usually takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s payment page has opened in your browser. Enter the card details there; this page follows the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was not started: %1 Press «Pay» again — the same payment will be resumed, not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment successful: %1. The receipt is sent to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank declined the payment. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank declined the payment: %1. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to pay has run out. Nothing was charged; press «Pay» to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s «To pay» is %1: there an overpayment to one provider is subtracted from the debts to the others. The amounts below add up to %2: each provider is paid separately, and an overpaid one starts at zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing and utilities payment to %1, account No. %2 *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PaymentQrPayload</name>
    <message>
        <source>The payee&apos;s name must be 1 to 160 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s settlement account must be 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s name must be 1 to 45 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s BIC must be 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s correspondent account must be 20 digits (or 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s INN must be 10 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payee&apos;s KPP must be 9 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal account must be 1 to 30 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum must be 0 to 18 digits of kopecks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of payment must be at most 210 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The technical code must be 2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PaymentsFeature</name>
    <message>
        <source>Payment successful: %1 paid for the personal account № %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PaymentsModel</name>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid in the personal cabinet (order %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::PaymentsPage</name>
    <message>
        <source>Could not load the payments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments in the selected period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payments have not been loaded yet.</source>
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
    <name>lkk::PersonalForm</name>
    <message>
        <source>Surname*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name*:</source>
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
        <source>Mobile phone*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronymic:</source>
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
</context>
<context>
    <name>lkk::ProfileDialog</name>
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
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it to confirm the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has been changed. Every other sign-in of this account has been ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New e-mail*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the letter*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password*:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the change, every other sign-in of this account ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TomskRTS JSC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomskenergosbyt JSC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the mailings of TomskRTS JSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the mailings of Tomskenergosbyt JSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscribed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes you are making have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact centre opened your data and what it did</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ProfileEditor</name>
    <message>
        <source>This is your current e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ProfileSection</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ReadingRules</name>
    <message>
        <source>Enter the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, with at most one decimal comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 digits, without a fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 digits before the decimal point and %2 after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption of %1 %2 is much higher than usual (%3 a month on average). Check the reading and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings of this meter are not accepted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading %1 is below the previous one, %2. If it is a typo, correct it; confirm only if the meter has run past its largest value and started again from zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsFormat</name>
    <message>
        <source>T1 (day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T2 (night)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T3 (peak)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsHistoryModel</name>
    <message>
        <source>%1 - meter № %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - account № %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by an inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic metering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings in the chosen period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in the bill for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by another customer linked to this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsHistoryPage</name>
    <message>
        <source>Could not load the readings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly consumption, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsSubmitPage</name>
    <message>
        <source>Could not load the meters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meter rollover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High consumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent — it will be submitted when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings submitted successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Meter readings for personal account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no meters to submit readings for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::ReasonDialog</name>
    <message>
        <source>Personal account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (what the caller asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the caller dictated the reading by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account number whose link lock to lift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::RecoveryCodesPage</name>
    <message>
        <source>Recovery codes of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code signs you in once when the authenticator app is not at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes are copied. Paste them where you keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery-codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes are saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in confirmation is set up. If your phone is lost or not at hand, each of these codes signs you in once instead of the code from the app. They are shown only now: copy them or save them to a file, and keep them where others cannot see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::RecoveryController</name>
    <message>
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits from the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::RecoveryDialog</name>
    <message>
        <source>If %1 is registered, a letter with a code has been sent to it. The code is valid for an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code again (in %1:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new code has been sent. Codes from earlier letters no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get a new code, enter the digits from the picture and press «Get the code».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::RegistrationController</name>
    <message>
        <source>Accept the user agreement to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the digits from the picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::RegistrationWizard</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent the letter to %1 once more.</source>
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
        <source>Contacts and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a letter with a confirmation code to %1. Enter the code from the letter or follow the link in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the letter again (in %1:%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the letter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the registration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have typed in the registration form will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the registration</source>
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
    <message>
        <source>%1, %2 — %3, linked on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this personal account? They will no longer see its bills, payments and readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s requisites have not been loaded yet.</source>
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
    <name>lkk::ScreenPop</name>
    <message>
        <source>The caller&apos;s phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a phone number: only digits, a leading «+», spaces, hyphens, dots and brackets are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a phone number: it has %2 digits, a number has 10 to 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not an lkk:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a caller link: the only link is lkk://caller?phone=NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a caller link: it needs exactly one phone=NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lkk::SecondFactorPage</name>
    <message>
        <source>The key is copied. Paste it into the authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up sign-in confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you set up sign-in confirmation. Each code works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t scan the code? Enter this key in the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxxxx-xxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has access to customers&apos; data, so a password alone does not sign you in. Scan this QR code with an authenticator app on your phone (for example, Yandex Key or Google Authenticator), then enter the 6-digit code it shows.</source>
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
    <name>lkk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the caller search field (from anywhere in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the first caller found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down / Up (in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move into the list of callers found and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen caller in a new tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current caller&apos;s tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field or button, including the copy buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space (on a copy button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the figure beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s actions: readings, confirmation, sign-in lock, link lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals queue: refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals queue: take the chosen appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeals queue: send the answer</source>
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
        <source>Sign in as EMAIL (password in LKK_BENCH_PASSWORD), time each step of a walk through every account and history tab, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the memory of an empty window once it is painted, then quit.</source>
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
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators: find the caller with this phone number (in the running window when there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An lkk://caller?phone=PHONE link (the same as --find-caller PHONE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another lkk cannot hand its requests to this one: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
