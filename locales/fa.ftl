# The bot's texts in Farsi / Dari (one file for both), translated from de.ftl (authoritative; en.ftl for reference).
# Most readers are Afghan: words are Dari where Dari and Iranian Persian differ (Gregorian month
# names as Afghans write them, نهاد مدنی for "Initiative"), and still understood in Iran. Polite
# address with شما; the office's people are "تیم هماهنگی" (the coordination team). Terms:
# locales/GLOSSARY.md. A count needs no plural form here: the noun after a number stays singular.
# Sent as Telegram HTML: <b>, <i>, <a href="…"> allowed; & < > as &amp; &lt; &gt;.
# Right to left: every line starts with Persian text, each slash command is preceded by a
# left-to-right mark (U+200E) so that the "/" stays in front of the command, and Latin or Cyrillic
# words in a Persian list are isolated (U+2068 … U+2069) so that the list keeps its order.

-office = تیم هماهنگی فعالیت‌های داوطلبانه برای پناهندگان در اداره امور اجتماعی (Sozialamt) شهر اشتوتگارت

start-welcome =
    خوش آمدید! من ربات { -office } هستم.
    من به سؤال‌ها در مورد فعالیت داوطلبانه برای پناهندگان و همراه با آن‌ها در اشتوتگارت پاسخ می‌دهم – به‌صورت شبانه‌روزی – و شما را با تیم هماهنگی اداره امور اجتماعی در تماس قرار می‌دهم.

    شما چه کسی هستید؟
audience-volunteer = می‌خواهم کمک کنم
audience-company = شرکت / سازمان
audience-refugee = من پناهنده هستم
audience-curious = فقط نگاه می‌کنم

audience-intro-volunteer =
    <b>چه خوب که می‌خواهید مشارکت کنید!</b>
    در اشتوتگارت حلقه‌های دوستان پناهندگان، نهادهای مدنی و پروژه‌هایی وجود دارند که در آن‌ها داوطلبان پناهندگان را همراهی می‌کنند – برای مثال با منتورشیپ و حمایت شخصی، در زندگی روزمره، در یادگیری زبان یا در آموزش حرفه‌ای و کار.
audience-intro-company =
    <b>خوش آمدید!</b>
    اداره امور اجتماعی به سازمان‌ها و شرکت‌ها مشاوره می‌دهد و با شرکت‌ها و بنیادها همکاری می‌کند تا فعالیت داوطلبانه برای پناهندگان تقویت شود.
audience-intro-refugee =
    <b>خوش آمدید!</b>
    در اینجا می‌توانید بدانید که داوطلبان در اشتوتگارت در کجا پناهندگان را همراهی و حمایت می‌کنند – و خودتان چگونه می‌توانید مشارکت کنید.
audience-intro-curious =
    <b>خوش آمدید!</b>
    در اینجا می‌توانید بدانید که شهروندان در اشتوتگارت چگونه برای پناهندگان فعالیت می‌کنند و اداره امور اجتماعی برای این کار چه چیزهایی ارائه می‌دهد.

menu-home = « صفحه اصلی


help =
    <b>این‌طور می‌توانید از من استفاده کنید</b>
    صفحه اصلی – انتخاب کنید که چه کسی هستید و موضوعات مناسب را ببینید: ‎/start
    انتخاب زبان – ⁨Deutsch⁩، ⁨English⁩، العربية، فارسی / دری، ⁨Українська⁩: ‎/language
    چه چیزی را ذخیره می‌کنم، چرا، تا چه مدت، و چگونه می‌توانید آن را حذف کنید: ‎/privacy
    فرستادن درخواست به تیم هماهنگی: ‎/enquiry
    درخواست‌های شما و وضعیت آن‌ها: ‎/my
    دیدن همه اطلاعاتی که درباره شما ذخیره شده است: ‎/mydata
    حذف همه اطلاعاتی که درباره شما ذخیره شده است: ‎/deletemydata
    همین فهرست: ‎/help

language-choose = لطفاً زبان خود را انتخاب کنید:
language-saved = از این به بعد به زبان فارسی / دری برای شما می‌نویسم.

privacy =
    <b>حفاظت از اطلاعات شخصی</b>
    <b>چه چیزی را ذخیره می‌کنم:</b> وقتی با دستور ‎/language زبانی را انتخاب می‌کنید، شناسه کاربری (ID) تلگرام شما و همان زبان را ذخیره می‌کنم. وقتی برای تیم هماهنگی درخواستی می‌فرستید، شناسه کاربری تلگرام شما، اطلاعاتی که وارد کرده‌اید (اینکه چه کسی هستید، موضوع، منطقه شهر، زبان، راه تماس، متن درخواست و پیوست‌ها) و سابقه درخواست را ذخیره می‌کنم. تا وقتی که چیزی انتخاب نکرده‌اید و درخواستی نفرستاده‌اید، هیچ چیزی درباره شما ذخیره نمی‌کنم.
    <b>چرا:</b> تا به زبان خودتان به شما پاسخ دهم و تیم هماهنگی اداره امور اجتماعی بتواند به درخواست شما پاسخ دهد. اطلاعاتی را که برای یک درخواست وارد می‌کنید، فقط پس از موافقت شما ذخیره می‌کنم.
    <b>تا چه مدت:</b> درخواستی که شروع کرده‌اید ولی نفرستاده‌اید، پس از { $draftHours } ساعت حذف می‌شود. درخواست‌هایی که بسته شده‌اند یا آن‌ها را پس گرفته‌اید، { $days } روز بعد از آن حذف می‌شوند. انتخاب زبان شما، تا وقتی که آن را حذف کنید.
    <b>از نظر فنی:</b> برای هر پیام دریافتی، فقط شماره ترتیبی آن را (بدون محتوای پیام) به مدت 2 روز نگه می‌دارم تا اگر پیامی دو بار برسد، دو بار پردازش نشود. سؤال‌هایی را که نتوانستم به آن‌ها پاسخ دهم، فقط بر اساس موضوع و بدون متن می‌شماریم. در گزارش‌های سیستمی ما هیچ نام، اطلاعات تماس یا متن پیامی وجود ندارد.
    <b>حقوق شما:</b> دستور ‎/mydata همه چیزهایی را که درباره شما ذخیره شده است، به‌صورت یک فایل برایتان می‌فرستد؛ دستور ‎/deletemydata آن‌ها را حذف می‌کند.
    نهاد مسئول: شهر اشتوتگارت (Landeshauptstadt Stuttgart)، اداره امور اجتماعی (Sozialamt).

mydata-none = هیچ چیزی درباره شما ذخیره نشده است.
mydata-intro = این همه چیزهایی است که درباره شما ذخیره شده است:
deletemydata-confirm = آیا واقعاً می‌خواهید همه اطلاعاتی را که درباره شما ذخیره شده است حذف کنید؟ این کار قابل بازگشت نیست.
deletemydata-yes = بله، همه را حذف کن
deletemydata-no = نه، لغو
deletemydata-done = انجام شد: دیگر هیچ چیزی درباره شما ذخیره نشده است.
deletemydata-cancelled = لغو شد – چیزی حذف نشد.

unknown-message =
    متأسفانه این را متوجه نشدم.
    من با اطلاعاتی در مورد فعالیت داوطلبانه برای پناهندگان در اشتوتگارت به شما کمک می‌کنم. در پایین انتخاب کنید که چه کسی هستید، یا ‎/help را بنویسید.
unsupported-message =
    متأسفانه با این نوع پیام کاری از من ساخته نیست. لطفاً برایم متن بنویسید یا از دکمه‌ها استفاده کنید.
button-outdated = این دکمه قدیمی شده است.

error-apology =
    ببخشید، همین حالا مشکلی برایم پیش آمد. لطفاً کمی بعد دوباره امتحان کنید یا ‎/start را بنویسید.

language-name-de = Deutsch
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی / دری
language-name-uk = Українська

# Command descriptions in the Telegram menu (setMyCommands; at most 256 characters).
command-start = صفحه اصلی
command-help = کارهایی که می‌توانم انجام دهم
command-language = انتخاب زبان
command-enquiry = فرستادن درخواست به تیم هماهنگی
command-my = درخواست‌های من
command-privacy = حفاظت از اطلاعات شخصی: چه چیزی ذخیره می‌کنم
command-mydata = دیدن اطلاعات ذخیره‌شده من
command-deletemydata = حذف اطلاعات من

# Knowledge base: topic menus, answers, free-text questions
topic-get-involved = مشارکت و کمک
topic-friend-circles = حلقه‌های دوستان پناهندگان و نهادهای مدنی
topic-offers = خدمات اداره امور اجتماعی
topic-projects = پروژه‌ها
topic-education = آموزش و کسب مهارت
topic-companies = شرکت‌ها و بنیادها
topic-refugees-volunteering = خودتان فعال شوید
topic-support-for-refugees = حمایت از پناهندگان
topics-choose = یک موضوع را انتخاب کنید:
topic-entries-choose = چه چیزی می‌خواهید بدانید؟
menu-back = « بازگشت
menu-topics = موضوعات
answer-as-of = تاریخ اطلاعات: { $date }
answer-source = منبع
answer-did-it-help = آیا این برای شما مفید بود؟
answer-helpful-yes = 👍 بله
answer-helpful-no = 👎 نه
answer-language-fallback = این پاسخ هنوز به زبان فارسی / دری موجود نیست؛ در اینجا آن را به زبان انگلیسی می‌بینید.
feedback-thanks = از نظر شما سپاسگزاریم!
feedback-sorry =
    متأسفیم که این به شما کمکی نکرد. تیم هماهنگی می‌تواند شخصاً به شما پاسخ دهد.
talk-to-coordinator = صحبت با تیم هماهنگی
no-match =
    متأسفانه برای این سؤال پاسخ مطمئنی ندارم و نمی‌خواهم چیز نادرستی به شما بگویم.
    تیم هماهنگی می‌تواند شخصاً به شما کمک کند – یا نگاهی به موضوعات بیندازید.
smalltalk-greeting = سلام! خوشحالم که برایم می‌نویسید. سؤال خود را از من بپرسید یا در پایین انتخاب کنید که چه کسی هستید.
smalltalk-thanks = خواهش می‌کنم! اگر سؤال دیگری دارید، کافی است برایم بنویسید.

# Friend circles and initiatives near you
directory-button = 📍 در منطقه من
directory-choose-district = در کدام منطقه شهر جستجو می‌کنید؟
directory-heading = حلقه‌های دوستان پناهندگان و نهادهای مدنی در { $district }
directory-kind-friend-circle = حلقه دوستان پناهندگان (Freundeskreis)
directory-kind-initiative = نهاد مدنی (Initiative)
directory-website = وب‌سایت
directory-more = … و { $count } مورد دیگر. همه آن‌ها را در فهرست‌های شهر پیدا می‌کنید.
directory-none-in-district = برای { $district } هنوز هیچ حلقه دوستان پناهندگان یا نهاد مدنی در اینجا ثبت نشده است. همه آن‌ها را در فهرست‌های شهر پیدا می‌کنید:
directory-not-loaded = فهرستی به تفکیک مناطق شهر هنوز در اینجا ثبت نشده است. همه حلقه‌های دوستان پناهندگان و نهادهای مدنی را در فهرست‌های شهر پیدا می‌کنید:

# Dates for "as of"; always with the digits 0-9. Gregorian months as written in Afghanistan (from
# the English names), not the Iranian ones (from the French: ژانویه، فوریه…).
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
date-time = { $date }، ساعت { $time }
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# Enquiry to the coordination team (dialogue)
enquiry-step-type = <b>درخواست به تیم هماهنگی</b>
    شما چه کسی هستید؟
enquiry-type-volunteer = می‌خواهم مشارکت کنم
enquiry-type-company = شرکت / سازمان
enquiry-type-refugee = من پناهنده هستم
enquiry-type-other = چیز دیگری
enquiry-step-topic = درخواست شما درباره چیست؟
enquiry-topic-other = موضوع دیگری
enquiry-step-company = نام شرکت یا سازمان شما چیست؟
enquiry-step-cooperation = به چه نوع همکاری‌ای فکر می‌کنید؟ آن را در یکی دو جمله بنویسید.
enquiry-step-district = در کدام منطقه شهر؟ (اختیاری)
enquiry-district-skip = رد شدن از این مرحله
enquiry-step-language = پاسخ را به چه زبانی می‌خواهید؟
enquiry-step-contact = از چه راهی با شما تماس بگیریم؟
enquiry-contact-telegram = همین‌جا در این گفتگو
enquiry-contact-email = از طریق ایمیل
enquiry-contact-phone = از طریق تلفن
enquiry-step-contact-email = لطفاً آدرس ایمیل خود را بنویسید.
enquiry-step-contact-phone = لطفاً شماره تلفن خود را بنویسید.
enquiry-step-question = لطفاً درخواست خود را با کلمات خودتان بنویسید (حداکثر { $max } حرف). می‌توانید یک عکس یا سند هم پیوست کنید.
enquiry-step-question-carried = سؤال قبلی شما:
enquiry-question-keep = استفاده از همین سؤال
enquiry-attachment-added = پیوست ذخیره شد ({ $count }). حالا درخواست خود را بنویسید.
enquiry-step-consent =
    <b>پیش از شروع:</b> ما اطلاعاتی را که وارد خواهید کرد (اینکه چه کسی هستید، موضوع، منطقه شهر، زبان، راه تماس، متن درخواست و پیوست‌ها) و سابقه درخواست را ذخیره می‌کنیم تا تیم هماهنگی اداره امور اجتماعی بتواند به شما پاسخ دهد. پس از بسته شدن یا پس گرفتن درخواست، این اطلاعات بعد از { $days } روز حذف می‌شوند. اطلاعات بیشتر: ‎/privacy
    آیا موافق هستید؟
enquiry-consent-yes = بله، موافقم
enquiry-step-summary = <b>لطفاً درخواست خود را بررسی کنید:</b>
enquiry-summary-type = چه کسی
enquiry-summary-topic = موضوع
enquiry-summary-company = شرکت
enquiry-summary-cooperation = همکاری
enquiry-summary-district = منطقه شهر
enquiry-summary-no-district = مشخص نشده
enquiry-summary-language = زبان
enquiry-summary-contact = راه تماس
enquiry-summary-question = متن درخواست
enquiry-summary-attachments = پیوست‌ها
enquiry-send = ✅ فرستادن
enquiry-correct = ✏️ تغییر چیزی
enquiry-correct-choose = چه چیزی را می‌خواهید تغییر دهید؟
enquiry-back = « بازگشت
enquiry-cancel = لغو
enquiry-cancelled = درخواست لغو شد؛ هیچ چیزی ذخیره نشد.
enquiry-resume = شما یک درخواست را شروع کرده‌اید، اما هنوز آن را نفرستاده‌اید. آیا می‌خواهید ادامه دهید؟
enquiry-resume-continue = ادامه
enquiry-resume-restart = شروع دوباره
enquiry-sent =
    <b>سپاسگزاریم! درخواست شما با شماره { $reference } به دست ما رسید.</b>
    تیم هماهنگی اداره امور اجتماعی با شما تماس می‌گیرد – همین‌جا در گفتگو یا به روشی که خواسته‌اید. با دستور ‎/my می‌توانید وضعیت درخواست‌های خود را ببینید.
enquiry-sent-hours = پاسخ‌ها در ساعات کاری اداره داده می‌شوند: { $hours }.
office-hours = از { $firstDay } تا { $lastDay }، ساعت ⁦{ $opens }⁩ تا ⁦{ $closes }⁩
office-hours-one-day = { $firstDay }، ساعت ⁦{ $opens }⁩ تا ⁦{ $closes }⁩
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
enquiry-limit-open = شما همین حالا { $max } درخواست باز دارید. لطفاً منتظر پاسخ بمانید یا یکی از آن‌ها را با دستور ‎/my پس بگیرید.
enquiry-limit-daily = شما امروز چند درخواست فرستاده‌اید. لطفاً فردا دوباره امتحان کنید.
enquiry-hint-use-buttons = لطفاً یکی از دکمه‌ها را انتخاب کنید.
enquiry-hint-empty = پیام خالی بود.
enquiry-hint-too-long = این متن خیلی طولانی است. لطفاً آن را کوتاه‌تر کنید.
enquiry-hint-invalid-email = این به نظر آدرس ایمیل نمی‌آید (مثال: name@example.org).
enquiry-hint-invalid-phone = این به نظر شماره تلفن نمی‌آید (مثال: ‎0711 123456).
enquiry-hint-unsupported-media = این نوع پیوست را نمی‌توانم ذخیره کنم. لطفاً متن، عکس یا سند بفرستید.
enquiry-hint-too-many-attachments = پیوست بیشتری در یک درخواست جا نمی‌شود.
enquiry-outdated = این دکمه مربوط به یک مرحله قبلی است. مرحله فعلی این است:

# My enquiries
my-none = شما هیچ درخواستی ندارید. با دستور ‎/enquiry می‌توانید درخواستی بفرستید.
my-list = <b>درخواست‌های شما</b>
my-status-new = دریافت شده
my-status-assigned = در حال رسیدگی
my-status-waiting_for_enquirer = در انتظار پاسخ شما
my-status-answered = پاسخ داده شده
my-status-closed = بسته شده
my-status-withdrawn = پس گرفته شده
my-history = <b>درخواست { $reference }</b> – { $status }
my-event-created = درخواست شما
my-event-message-from-enquirer = توضیحات تکمیلی شما
my-event-message-from-coordinator = پاسخ اداره امور اجتماعی
my-event-status-changed = وضعیت جدید
my-add = افزودن اطلاعات
my-withdraw = پس گرفتن درخواست
my-add-prompt = بنویسید که چه چیزی را می‌خواهید به درخواست { $reference } اضافه کنید.
my-added = به درخواست { $reference } اضافه شد.
my-withdraw-confirm = آیا واقعاً می‌خواهید درخواست { $reference } را پس بگیرید؟
my-withdraw-yes = بله، پس بگیر
my-withdrawn = درخواست { $reference } پس گرفته شد.
my-not-open = این درخواست بسته شده است و دیگر نمی‌توان آن را تغییر داد.
my-history-older = « قدیمی‌تر
my-history-newer = جدیدتر »
my-history-page = <i>صفحه { $page } از { $pages }، جدیدترین اول</i>
my-history-shortened = <i>(کوتاه شده؛ متن کامل در گفتگوی شما و با ‎/mydata)</i>
my-write-again = دوباره نوشتن
my-add-prompt-ended = درخواست { $reference } بسته شده است. آنچه اکنون می‌نویسید به تیم هماهنگی می‌رسد و آن‌ها تصمیم می‌گیرند که درخواست دوباره باز شود یا نه.
my-added-after-end = درخواست { $reference } قبلاً بسته شده بود. پیام شما را به تیم هماهنگی رساندیم؛ آن‌ها می‌توانند درخواست را دوباره باز کنند. برای موضوع تازه: ‎/enquiry
my-added-not-posted = پیام شما در درخواست { $reference } ذخیره شده است، اما همین حالا به تیم هماهنگی نشان داده نشد. آن‌ها آن را در سابقهٔ درخواست می‌بینند.
my-changed-meanwhile = درخواست { $reference } در این فاصله تغییر کرد (وضعیت کنونی: { $status }). چیزی پس گرفته نشد؛ با ‎/my وضعیت کنونی را می‌بینید.
enquiry-status-notice = وضعیت جدید درخواست شما { $reference }: { $status }.

# The coordination team's messages to the person
relay-from-coordinator = <b>{ $name } (اداره امور اجتماعی اشتوتگارت):</b>
relay-reply = پاسخ دادن
reminder-enquirer = درخواست شما { $reference } فراموش نشده است. تیم هماهنگی در اولین فرصت با شما تماس می‌گیرد.
rating-question = چقدر از پاسخ به درخواست خود { $reference } راضی هستید؟ (1 = اصلاً، 5 = خیلی زیاد)
rating-thanks = از ارزیابی شما سپاسگزاریم!
relay-original-german = متن اصلی (آلمانی):
enquiry-sent-closed = دفتر اکنون بسته است. ساعات کاری بعدی از { $date } ساعت { $time } شروع می‌شود.

# Shown by Telegram before Start (setMyDescription, setMyShortDescription).
bot-description = پاسخ‌های اداره امور اجتماعی اشتوتگارت دربارهٔ فعالیت داوطلبانه برای پناهندگان: حلقه‌های دوستان پناهندگان، منتورشیپ و حمایت شخصی، همراهی در زندگی روزمره، کمک زبانی، آموزش‌ها و همکاری با شرکت‌ها. به زبان‌های آلمانی، انگلیسی، عربی، فارسی/دری و اوکراینی. هر کس به یک شخص نیاز دارد، اینجا با تیم هماهنگی در تماس می‌شود.
bot-short-description = فعالیت داوطلبانه برای پناهندگان در اشتوتگارت: پاسخ‌ها و تماس با تیم هماهنگی اداره امور اجتماعی.
