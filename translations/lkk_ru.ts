<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddAccountPage</name>
    <message>
        <source>‹ Link a personal account</source>
        <translation>‹ Подключить лицевой счёт</translation>
    </message>
    <message>
        <source>Back to your accounts (Esc)</source>
        <translation>Вернуться к вашим счетам (Esc)</translation>
    </message>
    <message>
        <source>Personal account number *</source>
        <translation>Номер лицевого счёта *</translation>
    </message>
    <message>
        <source>For example, 100103492</source>
        <translation>Например, 100103492</translation>
    </message>
    <message>
        <source>Where to find the personal account number</source>
        <translation>Где найти номер лицевого счёта</translation>
    </message>
    <message>
        <source>Digits only, as printed on the bill (6 to 15 digits).</source>
        <translation>Только цифры, как в квитанции (от 6 до 15 цифр).</translation>
    </message>
    <message>
        <source>Relation to the account *</source>
        <translation>Статус отношения к ЛС *</translation>
    </message>
    <message>
        <source>Checking the account…</source>
        <translation>Проверяем лицевой счёт…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Подключить</translation>
    </message>
</context>
<context>
    <name>ControlQuestionDialog</name>
    <message>
        <source>Answer the control question</source>
        <translation>Ответьте на контрольный вопрос</translation>
    </message>
    <message>
        <source>Use the figures of your latest bill.</source>
        <translation>Для ответа используйте данные последней квитанции.</translation>
    </message>
    <message>
        <source>Control question *</source>
        <translation>Контрольный вопрос *</translation>
    </message>
    <message>
        <source>Answer *</source>
        <translation>Ответ *</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
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
    <name>lkk::AccountListModel</name>
    <message>
        <source>Personal account %1</source>
        <translation>Лицевой счёт %1</translation>
    </message>
    <message>
        <source>EPD</source>
        <translation>ЕПД</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <source>To pay %1</source>
        <translation>К оплате %1</translation>
    </message>
    <message>
        <source>Overpaid %1</source>
        <translation>Переплата %1</translation>
    </message>
    <message>
        <source>No debt</source>
        <translation>Нет долга</translation>
    </message>
</context>
<context>
    <name>lkk::AccountNumberHelpDialog</name>
    <message>
        <source>Where to find the personal account number</source>
        <translation>Где найти номер лицевого счёта</translation>
    </message>
    <message>
        <source>The personal account number is printed on every bill. Enter it without spaces, exactly as on the bill.</source>
        <translation>Номер лицевого счёта напечатан в каждой квитанции. Введите его без пробелов, в точности как в квитанции.</translation>
    </message>
    <message>
        <source>Electricity bill (also the joint bill with TomskRTS): the number is in the «Лиц. счет» box of the open part</source>
        <translation>Квитанция за электроэнергию (и объединённая с АО «ТомскРТС»): номер — в поле «Лиц. счет» открытой части</translation>
    </message>
    <message>
        <source>Single bill (ЕПД) with housing services: the number is in the «Лицевой счет» column</source>
        <translation>Единая квитанция (ЕПД) с услугами ЖКХ: номер — в колонке «Лицевой счет»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>lkk::AccountView</name>
    <message>
        <source>%1 · personal account № %2</source>
        <translation>%1 · лицевой счёт № %2</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>Переплата</translation>
    </message>
    <message>
        <source>No debt</source>
        <translation>Нет долга</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 за %2</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>Submit meter readings</source>
        <translation>Передать показания</translation>
    </message>
    <message>
        <source>Payment comes in a later version of the application.</source>
        <translation>Оплата появится в следующей версии приложения.</translation>
    </message>
    <message>
        <source>Submitting meter readings comes in a later version of the application.</source>
        <translation>Передача показаний появится в следующей версии приложения.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Account requisites</source>
        <translation>Реквизиты ЛС</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Bills, payments and meter readings of the account come in a later version of the application.</source>
        <translation>Квитанции, платежи и показания счётчиков по лицевому счёту появятся в следующей версии приложения.</translation>
    </message>
    <message>
        <source>Appeals about the account come in a later version of the application.</source>
        <translation>Обращения по лицевому счёту появятся в следующей версии приложения.</translation>
    </message>
</context>
<context>
    <name>lkk::AccountsSidebar</name>
    <message>
        <source>Unlink</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Unlink the personal account</source>
        <translation>Отключить лицевой счёт</translation>
    </message>
    <message>
        <source>Unlink the personal account № %1 (%2) from your cabinet?

You can link it again later with the control question.</source>
        <translation>Отключить лицевой счёт № %1 (%2) от личного кабинета?

Позже его можно подключить снова, ответив на контрольный вопрос.</translation>
    </message>
    <message>
        <source>Add a personal account</source>
        <translation>Добавить лицевой счёт</translation>
    </message>
    <message>
        <source>Link a personal account by its number from the bill</source>
        <translation>Подключить лицевой счёт по номеру из квитанции</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>Ваши счета</translation>
    </message>
    <message>
        <source>No accounts linked yet</source>
        <translation>Лицевые счета ещё не подключены</translation>
    </message>
    <message>
        <source>Link your personal account by its number from the bill to see the amount to pay, requisites and meters here.</source>
        <translation>Подключите лицевой счёт по номеру из квитанции — здесь появятся сумма к оплате, реквизиты и счётчики.</translation>
    </message>
    <message>
        <source>Loading your accounts…</source>
        <translation>Загружаем ваши счета…</translation>
    </message>
</context>
<context>
    <name>lkk::AddAccountPage</name>
    <message>
        <source>Enter the personal account number.</source>
        <translation>Введите номер лицевого счёта.</translation>
    </message>
    <message>
        <source>The account number consists of digits only.</source>
        <translation>Номер лицевого счёта состоит только из цифр.</translation>
    </message>
    <message>
        <source>The account number has 6 to 15 digits. Check it against your bill.</source>
        <translation>В номере лицевого счёта от 6 до 15 цифр. Сверьте его с квитанцией.</translation>
    </message>
    <message>
        <source>Check the account number.</source>
        <translation>Проверьте номер лицевого счёта.</translation>
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
    <name>lkk::ContractsModel</name>
    <message>
        <source>Tariff name</source>
        <translation>Наименование тарифа</translation>
    </message>
    <message>
        <source>Tariff value</source>
        <translation>Величина тарифа</translation>
    </message>
    <message>
        <source>%1 - %2 Acc. No. %3</source>
        <extracomment>Contract row of «Реквизиты ЛС»: provider - service № ЛС sub-account</extracomment>
        <translation>%1 - %2 № ЛС %3</translation>
    </message>
</context>
<context>
    <name>lkk::ControlQuestionDialog</name>
    <message>
        <source>Personal account № %1. Answer with the figures of your latest bill.</source>
        <translation>Лицевой счёт № %1. Для ответа используйте данные последней квитанции.</translation>
    </message>
    <message>
        <source>For example, 1234.56</source>
        <translation>Например, 1234.56</translation>
    </message>
    <message>
        <source>For example, 466305</source>
        <translation>Например, 466305</translation>
    </message>
    <message>
        <source>%1 Attempts left: %2.</source>
        <translation>%1 Осталось попыток: %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Enter the answer.</source>
        <translation>Введите ответ.</translation>
    </message>
    <message>
        <source>Enter the amount to the kopeck: at most two digits after the point.</source>
        <translation>Введите сумму с точностью до копеек: не больше двух цифр после точки.</translation>
    </message>
    <message>
        <source>Enter the amount as on the bill, for example 1234.56.</source>
        <translation>Введите сумму как в квитанции, например 1234.56.</translation>
    </message>
    <message>
        <source>The code consists of digits only.</source>
        <translation>Код состоит только из цифр.</translation>
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
    <name>lkk::LinkAccountController</name>
    <message>
        <source>The account number may contain only digits.</source>
        <translation>Номер лицевого счёта может содержать только цифры.</translation>
    </message>
    <message>
        <source>The account number must have %1 to %2 digits.</source>
        <translation>В номере лицевого счёта должно быть от %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Choose a control question.</source>
        <translation>Выберите контрольный вопрос.</translation>
    </message>
    <message>
        <source>The code may contain only digits.</source>
        <translation>Код может содержать только цифры.</translation>
    </message>
    <message>
        <source>Enter the amount to the kopeck: at most two digits after the comma.</source>
        <translation>Введите сумму с точностью до копеек: не больше двух цифр после запятой.</translation>
    </message>
    <message>
        <source>Enter the amount as on the bill, for example 1234,56.</source>
        <translation>Введите сумму как в квитанции, например 1234,56.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Собственник</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Наниматель</translation>
    </message>
    <message>
        <source>Owner&apos;s family member</source>
        <translation>Член семьи собственника</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Иное</translation>
    </message>
    <message>
        <source>Too many attempts. Try again after %1</source>
        <translation>Превышено число попыток. Попробуйте снова после %1</translation>
    </message>
    <message numerus="yes">
        <source>The answer is wrong. Attempts left: %n.</source>
        <translation>
            <numerusform>Неверный ответ. Осталась %n попытка.</numerusform>
            <numerusform>Неверный ответ. Осталось %n попытки.</numerusform>
            <numerusform>Неверный ответ. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check has expired. Please start linking the account again.</source>
        <translation>Время на ответ истекло. Начните подключение лицевого счёта заново.</translation>
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
        <source>User menu: %1</source>
        <translation>Меню пользователя: %1</translation>
    </message>
    <message>
        <source>Could not load your accounts: %1</source>
        <translation>Не удалось загрузить ваши счета: %1</translation>
    </message>
    <message>
        <source>Could not load the requisites: %1</source>
        <translation>Не удалось загрузить реквизиты: %1</translation>
    </message>
    <message>
        <source>The personal account has been unlinked.</source>
        <translation>Лицевой счёт отключён.</translation>
    </message>
    <message>
        <source>The personal account № %1 has been linked.</source>
        <translation>Лицевой счёт № %1 подключён.</translation>
    </message>
    <message>
        <source>Welcome to the personal cabinet</source>
        <translation>Добро пожаловать в личный кабинет</translation>
    </message>
    <message>
        <source>Link your personal account to see the amount to pay, the account&apos;s requisites and meters. You will need the account number and your latest bill.</source>
        <translation>Подключите лицевой счёт, чтобы видеть сумму к оплате, реквизиты и счётчики. Понадобятся номер лицевого счёта и последняя квитанция.</translation>
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
    <name>lkk::MeterListDialog</name>
    <message>
        <source>Meter list</source>
        <translation>Список счётчиков</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Rows in red: the meter&apos;s verification period (МПИ) has expired.</source>
        <translation>Красным выделены счётчики с истёкшим межповерочным интервалом (МПИ).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No meters are registered on this account.</source>
        <translation>По этому лицевому счёту нет счётчиков.</translation>
    </message>
</context>
<context>
    <name>lkk::MeterListModel</name>
    <message>
        <source>The meter&apos;s verification interval has expired</source>
        <translation>Межповерочный интервал счётчика истёк</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Поставщик услуг</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Meter number</source>
        <translation>Номер счётчика</translation>
    </message>
    <message>
        <source>Reading date</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>Meter digit capacity</source>
        <translation>Значность счётчика</translation>
    </message>
    <message>
        <source>Verification interval ends</source>
        <translation>Срок окончания МПИ</translation>
    </message>
</context>
<context>
    <name>lkk::PeriodFilter</name>
    <message>
        <source>Choose the start of the period</source>
        <translation>Выберите начало периода</translation>
    </message>
    <message>
        <source>Choose the end of the period</source>
        <translation>Выберите конец периода</translation>
    </message>
    <message>
        <source>The start of the period is after its end</source>
        <translation>Начало периода позже его конца</translation>
    </message>
    <message>
        <source>The period cannot start in the future</source>
        <translation>Период не может начинаться в будущем</translation>
    </message>
    <message>
        <source>The period cannot be longer than five years</source>
        <translation>Период не может быть длиннее пяти лет</translation>
    </message>
    <message>
        <source>For the last 3 months</source>
        <translation>За последние 3 месяца</translation>
    </message>
    <message>
        <source>For the last 6 months</source>
        <translation>За последние 6 месяцев</translation>
    </message>
    <message>
        <source>For the year</source>
        <translation>За год</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>Выбрать период…</translation>
    </message>
</context>
<context>
    <name>lkk::PeriodRangeDialog</name>
    <message>
        <source>Choose a period</source>
        <translation>Выбор периода</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>lkk::PeriodSelector</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
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
    <name>lkk::RequisitesTab</name>
    <message>
        <source>%1/%2 m²</source>
        <translation>%1/%2 м²</translation>
    </message>
    <message>
        <source>Select a contract to see its tariff history and meters.</source>
        <translation>Выберите договор, чтобы посмотреть историю тарифов и счётчики.</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Общая информация</translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation>ФИО собственника:</translation>
    </message>
    <message>
        <source>Registration address:</source>
        <translation>Адрес регистрации:</translation>
    </message>
    <message>
        <source>Total/living area:</source>
        <translation>Общая/жилая площадь:</translation>
    </message>
    <message>
        <source>Registered residents:</source>
        <translation>Кол-во зарегистрированных:</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Loading the account&apos;s requisites…</source>
        <translation>Загружаем реквизиты лицевого счёта…</translation>
    </message>
    <message>
        <source>Tariff history</source>
        <translation>История тарифов</translation>
    </message>
    <message>
        <source>Meter list</source>
        <translation>Список счётчиков</translation>
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
    <name>lkk::TariffHistoryDialog</name>
    <message>
        <source>Tariff history</source>
        <translation>История тарифов</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The contract has no tariffs.</source>
        <translation>У договора нет тарифов.</translation>
    </message>
</context>
<context>
    <name>lkk::TariffHistoryModel</name>
    <message>
        <source>Effective from</source>
        <translation>Дата начала действия</translation>
    </message>
    <message>
        <source>Tariff value</source>
        <translation>Величина тарифа</translation>
    </message>
    <message>
        <source>Tariff period</source>
        <translation>Период действия тарифа</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>Один месяц</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>Один год</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Один день</translation>
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
