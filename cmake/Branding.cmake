# One place for the product's identity: it feeds branding.h, the .desktop file, AppStream
# metadata and the installers.
set(LKK_VERSION 0.1.0)
set(LKK_APP_ID "ru.tomskenergosbyt.lkk")
set(LKK_APP_NAME "LKK Desktop")
set(LKK_ORG_NAME "Tomskenergosbyt")
set(LKK_ORG_DOMAIN "tomskenergosbyt.ru")
set(LKK_DESCRIPTION "Personal cabinet of Tomskenergosbyt customers")
set(LKK_SUPPORT_PHONE "+7 (3822) 75-00-75")
