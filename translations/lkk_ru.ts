<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>LoginWindow</name>
    <message>
        <source>Sign in to the personal cabinet</source>
        <translation>Вход в личный кабинет</translation>
    </message>
    <message>
        <source>JSC Tomskenergosbyt</source>
        <translation>АО «Томскэнергосбыт»</translation>
    </message>
    <message>
        <source>Personal cabinet of an individual customer</source>
        <translation>Личный кабинет клиента — физического лица</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Show another picture</source>
        <translation>Показать другую картинку</translation>
    </message>
    <message>
        <source>Characters from the picture</source>
        <translation>Символы с картинки</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Запомнить</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Recover password</source>
        <translation>Восстановить пароль</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Настройки подключения</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Additional CA certificate (optional)</source>
        <translation>Дополнительный корневой сертификат (необязательно)</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>Только системные сертификаты</translation>
    </message>
    <message>
        <source>Choose a certificate file…</source>
        <translation>Выбрать файл сертификата…</translation>
    </message>
    <message>
        <source>The connection is always encrypted (HTTPS). Add a CA file only if your organisation or the test server uses its own certificate authority.</source>
        <translation>Соединение всегда защищено (HTTPS). Указывайте файл сертификата, только если ваша организация или тестовый сервер использует собственный удостоверяющий центр.</translation>
    </message>
    <message>
        <source>Type the characters from the picture:</source>
        <translation>Введите символы с картинки:</translation>
    </message>
</context>
<context>
    <name>lkk::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>The personal cabinet of JSC Tomskenergosbyt customers: bills, payments and meter readings on your desktop.</source>
        <translation>Личный кабинет клиента АО «Томскэнергосбыт»: квитанции, оплата и передача показаний на вашем компьютере.</translation>
    </message>
    <message>
        <source>Customer support: %1</source>
        <translation>Служба поддержки: %1</translation>
    </message>
</context>
<context>
    <name>lkk::ApiClient</name>
    <message>
        <source>No server address is configured.</source>
        <translation>Не указан адрес сервера.</translation>
    </message>
    <message>
        <source>Refusing to send a request over plain http.</source>
        <translation>Запрос по незащищённому протоколу http не отправлен.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Сервер не ответил за %n секунду.</numerusform>
            <numerusform>Сервер не ответил за %n секунды.</numerusform>
            <numerusform>Сервер не ответил за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused: %1</source>
        <translation>Сертификат сервера не является доверенным, соединение отклонено: %1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>нет HTTP-статуса</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Не удаётся подключиться к серверу %1: %2</translation>
    </message>
</context>
<context>
    <name>lkk::AppShell</name>
    <message>
        <source>Your session has expired, please sign in again.</source>
        <translation>Сеанс истёк, войдите снова.</translation>
    </message>
    <message>
        <source>Your session has expired, please sign in again. Reason: %1</source>
        <translation>Сеанс истёк, войдите снова. Причина: %1</translation>
    </message>
</context>
<context>
    <name>lkk::DemoServerLauncher</name>
    <message>
        <source>The demo server announced an unreadable address: %1</source>
        <translation>Демо-сервер сообщил некорректный адрес: %1</translation>
    </message>
    <message>
        <source>Cannot start the demo server «%1»: %2</source>
        <translation>Не удаётся запустить демо-сервер «%1»: %2</translation>
    </message>
    <message>
        <source>The demo server stopped unexpectedly (exit code %1).
%2</source>
        <translation>Демо-сервер неожиданно остановился (код завершения %1).
%2</translation>
    </message>
    <message>
        <source>The demo server could not start (exit code %1).
%2</source>
        <translation>Не удалось запустить демо-сервер (код завершения %1).
%2</translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).
%1</source>
        <translation>
            <numerusform>Демо-сервер не запустился за %n секунду.
%1</numerusform>
            <numerusform>Демо-сервер не запустился за %n секунды.
%1</numerusform>
            <numerusform>Демо-сервер не запустился за %n секунд.
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the demo data folder «%1».</source>
        <translation>Не удаётся создать папку демо-данных «%1».</translation>
    </message>
</context>
<context>
    <name>lkk::JsonCodec</name>
    <message>
        <source>The server sent an answer this version of the application does not understand (%1).</source>
        <translation>Сервер прислал ответ, который эта версия приложения не понимает (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not handle the request (HTTP %1). Try again later.</source>
        <translation>Сервер не смог обработать запрос (HTTP %1). Попробуйте позже.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>lkk::LoginController</name>
    <message>
        <source>Enter your e-mail</source>
        <translation>Введите e-mail</translation>
    </message>
    <message>
        <source>The e-mail is too long</source>
        <translation>Слишком длинный e-mail</translation>
    </message>
    <message>
        <source>Invalid e-mail format</source>
        <translation>Неверный формат e-mail</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Введите пароль</translation>
    </message>
    <message>
        <source>The password is too long</source>
        <translation>Слишком длинный пароль</translation>
    </message>
    <message>
        <source>Enter the characters from the picture</source>
        <translation>Введите символы с картинки</translation>
    </message>
    <message>
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation>Не удалось показать картинку. Загрузите другую.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>Сохранённый вход больше не действует. Войдите снова.</translation>
    </message>
</context>
<context>
    <name>lkk::LoginWindow</name>
    <message>
        <source>Registration in the desktop application comes in a later version. Until then, please register in the web cabinet.</source>
        <translation>Регистрация в приложении появится в следующей версии. Пока зарегистрируйтесь, пожалуйста, в веб-версии личного кабинета.</translation>
    </message>
    <message>
        <source>Password recovery in the desktop application comes in a later version. Until then, please use the web cabinet or call customer support: %1.</source>
        <translation>Восстановление пароля в приложении появится в следующей версии. Пока воспользуйтесь веб-версией личного кабинета или позвоните в службу поддержки: %1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Sign in — %1</source>
        <translation>Вход в личный кабинет — %1</translation>
    </message>
    <message>
        <source>Couldn&apos;t sign in? Call customer support: %1</source>
        <translation>Не получилось войти? Позвоните в службу поддержки: %1</translation>
    </message>
    <message>
        <source>Demo mode: the cabinet runs on a local demo server. Sign in as %1 with the password %2.</source>
        <translation>Демо-режим: личный кабинет работает на локальном демо-сервере. Войдите как %1 с паролем %2.</translation>
    </message>
    <message>
        <source>Choose a certificate file…</source>
        <translation>Выбрать файл сертификата…</translation>
    </message>
    <message>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Check the server address and the CA file.</source>
        <translation>Проверьте адрес сервера и файл сертификата.</translation>
    </message>
    <message>
        <source>Captcha picture</source>
        <translation>Картинка с символами</translation>
    </message>
    <message>
        <source>Stay signed in on this computer: the session key is kept in the system keychain, never the password.</source>
        <translation>Оставаться в личном кабинете на этом компьютере: ключ сеанса хранится в системном хранилище паролей, сам пароль не сохраняется.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable, so «Remember me» cannot be used: %1. You can still sign in.</source>
        <translation>Системное хранилище паролей недоступно, поэтому «Запомнить» не работает: %1. Войти можно и без этого.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>причина неизвестна</translation>
    </message>
    <message>
        <source>Unavailable: the system keychain cannot be used (%1).</source>
        <translation>Недоступно: системное хранилище паролей не работает (%1).</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>Выбор корневого сертификата</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Скрыть пароль</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
</context>
<context>
    <name>lkk::MainWindow</name>
    <message>
        <source>Personal cabinet — %1</source>
        <translation>Личный кабинет — %1</translation>
    </message>
    <message>
        <source>Personal cabinet</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>&amp;Cabinet</source>
        <translation>&amp;Кабинет</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
    <message>
        <source>Profile and sign-out</source>
        <translation>Профиль и выход</translation>
    </message>
    <message>
        <source>Add a personal account</source>
        <translation>Добавить лицевой счёт</translation>
    </message>
    <message>
        <source>Linking a personal account comes in the next version of the application.</source>
        <translation>Подключение лицевого счёта появится в следующей версии приложения.</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Ваши счета</translation>
    </message>
    <message>
        <source>No personal accounts are linked yet. Link your account by its number from the bill to see balances, bills and meters here.</source>
        <translation>Лицевые счета пока не подключены. Подключите лицевой счёт по номеру из квитанции — здесь появятся баланс, квитанции и счётчики.</translation>
    </message>
    <message>
        <source>Linking personal accounts comes in the next version of the application.
After that, the account&apos;s bills, payments and meter readings will appear here.</source>
        <translation>Подключение лицевых счетов появится в следующей версии приложения.
После этого здесь будут квитанции, оплаты и показания счётчиков.</translation>
    </message>
    <message>
        <source>User menu: %1</source>
        <translation>Меню пользователя: %1</translation>
    </message>
</context>
<context>
    <name>lkk::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>lkk::ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Мобильный телефон:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Editing the profile comes in a later version of the application.</source>
        <translation>Редактирование профиля появится в следующей версии приложения.</translation>
    </message>
</context>
<context>
    <name>lkk::RestoreSplash</name>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>lkk::ServerEndpoint</name>
    <message>
        <source>The server address «%1» is not a valid https:// address.</source>
        <translation>Адрес сервера «%1» не является корректным адресом https://.</translation>
    </message>
    <message>
        <source>The server address must start with https://: an unencrypted connection to «%1» would expose your password.</source>
        <translation>Адрес сервера должен начинаться с https://: при незащищённом подключении к «%1» пароль может быть перехвачен.</translation>
    </message>
    <message>
        <source>Cannot read the certificate authority file «%1»: %2.</source>
        <translation>Не удаётся прочитать файл корневого сертификата «%1»: %2.</translation>
    </message>
    <message>
        <source>The file «%1» does not contain a PEM certificate.</source>
        <translation>Файл «%1» не содержит сертификата в формате PEM.</translation>
    </message>
</context>
<context>
    <name>lkk::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Вы не вошли в личный кабинет.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Сеанс истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Вы вышли из личного кабинета.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal cabinet of Tomskenergosbyt customers</source>
        <translation>Личный кабинет клиентов АО «Томскэнергосбыт»</translation>
    </message>
    <message>
        <source>Start a local demo server and connect to it.</source>
        <translation>Запустить локальный демо-сервер и подключиться к нему.</translation>
    </message>
    <message>
        <source>Cabinet server address for this run.</source>
        <translation>Адрес сервера личного кабинета на этот запуск.</translation>
    </message>
    <message>
        <source>Additional CA certificate to trust for this run.</source>
        <translation>Дополнительный доверенный корневой сертификат на этот запуск.</translation>
    </message>
    <message>
        <source>Interface language: ru or en.</source>
        <translation>Язык интерфейса: ru или en.</translation>
    </message>
    <message>
        <source>lkk-server executable for --demo.</source>
        <translation>Исполняемый файл lkk-server для --demo.</translation>
    </message>
    <message>
        <source>Print the start-up time once the login window is painted, then quit.</source>
        <translation>Вывести время запуска после отрисовки окна входа и завершить работу.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ru or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru или en.</translation>
    </message>
    <message>
        <source>Given on the command line for this run.</source>
        <translation>Задано в командной строке на этот запуск.</translation>
    </message>
    <message>
        <source>Set by the demo mode for this run.</source>
        <translation>Задано демо-режимом на этот запуск.</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
</context>
</TS>
