<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The personal cabinet of JSC Tomskenergosbyt customers: bills, payments and meter readings on your desktop.</source>
        <translation>Личный кабинет клиента АО «Томскэнергосбыт»: квитанции, оплата и передача показаний на вашем компьютере.</translation>
    </message>
</context>
<context>
    <name>AccountNumberHelpDialog</name>
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
</context>
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
    <name>AgreementDialog</name>
    <message>
        <source>User agreement</source>
        <translation>Пользовательское соглашение</translation>
    </message>
</context>
<context>
    <name>AppealInput</name>
    <message>
        <source>Write your question.</source>
        <translation>Напишите ваш вопрос.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation>Слишком длинный текст: не больше %1 символов.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be sent; please retype it.</source>
        <translation>В тексте есть символы, которые нельзя отправить; наберите его заново.</translation>
    </message>
    <message>
        <source>The text contains invalid characters; please retype it.</source>
        <translation>В тексте есть недопустимые символы; наберите его заново.</translation>
    </message>
    <message>
        <source>«%1» is not a file that can be attached.</source>
        <translation>«%1» — не файл, его нельзя приложить.</translation>
    </message>
    <message>
        <source>«%1» is too large: a file may have at most %2.</source>
        <translation>Файл «%1» слишком большой: допускается не больше %2.</translation>
    </message>
    <message>
        <source>«%1» is empty.</source>
        <translation>Файл «%1» пустой.</translation>
    </message>
    <message>
        <source>«%1»: the file name cannot be sent; please rename the file.</source>
        <translation>«%1»: такое имя файла нельзя отправить, переименуйте файл.</translation>
    </message>
    <message>
        <source>«%1» cannot be read: %2</source>
        <translation>Не удалось прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>«%1» is not a JPEG, PNG or PDF file. Only photos (JPEG, PNG) and PDF documents can be attached.</source>
        <translation>Файл «%1» — не JPEG, PNG и не PDF. Приложить можно только фотографии (JPEG, PNG) и документы PDF.</translation>
    </message>
    <message>
        <source>At most %1 files can be attached to one message.</source>
        <translation>К одному сообщению можно приложить не больше %1 файлов.</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
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
    <name>DetailsDialog</name>
    <message>
        <source>Fill in your details</source>
        <translation>Заполните реквизиты</translation>
    </message>
    <message>
        <source>Sign out without filling in the details</source>
        <translation>Выйти, не заполняя реквизиты</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
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
        <source>Enter the digits from the picture:</source>
        <translation>Введите цифры с картинки:</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>‹ Payment</source>
        <translation>‹ Оплата</translation>
    </message>
    <message>
        <source>Loading the payment form…</source>
        <translation>Загрузка формы оплаты…</translation>
    </message>
    <message>
        <source>E-mail for the receipt *</source>
        <translation>E-mail для направления чека *</translation>
    </message>
    <message>
        <source>name@example.ru</source>
        <translation>name@example.ru</translation>
    </message>
    <message>
        <source>Receive the receipt by SMS</source>
        <translation>Получение чека по SMS</translation>
    </message>
    <message>
        <source>Phone number for the SMS receipt *</source>
        <translation>Телефон для получения чека по SMS *</translation>
    </message>
    <message>
        <source>+7 913 123-45-67</source>
        <translation>+7 913 123-45-67</translation>
    </message>
    <message>
        <source>I agree to the &lt;a href=&quot;rules&quot;&gt;payment rules&lt;/a&gt;</source>
        <translation>Я согласен с &lt;a href=&quot;rules&quot;&gt;правилами оплаты&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Payment cards accepted: VISA Inc, MasterCard WorldWide, МИР.</source>
        <translation>К оплате принимаются платежные карты: VISA Inc, MasterCard WorldWide, МИР.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>Open the payment page again</source>
        <translation>Открыть страницу оплаты ещё раз</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>PeriodRangeDialog</name>
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
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Password recovery</source>
        <translation>Восстановление пароля</translation>
    </message>
    <message>
        <source>Enter the e-mail you registered with. We will send a code to restore access.</source>
        <translation>Введите адрес электронной почты, указанный при регистрации. Мы отправим код для восстановления доступа.</translation>
    </message>
    <message>
        <source>E-mail*:</source>
        <translation>E-mail*:</translation>
    </message>
    <message>
        <source>Code from the letter*:</source>
        <translation>Код из письма*:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Код из 6 цифр</translation>
    </message>
    <message>
        <source>New password*:</source>
        <translation>Новый пароль*:</translation>
    </message>
    <message>
        <source>Repeat password*:</source>
        <translation>Повторите пароль*:</translation>
    </message>
    <message>
        <source>The password has been changed. Sign in with the new password; every other sign-in of this account has been ended.</source>
        <translation>Пароль изменён. Войдите с новым паролем; все остальные входы в эту учётную запись завершены.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Enter the digits from the picture*:</source>
        <translation>Введите цифры с картинки*:</translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Registration in the personal cabinet</source>
        <translation>Регистрация в личном кабинете</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Мобильный телефон:</translation>
    </message>
    <message>
        <source>E-mail*:</source>
        <translation>E-mail*:</translation>
    </message>
    <message>
        <source>Password*:</source>
        <translation>Пароль*:</translation>
    </message>
    <message>
        <source>At least 8 characters: Latin letters (upper- and lower-case) and digits.</source>
        <translation>Не менее 8 символов: латинские буквы (заглавные и строчные) и цифры.</translation>
    </message>
    <message>
        <source>Repeat password*:</source>
        <translation>Повторите пароль*:</translation>
    </message>
    <message>
        <source>Surname*:</source>
        <translation>Фамилия*:</translation>
    </message>
    <message>
        <source>First name*:</source>
        <translation>Имя*:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
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
        <source>I accept the terms of the user agreement</source>
        <translation>Я принимаю условия пользовательского соглашения</translation>
    </message>
    <message>
        <source>Read the user agreement</source>
        <translation>Пользовательское соглашение</translation>
    </message>
    <message>
        <source>Code from the letter:</source>
        <translation>Код из письма:</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Код из 6 цифр</translation>
    </message>
    <message>
        <source>No letter? Check the spam folder. The code is valid for 24 hours.</source>
        <translation>Нет письма? Проверьте папку «Спам». Код действует 24 часа.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Enter the digits from the picture:</source>
        <translation>Введите цифры с картинки:</translation>
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
        <source>Customer support: %1</source>
        <translation>Служба поддержки: %1</translation>
    </message>
</context>
<context>
    <name>lkk::AccessJournalDialog</name>
    <message>
        <source>Could not load the journal: %1</source>
        <translation>Не удалось загрузить журнал: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Access journal</source>
        <translation>Журнал доступа</translation>
    </message>
    <message>
        <source>When the contact centre opened your data and what it did on your behalf. Who the operator was stays with the utility; ask the contact centre if something here surprises you.</source>
        <translation>Когда контакт-центр открывал ваши данные и что делал от вашего имени. Имя оператора остаётся у компании; если запись вас удивила, обратитесь в контакт-центр.</translation>
    </message>
    <message>
        <source>The contact centre has not opened your data.</source>
        <translation>Контакт-центр не обращался к вашим данным.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>lkk::AccessJournalModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2: «%3»</source>
        <translation>%1 — %2: «%3»</translation>
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
    <message>
        <source>New answers: %1</source>
        <translation>Новых ответов: %1</translation>
    </message>
</context>
<context>
    <name>lkk::AccountNumberHelpDialog</name>
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
        <source>Appeals (%1)</source>
        <translation>Обращения (%1)</translation>
    </message>
    <message>
        <source>New answers not read yet: %1</source>
        <translation>Непрочитанных ответов: %1</translation>
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
    <name>lkk::AgreementDialog</name>
    <message>
        <source>I accept</source>
        <translation>Принимаю</translation>
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
        <source>The request was canceled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>no HTTP status</source>
        <translation>нет HTTP-статуса</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the Internet connection and try again.</source>
        <translation>Сервер %1 не найден. Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The server %1 is not accepting connections right now. Try again in a few minutes.</source>
        <translation>Сервер %1 сейчас не принимает подключения. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>Could not reach the server %1. Check the Internet connection and try again.</source>
        <translation>Не удалось связаться с сервером %1. Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was not made. Check the date and time on this computer and try again.</source>
        <translation>Сертификат сервера не признан надёжным, поэтому подключение не выполнено. Проверьте дату и время на компьютере и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>lkk::AppMenus</name>
    <message>
        <source>&amp;Cabinet</source>
        <translation>&amp;Кабинет</translation>
    </message>
    <message>
        <source>&amp;Close the program</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
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
    <message>
        <source>The password has been changed. Sign in with the new one.</source>
        <translation>Пароль изменён. Войдите с новым паролем.</translation>
    </message>
    <message>
        <source>We sent the confirmation letter to %1 once more. Enter the code from it.</source>
        <translation>Мы ещё раз отправили письмо с кодом подтверждения на %1. Введите код из него.</translation>
    </message>
    <message>
        <source>«Remember me» did not work: the system keychain did not save the sign-in, so next time you will be asked for the password again.</source>
        <translation>«Запомнить» не сработало: системное хранилище паролей не сохранило вход, поэтому в следующий раз нужно будет снова ввести пароль.</translation>
    </message>
    <message>
        <source>Registration complete. You can now sign in to the personal cabinet.</source>
        <translation>Регистрация завершена. Теперь можно войти в личный кабинет.</translation>
    </message>
    <message>
        <source>Registration complete. Welcome to the personal cabinet.</source>
        <translation>Регистрация завершена. Добро пожаловать в личный кабинет.</translation>
    </message>
</context>
<context>
    <name>lkk::AppealDialog</name>
    <message>
        <source>№ %1 — %2</source>
        <translation>№ %1 — %2</translation>
    </message>
    <message>
        <source>Link a personal account first: an appeal is about one of them.</source>
        <translation>Сначала добавьте лицевой счёт: обращение относится к одному из ваших счетов.</translation>
    </message>
    <message>
        <source>Could not load the form: %1</source>
        <translation>Не удалось загрузить форму: %1</translation>
    </message>
    <message>
        <source>You have opened %1 appeals in the last 24 hours, the most allowed. Please try again later, or call the utility.</source>
        <translation>За последние сутки вы открыли %1 обращений — это наибольшее допустимое число. Попробуйте позже или позвоните в компанию.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Выберите поставщика.</translation>
    </message>
    <message>
        <source>Choose the personal account.</source>
        <translation>Выберите лицевой счёт.</translation>
    </message>
    <message>
        <source>Choose the topic.</source>
        <translation>Выберите тему.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Задать вопрос</translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Provider*</source>
        <translation>Поставщик*</translation>
    </message>
    <message>
        <source>Personal account*</source>
        <translation>Лицевой счёт*</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Your question*</source>
        <translation>Ваш вопрос*</translation>
    </message>
    <message>
        <source>Text of the appeal*</source>
        <translation>Текст обращения*</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Describe the question: what happened, for which period, which meter…</source>
        <translation>Опишите вопрос: что случилось, за какой период, какой прибор учёта…</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* обязательные поля</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>lkk::AppealQueueModel</name>
    <message>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 ч</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>№</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
</context>
<context>
    <name>lkk::AppealThreadModel</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>The utility</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>%1, the utility</source>
        <translation>%1, компания</translation>
    </message>
    <message>
        <source>%1, the customer</source>
        <translation>%1, клиент</translation>
    </message>
</context>
<context>
    <name>lkk::AppealThreadView</name>
    <message>
        <source>Your message has been sent.</source>
        <translation>Сообщение отправлено.</translation>
    </message>
    <message>
        <source>Appeal № %1</source>
        <translation>Обращение № %1</translation>
    </message>
    <message>
        <source>%1 · %2 · personal account № %3</source>
        <translation>%1 · %2 · лицевой счёт № %3</translation>
    </message>
    <message>
        <source>The appeal is closed. To continue, open a new appeal.</source>
        <translation>Обращение закрыто. Чтобы продолжить, создайте новое обращение.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ваше сообщение</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Сохранить %1</translation>
    </message>
    <message>
        <source>Could not download the file: %1</source>
        <translation>Не удалось загрузить файл: %1</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Сохранение файла</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not open the file: %1</source>
        <translation>Не удалось открыть файл: %1</translation>
    </message>
    <message>
        <source>No program to open «%1» was found. Use «Save…» instead.</source>
        <translation>Не найдена программа, чтобы открыть «%1». Воспользуйтесь «Сохранить…».</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>No connection to the server (%1). The message is kept and will be sent when the connection is back.</source>
        <translation>Нет связи с сервером (%1). Сообщение сохранено и будет отправлено, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Close the appeal</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>Close appeal № %1? Nothing more can be written to a closed appeal; for a new question open a new appeal.</source>
        <translation>Закрыть обращение № %1? В закрытое обращение больше нельзя написать; с новым вопросом создайте новое обращение.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Could not close the appeal: %1</source>
        <translation>Не удалось закрыть обращение: %1</translation>
    </message>
    <message>
        <source>The appeal is closed.</source>
        <translation>Обращение закрыто.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Write to the utility about this appeal</source>
        <translation>Напишите компании по этому обращению</translation>
    </message>
</context>
<context>
    <name>lkk::AppealsFeature</name>
    <message>
        <source>Appeal № %1 has been sent to the utility.</source>
        <translation>Обращение № %1 отправлено в компанию.</translation>
    </message>
    <message>
        <source>Appeal № %1 has been sent. The answer will appear in «Appeals» of the account, and we will write to you by e-mail.</source>
        <translation>Обращение № %1 отправлено. Ответ появится в разделе «Обращения» лицевого счёта, и мы сообщим о нём по электронной почте.</translation>
    </message>
    <message>
        <source>No connection to the server. The appeal is kept and will be sent as soon as the connection is back.</source>
        <translation>Нет связи с сервером. Обращение сохранено и будет отправлено, как только связь восстановится.</translation>
    </message>
</context>
<context>
    <name>lkk::AppealsModel</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответ дан</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>A new answer you have not read yet</source>
        <translation>Новый ответ, который вы ещё не прочитали</translation>
    </message>
    <message>
        <source>№ %1 · %2</source>
        <translation>№ %1 · %2</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>lkk::AppealsQueueView</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (не используется)</translation>
    </message>
    <message>
        <source>Could not load the queue: %1</source>
        <translation>Не удалось загрузить очередь: %1</translation>
    </message>
    <message>
        <source>No appeals match the filter.</source>
        <translation>Нет обращений по этому отбору.</translation>
    </message>
    <message>
        <source>The oldest %1 of %2 appeals are shown; narrow the filter to see the others.</source>
        <translation>Показаны %1 самых старых из %2; чтобы увидеть остальные, уточните отбор.</translation>
    </message>
    <message>
        <source>Appeals: %1</source>
        <translation>Обращений: %1</translation>
    </message>
    <message>
        <source>Could not open appeal № %1: %2</source>
        <translation>Не удалось открыть обращение № %1: %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>assignee: %1</source>
        <translation>исполнитель: %1</translation>
    </message>
    <message>
        <source>nobody has taken it</source>
        <translation>никто не взял</translation>
    </message>
    <message>
        <source>answer mail in English</source>
        <translation>письмо с ответом — на английском</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>You have taken appeal № %1.</source>
        <translation>Вы взяли обращение № %1.</translation>
    </message>
    <message>
        <source>Appeal № %1 is back in the queue.</source>
        <translation>Обращение № %1 возвращено в очередь.</translation>
    </message>
    <message>
        <source>Appeal № %1 is closed.</source>
        <translation>Обращение № %1 закрыто.</translation>
    </message>
    <message>
        <source>Appeal № %1 is in progress again.</source>
        <translation>Обращение № %1 снова в работе.</translation>
    </message>
    <message>
        <source>The answer has been sent; the customer gets it by mail too.</source>
        <translation>Ответ отправлен; клиент получит его и по почте.</translation>
    </message>
    <message>
        <source>The answer was not sent: %1. Send it again; it will not be stored twice.</source>
        <translation>Ответ не отправлен: %1. Отправьте его ещё раз — дважды он не сохранится.</translation>
    </message>
    <message>
        <source>The appeal is closed. Reopen it to answer.</source>
        <translation>Обращение закрыто. Чтобы ответить, возобновите его.</translation>
    </message>
    <message>
        <source>&amp;Answer to the customer</source>
        <translation>&amp;Ответ клиенту</translation>
    </message>
    <message>
        <source>%1: …</source>
        <translation>%1: …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n appeal(s); show them</source>
        <translation>
            <numerusform>%1: %n обращение; показать</numerusform>
            <numerusform>%1: %n обращения; показать</numerusform>
            <numerusform>%1: %n обращений; показать</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Поставщик</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>Т&amp;ема</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>&amp;Возраст</translation>
    </message>
    <message>
        <source>Ass&amp;ignee</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <source>New and in progress</source>
        <translation>Новые и в работе</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Все поставщики</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>Любой давности</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>За последние 24 часа</translation>
    </message>
    <message>
        <source>Older than 24 hours</source>
        <translation>Старше 24 часов</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>Старше 3 дней</translation>
    </message>
    <message>
        <source>Older than a week</source>
        <translation>Старше недели</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Все исполнители</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Nobody&apos;s</source>
        <translation>Ничьи</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the queue (F5)</source>
        <translation>Обновить очередь (F5)</translation>
    </message>
    <message>
        <source>Appeals queue</source>
        <translation>Очередь обращений</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Take the appeal (Ctrl+T)</source>
        <translation>Взять обращение (Ctrl+T)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Вернуть в очередь</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Send the answer (Ctrl+Enter)</source>
        <translation>Отправить ответ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The answer to the customer; it is also sent to them by mail</source>
        <translation>Ответ клиенту; он придёт клиенту и по почте</translation>
    </message>
</context>
<context>
    <name>lkk::AppealsTab</name>
    <message>
        <source>Could not load the appeals: %1</source>
        <translation>Не удалось загрузить обращения: %1</translation>
    </message>
    <message>
        <source>Could not open the appeal: %1</source>
        <translation>Не удалось открыть обращение: %1</translation>
    </message>
    <message>
        <source>No appeals in the selected period. To ask the utility a question, press «New appeal».</source>
        <translation>За выбранный период обращений нет. Чтобы задать вопрос компании, нажмите «Новое обращение».</translation>
    </message>
    <message>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>Choose an appeal to read the answer and write to the utility.</source>
        <translation>Выберите обращение, чтобы прочитать ответ и написать компании.</translation>
    </message>
    <message>
        <source>No appeals in the selected period.</source>
        <translation>За выбранный период обращений нет.</translation>
    </message>
    <message>
        <source>Choose an appeal to read it and its answers.</source>
        <translation>Выберите обращение, чтобы прочитать его и ответы.</translation>
    </message>
</context>
<context>
    <name>lkk::AttachmentPicker</name>
    <message>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;All files (*)</source>
        <translation>Фотографии и документы PDF (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Убрать %1</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Приложить файл…</translation>
    </message>
    <message>
        <source>Or drop files here. Up to %1 photos (JPEG, PNG) or PDF documents, each at most %2.</source>
        <translation>Или перетащите файлы сюда. До %1 фотографий (JPEG, PNG) или документов PDF, каждый не больше %2.</translation>
    </message>
</context>
<context>
    <name>lkk::BillMonth</name>
    <message>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
</context>
<context>
    <name>lkk::BillPrinter</name>
    <message>
        <source>Save the bill as PDF</source>
        <translation>Сохранить квитанцию в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payment document for %1</source>
        <translation>Платёжный документ за %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save the payment document as a PDF file</source>
        <translation>Сохранить платёжный документ в файл PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
</context>
<context>
    <name>lkk::BillsModel</name>
    <message>
        <source>Debt at the start of the period</source>
        <translation>Долг на начало периода</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Итого к оплате</translation>
    </message>
    <message>
        <source>Including penalties</source>
        <translation>В т.ч. пени</translation>
    </message>
    <message>
        <source>Social support</source>
        <translation>Меры социальной поддержки</translation>
    </message>
    <message>
        <source>Written off − / added +</source>
        <translation>Списано − / Доначислено +</translation>
    </message>
    <message>
        <source>Debt at the end of the period</source>
        <translation>Долг на конец периода</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Пени</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Price per unit</source>
        <translation>Цена за единицу потребления</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
</context>
<context>
    <name>lkk::BillsPage</name>
    <message>
        <source>Could not load the payment documents: %1</source>
        <translation>Не удалось загрузить платёжные документы: %1</translation>
    </message>
    <message>
        <source>The payment document has been saved: %1</source>
        <translation>Платёжный документ сохранён: %1</translation>
    </message>
    <message>
        <source>Could not write the file %1.</source>
        <translation>Не удалось записать файл %1.</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Общая информация</translation>
    </message>
    <message>
        <source>Details by service</source>
        <translation>Детализация по услугам</translation>
    </message>
    <message>
        <source>Choose a personal account to see its payment documents.</source>
        <translation>Выберите лицевой счёт, чтобы увидеть его платёжные документы.</translation>
    </message>
    <message>
        <source>There are no payment documents for the selected period.</source>
        <translation>За выбранный период платёжных документов нет.</translation>
    </message>
    <message>
        <source>Could not refresh the payment documents: %1 The ones loaded earlier are shown.</source>
        <translation>Не удалось обновить платёжные документы: %1 Показаны загруженные ранее.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>The payment documents have not been loaded yet.</source>
        <translation>Платёжные документы пока не загружены.</translation>
    </message>
</context>
<context>
    <name>lkk::BillsView</name>
    <message>
        <source>Print the bill</source>
        <translation>Печать квитанции</translation>
    </message>
    <message>
        <source>Print preview of the single payment document for %1, with payment QR codes</source>
        <translation>Предварительный просмотр единого платёжного документа за %1 с QR-кодами для оплаты</translation>
    </message>
    <message>
        <source>the period %1</source>
        <translation>период %1</translation>
    </message>
    <message>
        <source>the amount «%1»</source>
        <translation>сумму «%1»</translation>
    </message>
</context>
<context>
    <name>lkk::CallerPage</name>
    <message>
        <source>Cabinet of the customer %1 — view only</source>
        <translation>Кабинет клиента %1 — только просмотр</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>телефон не указан</translation>
    </message>
    <message>
        <source>phone: %1</source>
        <translation>телефон: %1</translation>
    </message>
    <message>
        <source>Take &amp;readings…</source>
        <translation>Принять &amp;показания…</translation>
    </message>
    <message>
        <source>Submit the meter readings the caller dictates (with a reason)</source>
        <translation>Передать показания, которые диктует клиент (с указанием причины)</translation>
    </message>
    <message>
        <source>Resend &amp;confirmation…</source>
        <translation>Пись&amp;мо подтверждения…</translation>
    </message>
    <message>
        <source>Lift &amp;sign-in lock…</source>
        <translation>Снять блокировку &amp;входа…</translation>
    </message>
    <message>
        <source>Lift &amp;link lock…</source>
        <translation>Снять блокировку п&amp;ривязки…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Лицевые счета</translation>
    </message>
    <message>
        <source>The caller&apos;s accounts</source>
        <translation>Лицевые счета клиента</translation>
    </message>
    <message>
        <source>The caller has no linked personal accounts.</source>
        <translation>У клиента нет привязанных лицевых счетов.</translation>
    </message>
    <message>
        <source>Account №</source>
        <translation>ЛС №</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>К оплате:</translation>
    </message>
    <message>
        <source>Penalties:</source>
        <translation>Пени:</translation>
    </message>
    <message>
        <source>the account number</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <source>the amount to pay</source>
        <translation>сумму к оплате</translation>
    </message>
    <message>
        <source>the penalties</source>
        <translation>сумму пеней</translation>
    </message>
    <message>
        <source>№ %1
%2</source>
        <translation>№ %1
%2</translation>
    </message>
    <message>
        <source>Account № %1, %2</source>
        <translation>Лицевой счёт № %1, %2</translation>
    </message>
    <message>
        <source>Take readings for the caller</source>
        <translation>Показания со слов клиента</translation>
    </message>
    <message>
        <source>You are about to submit meter readings of account № %1 that %2 dictates. The reading is stored as submitted by the contact centre, and the customer sees it with your reason in the access journal.</source>
        <translation>Вы передаёте показания по лицевому счёту № %1, которые диктует %2. Показания сохранятся как переданные контакт-центром, а клиент увидит их и указанную причину в журнале доступа.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Readings for the caller, reason: «%1». «Back» ends the dictation.</source>
        <translation>Показания со слов клиента, причина: «%1». Кнопка «Назад» завершает приём показаний.</translation>
    </message>
    <message>
        <source>Resend the registration confirmation</source>
        <translation>Повторное письмо подтверждения регистрации</translation>
    </message>
    <message>
        <source>The confirmation letter goes to the caller&apos;s e-mail %1 once more.</source>
        <translation>Письмо с подтверждением регистрации будет отправлено клиенту на %1 ещё раз.</translation>
    </message>
    <message>
        <source>The confirmation letter has been sent to the caller again.</source>
        <translation>Письмо подтверждения отправлено клиенту повторно.</translation>
    </message>
    <message>
        <source>Lift the sign-in lock</source>
        <translation>Снятие блокировки входа</translation>
    </message>
    <message>
        <source>%1 can sign in again at once instead of waiting for the lock to end.</source>
        <translation>%1 сможет войти сразу, не дожидаясь окончания блокировки.</translation>
    </message>
    <message>
        <source>The caller&apos;s sign-in lock has been lifted.</source>
        <translation>Блокировка входа клиента снята.</translation>
    </message>
    <message>
        <source>Lift the link lock</source>
        <translation>Снятие блокировки привязки лицевого счёта</translation>
    </message>
    <message>
        <source>The caller can try to link the personal account again (after wrong answers to the control question).</source>
        <translation>Клиент сможет снова привязать лицевой счёт (после неверных ответов на контрольный вопрос).</translation>
    </message>
    <message>
        <source>The link lock of the account has been lifted.</source>
        <translation>Блокировка привязки лицевого счёта снята.</translation>
    </message>
    <message>
        <source>A&amp;ppeal…</source>
        <translation>О&amp;бращение…</translation>
    </message>
    <message>
        <source>Register an appeal the caller dictates</source>
        <translation>Зарегистрировать обращение со слов клиента</translation>
    </message>
    <message>
        <source>Register an appeal for the caller</source>
        <translation>Обращение со слов клиента</translation>
    </message>
    <message>
        <source>The appeal is registered in %1&apos;s name: they see it and its answers under «Обращения».</source>
        <translation>Обращение регистрируется от имени клиента %1: он увидит его и ответы в разделе «Обращения».</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Поставщик</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Appeal &amp;text</source>
        <translation>Те&amp;кст обращения</translation>
    </message>
    <message>
        <source>The account has no provider to address the appeal to.</source>
        <translation>У лицевого счёта нет поставщика, которому можно адресовать обращение.</translation>
    </message>
    <message>
        <source>Choose the topic.</source>
        <translation>Выберите тему.</translation>
    </message>
    <message>
        <source>Write down what the caller asks.</source>
        <translation>Запишите, о чём просит клиент.</translation>
    </message>
    <message>
        <source>The appeal is too long: at most 4000 characters.</source>
        <translation>Слишком длинное обращение: не больше 4000 символов.</translation>
    </message>
    <message>
        <source>The appeal has been registered for the caller.</source>
        <translation>Обращение клиента зарегистрировано.</translation>
    </message>
</context>
<context>
    <name>lkk::CallerSearchPage</name>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>&amp;Find a caller</source>
        <translation>&amp;Поиск клиента</translation>
    </message>
    <message>
        <source>Account number, phone, e-mail, or surname and a part of the address</source>
        <translation>Номер ЛС, телефон, e-mail или фамилия и часть адреса</translation>
    </message>
    <message>
        <source>Find a caller</source>
        <translation>Поиск клиента</translation>
    </message>
    <message>
        <source>Callers found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s): the search starts as you type.</source>
        <translation>
            <numerusform>Не меньше %n символа: поиск начнётся по мере ввода.</numerusform>
            <numerusform>Не меньше %n символов: поиск начнётся по мере ввода.</numerusform>
            <numerusform>Не меньше %n символов: поиск начнётся по мере ввода.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody found for «%1».</source>
        <translation>По запросу «%1» никто не найден.</translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) found. Enter opens the first one.</source>
        <translation>
            <numerusform>Найден %n клиент. Enter открывает первого.</numerusform>
            <numerusform>Найдено %n клиента. Enter открывает первого.</numerusform>
            <numerusform>Найдено %n клиентов. Enter открывает первого.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account № %1 — %2</source>
        <translation>ЛС № %1 — %2</translation>
    </message>
    <message>
        <source>Nobody found among the first callers for «%1»: type more of the surname.</source>
        <translation>Среди первых клиентов по запросу «%1» никого нет: уточните фамилию.</translation>
    </message>
    <message numerus="yes">
        <source>%n caller(s) shown; more may match. Add to the query to narrow it.</source>
        <translation>
            <numerusform>Показан %n клиент, найдено может быть больше. Уточните запрос.</numerusform>
            <numerusform>Показаны %n клиента, найдено может быть больше. Уточните запрос.</numerusform>
            <numerusform>Показано %n клиентов, найдено может быть больше. Уточните запрос.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lkk::CaptchaWidget</name>
    <message>
        <source>Show another picture</source>
        <translation>Показать другую картинку</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Captcha picture</source>
        <translation>Картинка с цифрами</translation>
    </message>
    <message>
        <source>Another picture</source>
        <translation>Другая картинка</translation>
    </message>
    <message>
        <source>Digits from the picture</source>
        <translation>Цифры с картинки</translation>
    </message>
</context>
<context>
    <name>lkk::ConsumptionChartView</name>
    <message>
        <source>Consumption</source>
        <translation>Расход</translation>
    </message>
    <message>
        <source>No consumption figures for the chosen period.</source>
        <translation>Нет данных о расходе за выбранный период.</translation>
    </message>
</context>
<context>
    <name>lkk::ContractsModel</name>
    <message>
        <source>Tariff value</source>
        <translation>Величина тарифа</translation>
    </message>
    <message>
        <source>%1 - %2 Acc. No. %3</source>
        <extracomment>Contract row of «Реквизиты ЛС»: provider - service № ЛС sub-account</extracomment>
        <translation>%1 - %2 № ЛС %3</translation>
    </message>
    <message>
        <source>Contract and tariff</source>
        <translation>Договор и тариф</translation>
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
    <name>lkk::CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Скопировать</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Скопировать %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
</context>
<context>
    <name>lkk::CopyCellDelegate</name>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
</context>
<context>
    <name>lkk::DateField</name>
    <message>
        <source>Enter the date as dd.mm.yyyy, for example 15.05.1985.</source>
        <translation>Введите дату в виде дд.мм.гггг, например 15.05.1985.</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>Leave the date out</source>
        <translation>Не указывать дату</translation>
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
    <name>lkk::DetailsDialog</name>
    <message>
        <source>%1, to finish setting up the personal cabinet, please give your mobile phone number. The other fields are optional.</source>
        <translation>%1, чтобы завершить настройку личного кабинета, укажите номер мобильного телефона. Остальные поля — по желанию.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>lkk::FaqDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not load the questions and answers: %1</source>
        <translation>Не удалось загрузить вопросы и ответы: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no questions and answers yet.</source>
        <translation>Вопросов и ответов пока нет.</translation>
    </message>
    <message>
        <source>Nothing was found for «%1». Try other words, or ask the utility.</source>
        <translation>По запросу «%1» ничего не найдено. Попробуйте другие слова или задайте вопрос компании.</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation>Поиск по вопросам и ответам</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Did not find the answer? Ask a question</source>
        <translation>Не нашли ответ? Задайте вопрос</translation>
    </message>
    <message>
        <source>Did not find the answer? Sign in and ask a question</source>
        <translation>Не нашли ответ? Войдите и задайте вопрос</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>lkk::FieldMessages</name>
    <message>
        <source>Enter your e-mail</source>
        <translation>Введите адрес электронной почты</translation>
    </message>
    <message>
        <source>The e-mail is too long</source>
        <translation>Слишком длинный адрес электронной почты</translation>
    </message>
    <message>
        <source>Invalid e-mail format</source>
        <translation>Неверный формат адреса электронной почты</translation>
    </message>
    <message>
        <source>Enter a password</source>
        <translation>Введите пароль</translation>
    </message>
    <message>
        <source>The password may be at most %1 characters long</source>
        <translation>Пароль может содержать не более %1 символов</translation>
    </message>
    <message>
        <source>The password must be at least %1 characters long</source>
        <translation>Пароль должен содержать не менее %1 символов</translation>
    </message>
    <message>
        <source>The password must contain a digit</source>
        <translation>Пароль должен содержать цифру</translation>
    </message>
    <message>
        <source>The password must contain a lower-case Latin letter</source>
        <translation>Пароль должен содержать строчную латинскую букву</translation>
    </message>
    <message>
        <source>The password must contain an upper-case Latin letter</source>
        <translation>Пароль должен содержать заглавную латинскую букву</translation>
    </message>
    <message>
        <source>Use only Latin letters, digits and punctuation in the password</source>
        <translation>Используйте в пароле только латинские буквы, цифры и знаки препинания</translation>
    </message>
    <message>
        <source>Enter your mobile phone number</source>
        <translation>Введите номер мобильного телефона</translation>
    </message>
    <message>
        <source>Enter the mobile phone number in the format +7 XXX XXX-XX-XX</source>
        <translation>Введите номер мобильного телефона в формате +7 XXX XXX-XX-XX</translation>
    </message>
    <message>
        <source>Enter your first name</source>
        <translation>Введите имя</translation>
    </message>
    <message>
        <source>Enter your surname</source>
        <translation>Введите фамилию</translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation>Не более %1 символов</translation>
    </message>
    <message>
        <source>Use only letters, spaces, hyphens and apostrophes</source>
        <translation>Используйте только буквы, пробел, дефис и апостроф</translation>
    </message>
    <message>
        <source>Enter your real date of birth</source>
        <translation>Укажите настоящую дату рождения</translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail</source>
        <translation>Введите код из письма</translation>
    </message>
    <message numerus="yes">
        <source>The code is %n digits from the e-mail</source>
        <translation>
            <numerusform>Код из письма — %n цифра</numerusform>
            <numerusform>Код из письма — %n цифры</numerusform>
            <numerusform>Код из письма — %n цифр</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Attempts left: %2</source>
        <translation>%1 Осталось попыток: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Try again in %n min.</source>
        <translation>
            <numerusform>%1 Повторите через %n мин.</numerusform>
            <numerusform>%1 Повторите через %n мин.</numerusform>
            <numerusform>%1 Повторите через %n мин.</numerusform>
        </translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>не менее %1 символов</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>a lower-case Latin letter</source>
        <translation>строчной латинской буквы</translation>
    </message>
    <message>
        <source>an upper-case Latin letter</source>
        <translation>заглавной латинской буквы</translation>
    </message>
    <message>
        <source>only Latin letters, digits and punctuation</source>
        <translation>только латинских букв, цифр и знаков препинания</translation>
    </message>
    <message>
        <source>Strength: weak. Missing: %1</source>
        <translation>Надёжность: слабый. Не хватает: %1</translation>
    </message>
    <message>
        <source>Strength: medium. Longer (12+) or with a symbol is stronger</source>
        <translation>Надёжность: средний. Длиннее (12+) или со спецсимволом — надёжнее</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Надёжность: надёжный</translation>
    </message>
</context>
<context>
    <name>lkk::HistoryTab</name>
    <message>
        <source>Payment document</source>
        <translation>Платёжный документ</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>This part of the history comes in a later version of the application.</source>
        <translation>Этот раздел истории появится в следующей версии приложения.</translation>
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
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation>Не удалось показать картинку. Загрузите другую.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>Сохранённый вход больше не действует. Войдите снова.</translation>
    </message>
    <message>
        <source>Enter the digits from the picture</source>
        <translation>Введите цифры с картинки</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Try again in %1.</source>
        <translation>Слишком много неверных кодов. Повторите через %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>Осталась %n попытка.</numerusform>
            <numerusform>Осталось %n попытки.</numerusform>
            <numerusform>Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter one of your recovery codes</source>
        <translation>Введите один из кодов восстановления</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the authenticator app</source>
        <translation>Введите 6-значный код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>The code is 6 digits</source>
        <translation>Код состоит из 6 цифр</translation>
    </message>
</context>
<context>
    <name>lkk::LoginWindow</name>
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
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Check the server address and the CA file.</source>
        <translation>Проверьте адрес сервера и файл сертификата.</translation>
    </message>
    <message>
        <source>Stay signed in on this computer: the session key is kept in the system keychain, never the password.</source>
        <translation>Оставаться в личном кабинете на этом компьютере: ключ сеанса хранится в системном хранилище паролей, сам пароль не сохраняется.</translation>
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
    <message>
        <source>Enter the code</source>
        <translation>Ввести код</translation>
    </message>
    <message>
        <source>Send the letter again</source>
        <translation>Отправить письмо ещё раз</translation>
    </message>
    <message>
        <source>Enter the digits from the picture.</source>
        <translation>Введите цифры с картинки.</translation>
    </message>
    <message>
        <source>This computer has no password store that the program can use (the system keychain), so «Remember me» is off. You can still sign in; the password will be asked each time.</source>
        <translation>На этом компьютере нет хранилища паролей, которым может пользоваться программа (системной связки ключей), поэтому «Запомнить» отключено. Войти можно и так; пароль будет запрашиваться при каждом входе.</translation>
    </message>
    <message>
        <source>Unavailable: this computer has no system keychain the program can use.</source>
        <translation>Недоступно: на этом компьютере нет системного хранилища паролей, которым может пользоваться программа.</translation>
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
    <message>
        <source>Sign out of the cabinet</source>
        <translation>Выйти из кабинета</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>&amp;Questions and answers</source>
        <translation>&amp;Вопросы и ответы</translation>
    </message>
    <message>
        <source>&amp;Ask a question…</source>
        <translation>&amp;Задать вопрос…</translation>
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
    <name>lkk::MeterReadingCard</name>
    <message>
        <source>Meter № %1 - %2</source>
        <translation>Счётчик № %1 - %2</translation>
    </message>
    <message>
        <source>%1 - account № %2</source>
        <translation>%1 - № ЛС %2</translation>
    </message>
    <message>
        <source>Verification interval ends %1</source>
        <translation>МПИ истекает %1</translation>
    </message>
    <message>
        <source>Last submitted readings %1: %2</source>
        <translation>Последние переданные показания %1: %2</translation>
    </message>
    <message>
        <source>No earlier readings of this meter.</source>
        <translation>Ранее показания по этому счётчику не передавались.</translation>
    </message>
    <message>
        <source>Already submitted this month: %1. A new submission replaces it.</source>
        <translation>В этом месяце уже переданы: %1. Новая передача заменит их.</translation>
    </message>
    <message>
        <source>Current reading, %1 *</source>
        <translation>Текущие показания, %1 *</translation>
    </message>
    <message>
        <source>%1, %2 *</source>
        <translation>%1, %2 *</translation>
    </message>
    <message>
        <source>Submit readings</source>
        <translation>Передать показания</translation>
    </message>
    <message>
        <source>Consumption: %1</source>
        <translation>Расход: %1</translation>
    </message>
</context>
<context>
    <name>lkk::OperatorErrors</name>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Сервер недоступен. Проверьте подключение и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Повторите через %n секунду.</numerusform>
            <numerusform>Повторите через %n секунды.</numerusform>
            <numerusform>Повторите через %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lkk::OperatorReason</name>
    <message>
        <source>Give the reason for this action.</source>
        <translation>Укажите причину действия.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too short: at least %n characters.</source>
        <translation>
            <numerusform>Слишком короткая причина: нужно не меньше %n символа.</numerusform>
            <numerusform>Слишком короткая причина: нужно не меньше %n символов.</numerusform>
            <numerusform>Слишком короткая причина: нужно не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>Слишком длинная причина: не больше %n символа.</numerusform>
            <numerusform>Слишком длинная причина: не больше %n символов.</numerusform>
            <numerusform>Слишком длинная причина: не больше %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lkk::OperatorWindow</name>
    <message>
        <source>Contact centre — %1</source>
        <translation>Контакт-центр — %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Appeals queue</source>
        <translation>Очередь обращений</translation>
    </message>
</context>
<context>
    <name>lkk::OperatorWorkspace</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>lkk::PaymentForm</name>
    <message>
        <source>Enter the amount (0 if you do not pay for this service now).</source>
        <translation>Введите сумму (0, если сейчас не оплачиваете эту услугу).</translation>
    </message>
    <message>
        <source>At most two digits after the decimal separator (kopecks).</source>
        <translation>Не более двух знаков после запятой (копейки).</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
    <message>
        <source>Enter the amount in roubles, e.g. 1234,56.</source>
        <translation>Введите сумму в рублях, например 1234,56.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>At most %1 per payment.</source>
        <translation>Не более %1 за один платёж.</translation>
    </message>
    <message>
        <source>Enter the e-mail for the receipt or choose a receipt by SMS.</source>
        <translation>Введите e-mail для чека или выберите получение чека по SMS.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, e.g. name@example.ru.</source>
        <translation>Введите правильный адрес e-mail, например name@example.ru.</translation>
    </message>
    <message>
        <source>Enter the phone number for the SMS receipt.</source>
        <translation>Введите номер телефона для получения чека по SMS.</translation>
    </message>
    <message>
        <source>Enter a Russian mobile number, e.g. +7 913 123-45-67.</source>
        <translation>Введите номер мобильного телефона, например +7 913 123-45-67.</translation>
    </message>
    <message>
        <source>Agree to the payment rules to continue.</source>
        <translation>Чтобы продолжить, подтвердите согласие с правилами оплаты.</translation>
    </message>
    <message>
        <source>There is nothing to pay for on this account.</source>
        <translation>По этому лицевому счёту нечего оплачивать.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero for at least one service.</source>
        <translation>Введите сумму больше нуля хотя бы для одной услуги.</translation>
    </message>
    <message>
        <source>The total must not exceed %1 per payment.</source>
        <translation>Сумма платежа не может превышать %1.</translation>
    </message>
</context>
<context>
    <name>lkk::PaymentPage</name>
    <message>
        <source>Could not open the payment form: %1</source>
        <translation>Не удалось открыть форму оплаты: %1</translation>
    </message>
    <message>
        <source>Could not open the browser. Open this address to pay: %1</source>
        <translation>Не удалось открыть браузер. Для оплаты откройте адрес: %1</translation>
    </message>
    <message>
        <source>Open the address above in a browser and enter the card details there; this page follows the payment.</source>
        <translation>Откройте этот адрес в браузере и введите там данные карты — эта страница покажет результат оплаты.</translation>
    </message>
    <message>
        <source>The bank is already processing the payment; it can no longer be cancelled.</source>
        <translation>Банк уже обрабатывает платёж, отменить его нельзя.</translation>
    </message>
    <message>
        <source>Could not cancel the payment: %1</source>
        <translation>Не удалось отменить оплату: %1</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the server (%1). Trying again in %n second(s)…</source>
        <translation>
            <numerusform>Сервер не отвечает (%1). Повтор через %n секунду…</numerusform>
            <numerusform>Сервер не отвечает (%1). Повтор через %n секунды…</numerusform>
            <numerusform>Сервер не отвечает (%1). Повтор через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>The payment order is unknown: %1</source>
        <translation>Заказ на оплату не найден: %1</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <source>Waiting for the bank to confirm the payment…</source>
        <translation>Ожидаем подтверждение оплаты от банка…</translation>
    </message>
    <message>
        <source>Waiting for the bank to confirm the payment of %1…</source>
        <translation>Ожидаем подтверждение оплаты от банка: %1…</translation>
    </message>
    <message>
        <source>The bank is processing the payment. This usually takes a few seconds.</source>
        <translation>Банк обрабатывает платёж. Обычно это занимает несколько секунд.</translation>
    </message>
    <message>
        <source>The bank&apos;s payment page has opened in your browser. Enter the card details there; this page follows the payment.</source>
        <translation>Страница оплаты банка открыта в браузере. Введите там данные карты — эта страница покажет результат оплаты.</translation>
    </message>
    <message>
        <source>The payment was not started: %1 Press «Pay» again — the same payment will be resumed, not made twice.</source>
        <translation>Оплата не начата: %1 Нажмите «Оплатить» ещё раз — будет продолжен тот же платёж, повторного списания не будет.</translation>
    </message>
    <message>
        <source>Payment successful: %1. The receipt is sent to you.</source>
        <translation>Оплата прошла: %1. Чек направлен вам.</translation>
    </message>
    <message>
        <source>The bank declined the payment. Nothing was charged.</source>
        <translation>Банк отклонил платёж. Деньги не списаны.</translation>
    </message>
    <message>
        <source>The bank declined the payment: %1. Nothing was charged.</source>
        <translation>Банк отклонил платёж: %1. Деньги не списаны.</translation>
    </message>
    <message>
        <source>The time to pay has run out. Nothing was charged; press «Pay» to try again.</source>
        <translation>Время на оплату истекло. Деньги не списаны; нажмите «Оплатить», чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>The payment was cancelled. Nothing was charged.</source>
        <translation>Оплата отменена. Деньги не списаны.</translation>
    </message>
    <message>
        <source>The account&apos;s «To pay» is %1: there an overpayment to one provider is subtracted from the debts to the others. The amounts below add up to %2: each provider is paid separately, and an overpaid one starts at zero.</source>
        <translation>«К оплате» по счёту — %1: там переплата одному поставщику вычтена из долга другим. Суммы ниже дают в итоге %2: каждому поставщику платят отдельно, и у поставщика с переплатой стоит ноль.</translation>
    </message>
    <message>
        <source>Housing and utilities payment to %1, account No. %2 *</source>
        <translation>Услуга по сбору ДС за ЖКУ %1 ЛС № %2 *</translation>
    </message>
</context>
<context>
    <name>lkk::PaymentQrPayload</name>
    <message>
        <source>The payee&apos;s name must be 1 to 160 characters long.</source>
        <translation>Наименование получателя должно содержать от 1 до 160 символов.</translation>
    </message>
    <message>
        <source>The payee&apos;s settlement account must be 20 digits.</source>
        <translation>Расчётный счёт получателя должен состоять из 20 цифр.</translation>
    </message>
    <message>
        <source>The bank&apos;s name must be 1 to 45 characters long.</source>
        <translation>Наименование банка должно содержать от 1 до 45 символов.</translation>
    </message>
    <message>
        <source>The bank&apos;s BIC must be 9 digits.</source>
        <translation>БИК банка должен состоять из 9 цифр.</translation>
    </message>
    <message>
        <source>The bank&apos;s correspondent account must be 20 digits (or 0).</source>
        <translation>Корреспондентский счёт банка должен состоять из 20 цифр (или быть равен 0).</translation>
    </message>
    <message>
        <source>The payee&apos;s INN must be 10 or 12 digits.</source>
        <translation>ИНН получателя должен состоять из 10 или 12 цифр.</translation>
    </message>
    <message>
        <source>The payee&apos;s KPP must be 9 characters.</source>
        <translation>КПП получателя должен состоять из 9 символов.</translation>
    </message>
    <message>
        <source>The personal account must be 1 to 30 characters long.</source>
        <translation>Лицевой счёт должен содержать от 1 до 30 символов.</translation>
    </message>
    <message>
        <source>The sum must be 0 to 18 digits of kopecks.</source>
        <translation>Сумма должна быть неотрицательной и содержать не более 18 цифр (в копейках).</translation>
    </message>
    <message>
        <source>The purpose of payment must be at most 210 characters long.</source>
        <translation>Назначение платежа должно содержать не более 210 символов.</translation>
    </message>
    <message>
        <source>The technical code must be 2 digits.</source>
        <translation>Технический код должен состоять из 2 цифр.</translation>
    </message>
</context>
<context>
    <name>lkk::PaymentsFeature</name>
    <message>
        <source>Payment successful: %1 paid for the personal account № %2.</source>
        <translation>Оплата прошла: %1 по лицевому счёту № %2.</translation>
    </message>
</context>
<context>
    <name>lkk::PaymentsModel</name>
    <message>
        <source>Credited</source>
        <translation>Зачислен</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>Account No. %1</source>
        <translation>№ ЛС %1</translation>
    </message>
    <message>
        <source>No payments in this period</source>
        <translation>Нет оплат за период</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n оплата</numerusform>
            <numerusform>%n оплаты</numerusform>
            <numerusform>%n оплат</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid in the personal cabinet (order %1)</source>
        <translation>Оплачено в личном кабинете (заказ %1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>lkk::PaymentsPage</name>
    <message>
        <source>Could not load the payments: %1</source>
        <translation>Не удалось загрузить оплаты: %1</translation>
    </message>
    <message>
        <source>No payments in the selected period.</source>
        <translation>За выбранный период оплат нет.</translation>
    </message>
    <message>
        <source>The payments have not been loaded yet.</source>
        <translation>Оплаты пока не загружены.</translation>
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
    <name>lkk::PersonalForm</name>
    <message>
        <source>Surname*:</source>
        <translation>Фамилия*:</translation>
    </message>
    <message>
        <source>First name*:</source>
        <translation>Имя*:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
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
        <source>Mobile phone*:</source>
        <translation>Мобильный телефон*:</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Мобильный телефон:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
</context>
<context>
    <name>lkk::ProfileDialog</name>
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
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Mailing lists</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <source>The e-mail has been changed.</source>
        <translation>Адрес электронной почты изменён.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>We sent a code to %1. Enter it to confirm the new address.</source>
        <translation>Мы отправили код на %1. Введите его, чтобы подтвердить новый адрес.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>The password has been changed. Every other sign-in of this account has been ended.</source>
        <translation>Пароль изменён. Все остальные входы в эту учётную запись завершены.</translation>
    </message>
    <message>
        <source>New e-mail*:</source>
        <translation>Новый e-mail*:</translation>
    </message>
    <message>
        <source>Current password*:</source>
        <translation>Текущий пароль*:</translation>
    </message>
    <message>
        <source>Code from the letter*:</source>
        <translation>Код из письма*:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>New password*:</source>
        <translation>Новый пароль*:</translation>
    </message>
    <message>
        <source>Repeat password*:</source>
        <translation>Повторите пароль*:</translation>
    </message>
    <message>
        <source>After the change, every other sign-in of this account ends.</source>
        <translation>После смены пароля все остальные входы в эту учётную запись завершатся.</translation>
    </message>
    <message>
        <source>TomskRTS JSC:</source>
        <translation>АО «ТомскРТС»:</translation>
    </message>
    <message>
        <source>Tomskenergosbyt JSC:</source>
        <translation>АО «Томскэнергосбыт»:</translation>
    </message>
    <message>
        <source>Receive the mailings of TomskRTS JSC</source>
        <translation>Получать рассылку АО «ТомскРТС»</translation>
    </message>
    <message>
        <source>Receive the mailings of Tomskenergosbyt JSC</source>
        <translation>Получать рассылку АО «Томскэнергосбыт»</translation>
    </message>
    <message>
        <source>to the address:</source>
        <translation>на адрес:</translation>
    </message>
    <message>
        <source>Waiting for confirmation: %1</source>
        <translation>Ожидает подтверждения: %1</translation>
    </message>
    <message>
        <source>subscribed, %1</source>
        <translation>подписка оформлена, %1</translation>
    </message>
    <message>
        <source>not subscribed</source>
        <translation>не подписаны</translation>
    </message>
    <message>
        <source>Get the code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Закрыть без сохранения?</translation>
    </message>
    <message>
        <source>The changes you are making have not been saved.</source>
        <translation>Внесённые изменения не сохранены.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Access journal…</source>
        <translation>Журнал доступа…</translation>
    </message>
    <message>
        <source>When the contact centre opened your data and what it did</source>
        <translation>Когда контакт-центр открывал ваши данные и что делал</translation>
    </message>
</context>
<context>
    <name>lkk::ProfileEditor</name>
    <message>
        <source>This is your current e-mail</source>
        <translation>Это ваш текущий адрес электронной почты</translation>
    </message>
    <message>
        <source>Enter your current password</source>
        <translation>Введите текущий пароль</translation>
    </message>
</context>
<context>
    <name>lkk::ProfileSection</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>lkk::ReadingRules</name>
    <message>
        <source>Enter the reading.</source>
        <translation>Введите показание.</translation>
    </message>
    <message>
        <source>Digits only, with at most one decimal comma.</source>
        <translation>Только цифры и не более одной запятой.</translation>
    </message>
    <message>
        <source>At most %1 digits, without a fraction</source>
        <translation>Не более %1 цифр, без дробной части</translation>
    </message>
    <message>
        <source>At most %1 digits before the decimal point and %2 after it</source>
        <translation>Не более %1 цифр до запятой и %2 после</translation>
    </message>
    <message>
        <source>Consumption of %1 %2 is much higher than usual (%3 a month on average). Check the reading and confirm.</source>
        <translation>Расход %1 %2 намного больше обычного (в среднем %3 в месяц). Проверьте показание и подтвердите.</translation>
    </message>
    <message>
        <source>Readings of this meter are not accepted now.</source>
        <translation>Показания этого счётчика сейчас не принимаются.</translation>
    </message>
    <message>
        <source>The reading %1 is below the previous one, %2. If it is a typo, correct it; confirm only if the meter has run past its largest value and started again from zero.</source>
        <translation>Показание %1 меньше предыдущего, %2. Если это опечатка, исправьте его; подтверждайте, только если счётчик дошёл до наибольшего значения и начал отсчёт с нуля.</translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsFormat</name>
    <message>
        <source>T1 (day)</source>
        <translation>Т1 (день)</translation>
    </message>
    <message>
        <source>T2 (night)</source>
        <translation>Т2 (ночь)</translation>
    </message>
    <message>
        <source>T3 (peak)</source>
        <translation>Т3 (пик)</translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsHistoryModel</name>
    <message>
        <source>%1 - meter № %2</source>
        <translation>%1 - № ПУ %2</translation>
    </message>
    <message>
        <source>%1 - account № %2</source>
        <translation>%1 - № ЛС %2</translation>
    </message>
    <message>
        <source>Submitted by the customer</source>
        <translation>Переданы абонентом</translation>
    </message>
    <message>
        <source>Taken by an operator</source>
        <translation>Приняты оператором</translation>
    </message>
    <message>
        <source>Taken by an inspector</source>
        <translation>Сняты контролёром</translation>
    </message>
    <message>
        <source>Automatic metering</source>
        <translation>Автоматический учёт (АСКУЭ)</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Расчётные</translation>
    </message>
    <message>
        <source>No readings in the chosen period.</source>
        <translation>Нет показаний за выбранный период.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Counted in the bill for</source>
        <translation>Учтены в счёте за</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <source>Submitted by another customer linked to this account</source>
        <translation>Переданы другим пользователем, добавившим этот лицевой счёт</translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsHistoryPage</name>
    <message>
        <source>Could not load the readings: %1</source>
        <translation>Не удалось загрузить показания: %1</translation>
    </message>
    <message>
        <source>Monthly consumption, %1</source>
        <translation>Расход по месяцам, %1</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Meter:</source>
        <translation>Счётчик:</translation>
    </message>
</context>
<context>
    <name>lkk::ReadingsSubmitPage</name>
    <message>
        <source>Could not load the meters: %1</source>
        <translation>Не удалось загрузить счётчики: %1</translation>
    </message>
    <message>
        <source>Meter rollover</source>
        <translation>Переход счётчика через ноль</translation>
    </message>
    <message>
        <source>High consumption</source>
        <translation>Большой расход</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Waiting to be sent — it will be submitted when the server is reachable.</source>
        <translation>Ожидает отправки — будет передано, когда сервер станет доступен</translation>
    </message>
    <message>
        <source>Readings submitted successfully.</source>
        <translation>Показания успешно переданы.</translation>
    </message>
    <message>
        <source>Confirm and submit</source>
        <translation>Подтвердить и передать</translation>
    </message>
    <message>
        <source>Correct the reading</source>
        <translation>Исправить показание</translation>
    </message>
    <message>
        <source>‹ Meter readings for personal account %1</source>
        <translation>‹ Передача показаний по ЛС %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This account has no meters to submit readings for.</source>
        <translation>У этого лицевого счёта нет счётчиков для передачи показаний.</translation>
    </message>
    <message>
        <source>Submit all</source>
        <translation>Передать все</translation>
    </message>
</context>
<context>
    <name>lkk::ReasonDialog</name>
    <message>
        <source>Personal account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <source>&amp;Reason (what the caller asked for)</source>
        <translation>&amp;Причина (о чём просил клиент)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>For example: the caller dictated the reading by phone</source>
        <translation>Например: клиент продиктовал показания по телефону</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Enter the account number whose link lock to lift.</source>
        <translation>Введите номер лицевого счёта, с которого снять блокировку привязки.</translation>
    </message>
</context>
<context>
    <name>lkk::RecoveryCodesPage</name>
    <message>
        <source>Recovery codes of %1 for %2</source>
        <translation>Коды восстановления: %1, учётная запись %2</translation>
    </message>
    <message>
        <source>Each code signs you in once when the authenticator app is not at hand.</source>
        <translation>Каждый код позволяет войти один раз, когда приложения-аутентификатора нет под рукой.</translation>
    </message>
    <message>
        <source>The codes are copied. Paste them where you keep them safe.</source>
        <translation>Коды скопированы. Вставьте их туда, где они будут в сохранности.</translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation>Сохранить коды восстановления</translation>
    </message>
    <message>
        <source>recovery-codes</source>
        <translation>коды-восстановления</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <source>The codes are saved to %1.</source>
        <translation>Коды сохранены в файл %1.</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
    <message>
        <source>Sign-in confirmation is set up. If your phone is lost or not at hand, each of these codes signs you in once instead of the code from the app. They are shown only now: copy them or save them to a file, and keep them where others cannot see them.</source>
        <translation>Подтверждение входа настроено. Если телефона нет под рукой или он потерян, каждый из этих кодов один раз заменит код из приложения. Коды показываются только сейчас: скопируйте их или сохраните в файл и храните там, где их не увидят другие.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Скопировать</translation>
    </message>
    <message>
        <source>Save to &amp;file…</source>
        <translation>Сохранить в &amp;файл…</translation>
    </message>
    <message>
        <source>I have &amp;saved the codes</source>
        <translation>Я сохранил &amp;коды</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>lkk::RecoveryController</name>
    <message>
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation>Не удалось показать картинку. Загрузите другую.</translation>
    </message>
    <message>
        <source>Enter the digits from the picture</source>
        <translation>Введите цифры с картинки</translation>
    </message>
</context>
<context>
    <name>lkk::RecoveryDialog</name>
    <message>
        <source>If %1 is registered, a letter with a code has been sent to it. The code is valid for an hour.</source>
        <translation>Если адрес %1 зарегистрирован, на него отправлено письмо с кодом. Код действует один час.</translation>
    </message>
    <message>
        <source>Get the code</source>
        <translation>Получить код</translation>
    </message>
    <message>
        <source>Save the password</source>
        <translation>Сохранить пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Send the code again</source>
        <translation>Отправить код ещё раз</translation>
    </message>
    <message>
        <source>Send the code again (in %1:%2)</source>
        <translation>Отправить код ещё раз (через %1:%2)</translation>
    </message>
    <message>
        <source>A new code has been sent. Codes from earlier letters no longer work.</source>
        <translation>Новый код отправлен. Коды из прежних писем больше не действуют.</translation>
    </message>
    <message>
        <source>To get a new code, enter the digits from the picture and press «Get the code».</source>
        <translation>Чтобы получить новый код, введите цифры с картинки и нажмите «Получить код».</translation>
    </message>
</context>
<context>
    <name>lkk::RegistrationController</name>
    <message>
        <source>Accept the user agreement to register</source>
        <translation>Для регистрации примите пользовательское соглашение</translation>
    </message>
    <message>
        <source>The captcha picture could not be shown. Load another one.</source>
        <translation>Не удалось показать картинку. Загрузите другую.</translation>
    </message>
    <message>
        <source>Enter the digits from the picture</source>
        <translation>Введите цифры с картинки</translation>
    </message>
</context>
<context>
    <name>lkk::RegistrationWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>We sent the letter to %1 once more.</source>
        <translation>Мы ещё раз отправили письмо на %1.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указан</translation>
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
        <source>Contacts and password</source>
        <translation>Контакты и пароль</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>О себе</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Шаг %1 из 4: %2</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>We sent a letter with a confirmation code to %1. Enter the code from the letter or follow the link in it.</source>
        <translation>Мы отправили письмо с кодом подтверждения на %1. Введите код из письма или перейдите по ссылке в нём.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Send the letter again (in %1:%2)</source>
        <translation>Отправить письмо ещё раз (через %1:%2)</translation>
    </message>
    <message>
        <source>Send the letter again</source>
        <translation>Отправить письмо ещё раз</translation>
    </message>
    <message>
        <source>Stop the registration?</source>
        <translation>Прервать регистрацию?</translation>
    </message>
    <message>
        <source>What you have typed in the registration form will be lost.</source>
        <translation>Введённые в форму регистрации данные будут потеряны.</translation>
    </message>
    <message>
        <source>Stop the registration</source>
        <translation>Прервать регистрацию</translation>
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
    <message>
        <source>%1, %2 — %3, linked on %4</source>
        <translation>%1, %2 — %3, добавил(а) %4</translation>
    </message>
    <message>
        <source>Remove the user</source>
        <translation>Удалить пользователя</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this personal account? They will no longer see its bills, payments and readings.</source>
        <translation>Удалить пользователя %1 (%2) из этого лицевого счёта? Он больше не увидит его счета, платежи и показания.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Other users of this account</source>
        <translation>Другие пользователи лицевого счёта</translation>
    </message>
    <message>
        <source>The account&apos;s requisites have not been loaded yet.</source>
        <translation>Реквизиты лицевого счёта пока не загружены.</translation>
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
    <name>lkk::ScreenPop</name>
    <message>
        <source>The caller&apos;s phone number is empty.</source>
        <translation>Номер телефона звонящего пуст.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number: only digits, a leading «+», spaces, hyphens, dots and brackets are allowed.</source>
        <translation>«%1» — не номер телефона: допустимы только цифры, «+» в начале, пробелы, дефисы, точки и скобки.</translation>
    </message>
    <message>
        <source>«%1» is not a phone number: it has %2 digits, a number has 10 to 15.</source>
        <translation>«%1» — не номер телефона: цифр в нём — %2, а в номере их от 10 до 15.</translation>
    </message>
    <message>
        <source>«%1» is not an lkk:// link.</source>
        <translation>«%1» — не ссылка lkk://.</translation>
    </message>
    <message>
        <source>«%1» is not a caller link: the only link is lkk://caller?phone=NUMBER.</source>
        <translation>«%1» — не ссылка на звонящего: ссылка бывает только такой: lkk://caller?phone=НОМЕР.</translation>
    </message>
    <message>
        <source>«%1» is not a caller link: it needs exactly one phone=NUMBER.</source>
        <translation>«%1» — не ссылка на звонящего: в ней должен быть ровно один phone=НОМЕР.</translation>
    </message>
</context>
<context>
    <name>lkk::SecondFactorPage</name>
    <message>
        <source>The key is copied. Paste it into the authenticator app.</source>
        <translation>Ключ скопирован. Вставьте его в приложение-аутентификатор.</translation>
    </message>
    <message>
        <source>Set up sign-in confirmation</source>
        <translation>Настройка подтверждения входа</translation>
    </message>
    <message>
        <source>Sign-in confirmation</source>
        <translation>Подтверждение входа</translation>
    </message>
    <message>
        <source>Enter one of the recovery codes you saved when you set up sign-in confirmation. Each code works once.</source>
        <translation>Введите один из кодов восстановления, сохранённых при настройке подтверждения входа. Каждый код действует один раз.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the authenticator app on your phone.</source>
        <translation>Введите 6-значный код из приложения-аутентификатора на телефоне.</translation>
    </message>
    <message>
        <source>Can&apos;t scan the code? Enter this key in the app:</source>
        <translation>Не получается отсканировать? Введите в приложении этот ключ:</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>Ключ для приложения-аутентификатора</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-код для приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Скопировать ключ в буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Код &amp;восстановления</translation>
    </message>
    <message>
        <source>&amp;Code from the app</source>
        <translation>&amp;Код из приложения</translation>
    </message>
    <message>
        <source>xxxxx-xxxxx</source>
        <translation>xxxxx-xxxxx</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <source>Confirm and sign in</source>
        <translation>Подтвердить и войти</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Use the code from the app</source>
        <translation>Ввести код из приложения</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Your account has access to customers&apos; data, so a password alone does not sign you in. Scan this QR code with an authenticator app on your phone (for example, Yandex Key or Google Authenticator), then enter the 6-digit code it shows.</source>
        <translation>Ваша учётная запись открывает доступ к данным клиентов, поэтому одного пароля для входа недостаточно. Отсканируйте QR-код приложением-аутентификатором на телефоне (например, «Яндекс Ключ» или Google Authenticator) и введите 6-значный код, который оно покажет.</translation>
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
    <name>lkk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Go to the caller search field (from anywhere in the window)</source>
        <translation>Перейти к полю поиска клиента (из любого места окна)</translation>
    </message>
    <message>
        <source>Enter (in the search field)</source>
        <translation>Enter (в поле поиска)</translation>
    </message>
    <message>
        <source>Open the first caller found</source>
        <translation>Открыть первого найденного клиента</translation>
    </message>
    <message>
        <source>Down / Up (in the search field)</source>
        <translation>Вниз / Вверх (в поле поиска)</translation>
    </message>
    <message>
        <source>Move into the list of callers found and back</source>
        <translation>Перейти в список найденных клиентов и обратно</translation>
    </message>
    <message>
        <source>Enter (in the list)</source>
        <translation>Enter (в списке)</translation>
    </message>
    <message>
        <source>Open the chosen caller in a new tab</source>
        <translation>Открыть выбранного клиента в новой вкладке</translation>
    </message>
    <message>
        <source>Close the current caller&apos;s tab</source>
        <translation>Закрыть вкладку текущего клиента</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Следующая / предыдущая вкладка</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field or button, including the copy buttons</source>
        <translation>Следующее / предыдущее поле или кнопка, в том числе кнопки копирования</translation>
    </message>
    <message>
        <source>Space (on a copy button)</source>
        <translation>Пробел (на кнопке копирования)</translation>
    </message>
    <message>
        <source>Copy the figure beside it</source>
        <translation>Скопировать значение рядом с кнопкой</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + подчёркнутая буква</translation>
    </message>
    <message>
        <source>The caller&apos;s actions: readings, confirmation, sign-in lock, link lock</source>
        <translation>Действия для клиента: показания, письмо подтверждения, блокировка входа, блокировка привязки</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Appeals queue: refresh the queue</source>
        <translation>Очередь обращений: обновить очередь</translation>
    </message>
    <message>
        <source>Appeals queue: take the chosen appeal</source>
        <translation>Очередь обращений: взять выбранное обращение</translation>
    </message>
    <message>
        <source>Appeals queue: send the answer</source>
        <translation>Очередь обращений: отправить ответ</translation>
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
        <source>Sign in as EMAIL (password in LKK_BENCH_PASSWORD), time each step of a walk through every account and history tab, then quit.</source>
        <translation>Войти как EMAIL (пароль в LKK_BENCH_PASSWORD), замерить время каждого шага обхода всех счетов и вкладок истории и завершить работу.</translation>
    </message>
    <message>
        <source>Print the memory of an empty window once it is painted, then quit.</source>
        <translation>Вывести объём памяти пустого окна после его отрисовки и завершить работу.</translation>
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
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Неизвестный аргумент «%1».</translation>
    </message>
    <message>
        <source>Operators: find the caller with this phone number (in the running window when there is one).</source>
        <translation>Для операторов: найти звонящего по этому номеру телефона (в уже открытом окне, если оно есть).</translation>
    </message>
    <message>
        <source>An lkk://caller?phone=PHONE link (the same as --find-caller PHONE).</source>
        <translation>Ссылка lkk://caller?phone=ТЕЛЕФОН (то же, что --find-caller ТЕЛЕФОН).</translation>
    </message>
    <message>
        <source>Another lkk cannot hand its requests to this one: %1</source>
        <translation>Другой запуск lkk не сможет передать запрос этому: %1</translation>
    </message>
</context>
</TS>
