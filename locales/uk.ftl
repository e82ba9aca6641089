# The bot's texts in Ukrainian, translated from de.ftl (authoritative; en.ftl for reference).
# Polite address with capitalised Ви / Вас / Вам / Ваш. The office's people are «команда координації»
# (the coordination team), not a word for a woman or a man who coordinates. Terms: locales/GLOSSARY.md.
# Counts take Ukrainian plural forms: [one] 1, 21…; [few] 2–4, 22–24…; [many] 5–20, 25…; [other] fractions.
# Sent as Telegram HTML: <b>, <i>, <a href="…"> allowed; & < > as &amp; &lt; &gt;.
# The term -office is written in the genitive case, as it is only used after «бот» (start-welcome).

-office = команди координації громадської активності в роботі з біженцями при Соціальному відомстві (Sozialamt) міста Штутгарт

start-welcome =
    Вітаємо! Я — бот { -office }.
    Я відповідаю на запитання про громадську активність на користь біженців і разом із ними у Штутгарті – цілодобово – і зв’язую Вас із командою координації Соціального відомства.

    Хто Ви?
audience-volunteer = Я хочу допомагати
audience-company = Компанія / організація
audience-refugee = Я біженець / біженка
audience-curious = Я просто переглядаю

audience-intro-volunteer =
    <b>Чудово, що Ви хочете долучитися!</b>
    У Штутгарті є кола друзів біженців, ініціативи та проєкти, у яких волонтери супроводжують біженців – наприклад, через наставництво та кураторство, у повсякденному житті, з мовою або з професійним навчанням і роботою.
audience-intro-company =
    <b>Вітаємо!</b>
    Соціальне відомство консультує організації та компанії й співпрацює з компаніями та фондами, щоб зміцнювати громадську активність у роботі з біженцями.
audience-intro-refugee =
    <b>Вітаємо!</b>
    Тут Ви дізнаєтеся, де у Штутгарті волонтери супроводжують і підтримують біженців – і як Ви самі можете долучитися.
audience-intro-curious =
    <b>Вітаємо!</b>
    Тут Ви дізнаєтеся, як мешканці Штутгарта долучаються до підтримки біженців і що для цього пропонує Соціальне відомство.

menu-home = « Головна сторінка


help =
    <b>Як мною користуватися</b>
    /start – Головна сторінка: оберіть, хто Ви, і перегляньте відповідні теми.
    /language – Вибір мови (Deutsch, English, ⁨العربية⁩, ⁨فارسی / دری⁩, Українська).
    /privacy – Що я зберігаю, навіщо, як довго і як Ви можете це видалити.
    /enquiry – Надіслати запит команді координації.
    /my – Ваші запити та їхній стан.
    /mydata – Переглянути всі дані, збережені про Вас.
    /deletemydata – Видалити всі дані, збережені про Вас.
    /help – Цей огляд.

language-choose = Будь ласка, оберіть свою мову:
language-saved = Відтепер я писатиму Вам українською.

privacy =
    <b>Захист даних</b>
    <b>Що я зберігаю:</b> Якщо Ви оберете мову командою /language – Ваш ідентифікатор користувача Telegram (ID) і цю мову. Якщо Ви надішлете запит команді координації – Ваш ідентифікатор користувача Telegram, Ваші дані (хто Ви, тема, район міста, мова, контакт, Ваше питання та вкладення) та історію запиту. Поки Ви нічого не обрали й ні про що не запитали, я нічого про Вас не зберігаю.
    <b>Навіщо:</b> щоб відповідати Вам Вашою мовою і щоб команда координації Соціального відомства могла відповісти на Ваш запит. Дані, які Ви вводите для запиту, я зберігаю лише після Вашої згоди.
    <b>Як довго:</b> Розпочатий, але не надісланий запит видаляється через { $draftHours ->
        [one] { $draftHours } годину
        [few] { $draftHours } години
       *[many] { $draftHours } годин
        [other] { $draftHours } години
    }. Завершені або відкликані запити видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
        [other] { $days } дня
    } після цього. Ваш вибір мови – доки Ви його не видалите.
    <b>Технічно:</b> Для кожного вхідного повідомлення я зберігаю протягом 2 днів лише його порядковий номер (без змісту), щоб повідомлення, доставлене двічі, не оброблялося двічі. Запитання, на які не знайшлося відповіді, ми лише підраховуємо за темами, без тексту. У наших журналах (логах) немає імен, контактних даних чи текстів повідомлень.
    <b>Ваші права:</b> /mydata надсилає Вам файлом усе, що про Вас збережено; /deletemydata це видаляє.
    Відповідальний за обробку даних: місто Штутгарт (Landeshauptstadt Stuttgart), Соціальне відомство (Sozialamt).

mydata-none = Про Вас нічого не збережено.
mydata-intro = Ось усе, що про Вас збережено:
deletemydata-confirm = Ви справді хочете видалити всі дані, збережені про Вас? Цю дію неможливо скасувати.
deletemydata-yes = Так, видалити все
deletemydata-no = Ні, скасувати
deletemydata-done = Готово: про Вас більше нічого не збережено.
deletemydata-cancelled = Скасовано – нічого не видалено.

unknown-message =
    На жаль, мені це незрозуміло.
    Я допомагаю інформацією про громадську активність у роботі з біженцями у Штутгарті. Оберіть нижче, хто Ви, або напишіть /help.
unsupported-message =
    На жаль, з таким видом повідомлень я не можу працювати. Будь ласка, надішліть мені текст або скористайтеся кнопками.
button-outdated = Ця кнопка застаріла.

error-apology =
    Перепрошую, у мене щось пішло не так. Будь ласка, спробуйте ще раз трохи згодом або напишіть /start.

language-name-de = Deutsch
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی / دری
language-name-uk = Українська

# Command descriptions in the Telegram menu (setMyCommands; at most 256 characters).
command-start = Головна сторінка
command-help = Що я вмію
command-language = Вибрати мову
command-enquiry = Запит до команди координації
command-my = Мої запити
command-privacy = Захист даних: що я зберігаю
command-mydata = Переглянути мої збережені дані
command-deletemydata = Видалити мої дані

# Knowledge base: topic menus, answers, free-text questions
topic-get-involved = Долучитися й допомагати
topic-friend-circles = Кола друзів біженців та ініціативи
topic-offers = Що пропонує Соціальне відомство
topic-projects = Проєкти
topic-education = Освіта та підвищення кваліфікації
topic-companies = Компанії та фонди
topic-refugees-volunteering = Долучайтеся самі
topic-support-for-refugees = Підтримка для біженців
topics-choose = Оберіть тему:
topic-entries-choose = Що Ви хочете дізнатися?
menu-back = « Назад
menu-topics = Теми
answer-as-of = Станом на { $date }
answer-source = Джерело
answer-did-it-help = Це було корисно?
answer-helpful-yes = 👍 Так
answer-helpful-no = 👎 Ні
answer-language-fallback = Ця відповідь ще недоступна українською мовою; ось вона англійською.
feedback-thanks = Дякуємо за Ваш відгук!
feedback-sorry =
    Шкода, що це Вам не допомогло. Команда координації може відповісти Вам особисто.
talk-to-coordinator = Поговорити з командою координації
no-match =
    На жаль, я не маю на це надійної відповіді, а казати Вам щось неправильне я не хочу.
    Команда координації може допомогти Вам особисто – або перегляньте теми.
smalltalk-greeting = Вітаю! Приємно, що Ви пишете. Поставте мені своє запитання або оберіть нижче, хто Ви.
smalltalk-thanks = Прошу! Якщо у Вас є ще запитання, просто напишіть мені.

# Friend circles and initiatives near you
directory-button = 📍 У моєму районі
directory-choose-district = У якому районі міста Ви шукаєте?
directory-heading = Кола друзів біженців та ініціативи в районі { $district }
directory-kind-friend-circle = Коло друзів біженців (Freundeskreis)
directory-kind-initiative = Ініціатива
directory-website = Вебсайт
directory-more = … і ще { $count }. Усі їх Ви знайдете в переліках міста.
directory-none-in-district = Для району { $district } тут ще не внесено жодного кола друзів біженців чи ініціативи. Усі їх Ви знайдете в переліках міста:
directory-not-loaded = Перелік за районами міста тут ще не додано. Усі кола друзів біженців та ініціативи Ви знайдете в переліках міста:

# Dates for "as of"; always with the digits 0-9. After a day the month is in the genitive
# («3 грудня 2026»), chosen by $monthNumber; alone with a year it stays nominative («грудень 2018»).
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $monthNumber ->
        [1] січня
        [2] лютого
        [3] березня
        [4] квітня
        [5] травня
        [6] червня
        [7] липня
        [8] серпня
        [9] вересня
        [10] жовтня
        [11] листопада
       *[12] грудня
    } { $year }
date-time = { $date }, { $time }
month-1 = січень
month-2 = лютий
month-3 = березень
month-4 = квітень
month-5 = травень
month-6 = червень
month-7 = липень
month-8 = серпень
month-9 = вересень
month-10 = жовтень
month-11 = листопад
month-12 = грудень

# Enquiry to the coordination team (dialogue)
enquiry-step-type = <b>Запит до команди координації</b>
    Хто Ви?
enquiry-type-volunteer = Я хочу долучитися
enquiry-type-company = Компанія / організація
enquiry-type-refugee = Я біженець / біженка
enquiry-type-other = Інше
enquiry-step-topic = Чого стосується Ваш запит?
enquiry-topic-other = Інша тема
enquiry-step-company = Як називається Ваша компанія чи організація?
enquiry-step-cooperation = Яку співпрацю Ви маєте на увазі? Опишіть її одним-двома реченнями.
enquiry-step-district = У якому районі міста? (за бажанням)
enquiry-district-skip = Пропустити
enquiry-step-language = Якою мовою Ви хочете отримати відповідь?
enquiry-step-contact = Як нам з Вами зв’язатися?
enquiry-contact-telegram = Тут, у цьому чаті
enquiry-contact-email = Електронною поштою
enquiry-contact-phone = Телефоном
enquiry-step-contact-email = Будь ласка, напишіть свою адресу електронної пошти.
enquiry-step-contact-phone = Будь ласка, напишіть свій номер телефону.
enquiry-step-question = Будь ласка, опишіть своє питання власними словами (не більше { $max ->
        [one] { $max } символу
       *[other] { $max } символів
    }). Ви також можете додати фото або документ.
enquiry-step-question-carried = Ваше попереднє запитання:
enquiry-question-keep = Використати це запитання
enquiry-attachment-added = Вкладення збережено ({ $count }). Тепер напишіть, будь ласка, своє питання.
enquiry-step-consent =
    <b>Перш ніж почати:</b> Ми зберігаємо Ваші дані, які Ви введете (хто Ви, тема, район міста, мова, контакт, Ваше питання та вкладення) та історію запиту, щоб команда координації Соціального відомства могла Вам відповісти. Після завершення або відкликання запиту дані видаляються через { $days ->
        [one] { $days } день
        [few] { $days } дні
       *[many] { $days } днів
        [other] { $days } дня
    }. Докладніше: /privacy
    Ви погоджуєтеся?
enquiry-consent-yes = Так, я погоджуюся
enquiry-step-summary = <b>Будь ласка, перевірте свій запит:</b>
enquiry-summary-type = Хто
enquiry-summary-topic = Тема
enquiry-summary-company = Компанія
enquiry-summary-cooperation = Співпраця
enquiry-summary-district = Район міста
enquiry-summary-no-district = не вказано
enquiry-summary-language = Мова
enquiry-summary-contact = Контакт
enquiry-summary-question = Питання
enquiry-summary-attachments = Вкладення
enquiry-send = ✅ Надіслати
enquiry-correct = ✏️ Щось змінити
enquiry-correct-choose = Що Ви хочете змінити?
enquiry-back = « Назад
enquiry-cancel = Скасувати
enquiry-cancelled = Запит скасовано; нічого не збережено.
enquiry-resume = Ви почали запит, але ще не надіслали його. Бажаєте продовжити?
enquiry-resume-continue = Продовжити
enquiry-resume-restart = Почати заново
enquiry-sent =
    <b>Дякуємо! Ваш запит { $reference } отримано.</b>
    Команда координації Соціального відомства зв’яжеться з Вами – тут, у чаті, або так, як Ви побажали. Командою /my Ви можете переглянути стан своїх запитів.
enquiry-sent-hours = Відповіді надаються в робочі години: { $hours }.
office-hours = { $firstDay }–{ $lastDay }, { $opens }–{ $closes }
office-hours-one-day = { $firstDay }, { $opens }–{ $closes }
weekday-1 = пн
weekday-2 = вт
weekday-3 = ср
weekday-4 = чт
weekday-5 = пт
weekday-6 = сб
weekday-7 = нд
enquiry-limit-open = У Вас уже { $max ->
        [one] { $max } відкритий запит
       *[few] { $max } відкриті запити
        [many] { $max } відкритих запитів
        [other] { $max } відкритого запиту
    }. Будь ласка, дочекайтеся відповіді або відкличте один із них командою /my.
enquiry-limit-daily = Сьогодні Ви вже надіслали кілька запитів. Будь ласка, спробуйте знову завтра.
enquiry-hint-use-buttons = Будь ласка, оберіть одну з кнопок.
enquiry-hint-empty = Повідомлення було порожнім.
enquiry-hint-too-long = Текст задовгий. Будь ласка, скоротіть його.
enquiry-hint-invalid-email = Це не схоже на адресу електронної пошти (приклад: name@example.org).
enquiry-hint-invalid-phone = Це не схоже на номер телефону (приклад: 0711 123456).
enquiry-hint-unsupported-media = Такий тип вкладення я не можу зберегти. Будь ласка, надішліть текст, фото або документ.
enquiry-hint-too-many-attachments = Більше вкладень до одного запиту додати не можна.
enquiry-outdated = Ця кнопка належить до попереднього кроку. Ось поточний:

# My enquiries
my-none = У Вас немає запитів. Надіслати запит можна командою /enquiry.
my-list = <b>Ваші запити</b>
my-status-new = отримано
my-status-assigned = опрацьовується
my-status-waiting_for_enquirer = очікує на Вашу відповідь
my-status-answered = надано відповідь
my-status-closed = завершено
my-status-withdrawn = відкликано
my-history = <b>Запит { $reference }</b> – { $status }
my-event-created = Ваш запит
my-event-message-from-enquirer = Ваше доповнення
my-event-message-from-coordinator = Відповідь Соціального відомства
my-event-status-changed = Новий стан
my-add = Доповнити інформацію
my-withdraw = Відкликати запит
my-add-prompt = Напишіть, що Ви хочете додати до запиту { $reference }.
my-added = Додано до запиту { $reference }.
my-withdraw-confirm = Ви справді хочете відкликати запит { $reference }?
my-withdraw-yes = Так, відкликати
my-withdrawn = Запит { $reference } відкликано.
my-not-open = Цей запит завершено, і його більше не можна змінити.
my-history-older = « Старіші
my-history-newer = Новіші »
my-history-page = <i>Сторінка { $page } з { $pages }, спершу найновіші</i>
my-history-shortened = <i>(скорочено; повністю у Вашому чаті та через /mydata)</i>
my-write-again = Написати ще раз
my-add-prompt-ended = Запит { $reference } завершено. Те, що Ви напишете зараз, отримає команда координації; вона вирішить, чи відкрити запит знову.
my-added-after-end = Запит { $reference } уже було завершено. Ми передали Ваше повідомлення команді координації; вона може відкрити запит знову. Для нового звернення: /enquiry
my-added-not-posted = Ваше повідомлення збережено в запиті { $reference }, але зараз його не вдалося показати команді координації. Вона побачить його в історії запиту.
my-changed-meanwhile = Запит { $reference } тим часом змінився (стан зараз: { $status }). Нічого не відкликано; /my показує поточний стан.
enquiry-status-notice = Новий стан Вашого запиту { $reference }: { $status }.

# The coordination team's messages to the person
relay-from-coordinator = <b>{ $name } (Соціальне відомство Штутгарта):</b>
relay-reply = Відповісти
reminder-enquirer = Ваш запит { $reference } не забуто. Команда координації зв’яжеться з Вами якнайшвидше.
rating-question = Наскільки Ви задоволені відповіддю на Ваш запит { $reference }? (1 = зовсім ні, 5 = дуже)
rating-thanks = Дякуємо за Вашу оцінку!
relay-original-german = Оригінальний текст (німецькою):
enquiry-sent-closed = Зараз офіс зачинено. Наступні години роботи починаються { $date } о { $time }.

# Shown by Telegram before Start (setMyDescription, setMyShortDescription).
bot-description = Відповіді Соціального відомства Штутгарта про громадську активність у допомозі біженцям: кола друзів біженців, наставництво та кураторство, супровід у повсякденному житті, мовна допомога, навчання, співпраця з компаніями. Німецькою, англійською, арабською, фарсі/дарі та українською. Хто потребує живої людини, тут зв’яжеться з командою координації.
bot-short-description = Участь у допомозі біженцям у Штутгарті: відповіді та зв’язок із командою координації Соціального відомства.
