# The bot's texts in Arabic, translated from de.ftl (authoritative; en.ftl for reference).
# Sent as Telegram HTML: <b>, <i>, <a href="…"> allowed; & < > as &amp; &lt; &gt;.
# The reader is addressed in the plural (أنتم), which speaks to people of every gender; the office's
# people are "فريق التنسيق" (the coordination team), not a word for a woman or a man who
# coordinates. Terms: locales/GLOSSARY.md.
# Right to left: every line starts with Arabic text, each slash command is preceded by a
# left-to-right mark (U+200E) so that the "/" stays in front of the command, and Latin or Cyrillic
# words in an Arabic list are isolated (U+2068 … U+2069) so that the list keeps its order.

-office = فريق تنسيق العمل التطوعي مع اللاجئين في مكتب الشؤون الاجتماعية (Sozialamt) بمدينة شتوتغارت

start-welcome =
    أهلًا وسهلًا! أنا بوت { -office }.
    أجيب عن الأسئلة المتعلقة بالعمل التطوعي من أجل اللاجئين ومعهم في شتوتغارت – على مدار الساعة – وأضعكم على تواصل مع فريق التنسيق في مكتب الشؤون الاجتماعية.

    مَن أنتم؟
audience-volunteer = أريد أن أساعد
audience-company = شركة / منظمة
audience-refugee = أنا من اللاجئين
audience-curious = أريد الاطّلاع فقط

audience-intro-volunteer =
    <b>يسعدنا أنكم ترغبون في التطوّع!</b>
    توجد في شتوتغارت دوائر أصدقاء اللاجئين ومبادرات ومشاريع يرافق فيها المتطوعون الأشخاصَ اللاجئين – مثلًا من خلال الإرشاد والرعاية الشخصية، وفي الحياة اليومية، وفي تعلّم اللغة، أو في التدريب المهني والعمل.
audience-intro-company =
    <b>أهلًا وسهلًا!</b>
    يقدّم مكتب الشؤون الاجتماعية الاستشارة للمنظمات والشركات، ويتعاون مع الشركات والمؤسسات الخيرية من أجل تعزيز العمل التطوعي مع اللاجئين.
audience-intro-refugee =
    <b>أهلًا وسهلًا!</b>
    هنا تعرفون أين يرافق المتطوعون في شتوتغارت الأشخاصَ اللاجئين ويدعمونهم – وكيف يمكنكم أنتم أيضًا أن تتطوّعوا.
audience-intro-curious =
    <b>أهلًا وسهلًا!</b>
    هنا تعرفون كيف يتطوّع سكان شتوتغارت من أجل اللاجئين، وما الذي يقدّمه مكتب الشؤون الاجتماعية لدعم ذلك.

menu-home = « الصفحة الرئيسية


help =
    <b>هكذا يمكنكم استخدامي</b>
    الصفحة الرئيسية – اختاروا مَن أنتم، وشاهدوا المواضيع المناسبة لكم: ‎/start
    اختيار اللغة – ⁨Deutsch⁩، ⁨English⁩، العربية، فارسی / دری، ⁨Українська⁩: ‎/language
    ما الذي أحفظه، ولماذا، ولأي مدة، وكيف تحذفونه: ‎/privacy
    إرسال استفسار إلى فريق التنسيق: ‎/enquiry
    استفساراتكم وحالتها: ‎/my
    عرض كل البيانات المحفوظة عنكم: ‎/mydata
    حذف كل البيانات المحفوظة عنكم: ‎/deletemydata
    هذه القائمة: ‎/help

language-choose = يُرجى اختيار لغتكم:
language-saved = سأكتب لكم من الآن فصاعدًا باللغة العربية.

privacy =
    <b>حماية البيانات</b>
    <b>ما الذي أحفظه:</b> عندما تختارون لغةً بالأمر ‎/language، أحفظ مُعرّف المستخدم (ID) الخاص بكم في تيليغرام وهذه اللغة. وعندما ترسلون استفسارًا إلى فريق التنسيق، أحفظ مُعرّف المستخدم الخاص بكم في تيليغرام، والمعلومات التي أدخلتموها (مَن أنتم، والموضوع، ومنطقة المدينة، واللغة، ووسيلة التواصل، ونص استفساركم، والمرفقات)، وسجلّ الاستفسار. وطالما لم تختاروا شيئًا ولم ترسلوا أي استفسار، لا أحفظ أي شيء عنكم.
    <b>لماذا:</b> لكي أردّ عليكم بلغتكم، ولكي يتمكّن فريق التنسيق في مكتب الشؤون الاجتماعية من الرد على استفساركم. ولا أحفظ المعلومات التي تدخلونها في الاستفسار إلا بعد موافقتكم.
    <b>لأي مدة:</b> يُحذَف الاستفسار الذي بدأتموه ولم ترسلوه بعد مرور { $draftHours ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $draftHours } ساعات
        [many] { $draftHours } ساعة
       *[other] { $draftHours } ساعة
    }. وتُحذَف الاستفسارات المُغلَقة أو التي سحبتموها بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
       *[many] { $days } يومًا
        [other] { $days } يوم
    } من إغلاقها أو سحبها. ويُحفَظ اختياركم للغة إلى أن تحذفوه.
    <b>من الناحية التقنية:</b> عن كل رسالة واردة أحتفظ لمدة يومين (2) برقمها التسلسلي فقط (من دون محتواها)، حتى لا تُعالَج الرسالة مرتين إذا وصلت مرتين. أمّا الأسئلة التي لم أستطع الإجابة عنها، فنكتفي بعدّها حسب الموضوع، من دون نصّها. لا تحتوي سجلاتنا على أسماء أو بيانات اتصال أو نصوص رسائل.
    <b>حقوقكم:</b> الأمر ‎/mydata يرسل إليكم كل ما هو محفوظ عنكم في ملف، والأمر ‎/deletemydata يحذفه.
    الجهة المسؤولة: مدينة شتوتغارت (Landeshauptstadt Stuttgart)، مكتب الشؤون الاجتماعية (Sozialamt).

mydata-none = لا يوجد أي شيء محفوظ عنكم.
mydata-intro = هذا كل ما هو محفوظ عنكم:
deletemydata-confirm = هل تريدون فعلًا حذف كل البيانات المحفوظة عنكم؟ لا يمكن التراجع عن ذلك.
deletemydata-yes = نعم، احذف كل شيء
deletemydata-no = لا، إلغاء
deletemydata-done = تمّ: لم يعد هناك أي شيء محفوظ عنكم.
deletemydata-cancelled = تم الإلغاء – لم يُحذف أي شيء.

unknown-message =
    عذرًا، لم أفهم ذلك.
    أساعدكم بمعلومات عن العمل التطوعي مع اللاجئين في شتوتغارت. اختاروا في الأسفل مَن أنتم، أو اكتبوا ‎/help.
unsupported-message =
    عذرًا، لا أستطيع التعامل مع هذا النوع من الرسائل. يُرجى أن تكتبوا لي نصًّا أو أن تستخدموا الأزرار.
button-outdated = هذا الزر لم يعد صالحًا.

error-apology =
    عذرًا، حدث خلل لديّ الآن. يُرجى المحاولة مرة أخرى بعد قليل، أو كتابة ‎/start.

language-name-de = Deutsch
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی / دری
language-name-uk = Українська

# Command descriptions in the Telegram menu (setMyCommands; at most 256 characters).
command-start = الصفحة الرئيسية
command-help = ماذا أستطيع أن أفعل
command-language = اختيار اللغة
command-enquiry = إرسال استفسار إلى فريق التنسيق
command-my = استفساراتي
command-privacy = حماية البيانات: ما الذي أحفظه
command-mydata = عرض بياناتي المحفوظة
command-deletemydata = حذف بياناتي

# Knowledge base: topic menus, answers, free-text questions
topic-get-involved = المشاركة والمساعدة
topic-friend-circles = دوائر أصدقاء اللاجئين والمبادرات
topic-offers = ما يقدّمه مكتب الشؤون الاجتماعية
topic-projects = المشاريع
topic-education = التعليم والتأهيل
topic-companies = الشركات والمؤسسات الخيرية
topic-refugees-volunteering = شاركوا بأنفسكم
topic-support-for-refugees = الدعم المقدَّم للاجئين
topics-choose = اختاروا موضوعًا:
topic-entries-choose = ماذا تريدون أن تعرفوا؟
menu-back = « رجوع
menu-topics = المواضيع
answer-as-of = المعلومات بتاريخ { $date }
answer-source = المصدر
answer-did-it-help = هل كان هذا مفيدًا لكم؟
answer-helpful-yes = 👍 نعم
answer-helpful-no = 👎 لا
answer-language-fallback = هذه الإجابة غير متوفرة بعدُ باللغة العربية، لذلك نعرضها لكم هنا باللغة الإنجليزية.
feedback-thanks = شكرًا لكم على رأيكم!
feedback-sorry =
    يؤسفنا أن هذا لم يساعدكم. يمكن لفريق التنسيق أن يجيبكم شخصيًّا.
talk-to-coordinator = التحدث مع فريق التنسيق
no-match =
    عذرًا، ليست لديّ إجابة أكيدة عن ذلك، ولا أريد أن أقول لكم شيئًا غير صحيح.
    يمكن لفريق التنسيق أن يساعدكم شخصيًّا – أو يمكنكم تصفّح المواضيع.
smalltalk-greeting = مرحبًا! يسعدني أنكم تكتبون لي. اطرحوا عليّ سؤالكم، أو اختاروا في الأسفل مَن أنتم.
smalltalk-thanks = على الرحب والسعة! إذا كان لديكم سؤال آخر، فما عليكم إلا أن تكتبوا لي.

# Friend circles and initiatives near you
directory-button = 📍 في منطقتي
directory-choose-district = في أي منطقة من مناطق المدينة تبحثون؟
directory-heading = دوائر أصدقاء اللاجئين والمبادرات في { $district }
directory-kind-friend-circle = دائرة أصدقاء اللاجئين (Freundeskreis)
directory-kind-initiative = مبادرة
directory-website = الموقع الإلكتروني
directory-more = { $count ->
        [one] … وواحدة أخرى.
        [two] … واثنتان أخريان.
       *[other] … و{ $count } أخرى.
    } تجدونها جميعًا في قوائم المدينة.
directory-none-in-district = لم تُسجَّل هنا بعدُ أي دائرة من دوائر أصدقاء اللاجئين ولا أي مبادرة في { $district }. تجدونها جميعًا في قوائم المدينة:
directory-not-loaded = لم تُضَف هنا بعدُ قائمة مرتّبة حسب مناطق المدينة. تجدون جميع دوائر أصدقاء اللاجئين والمبادرات في قوائم المدينة:

# Dates for "as of"; always with the digits 0-9. The month keeps its form after a day.
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
date-time = { $date }، الساعة { $time }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# Enquiry to the coordination team (dialogue)
enquiry-step-type = <b>استفسار إلى فريق التنسيق</b>
    مَن أنتم؟
enquiry-type-volunteer = أريد أن أتطوّع
enquiry-type-company = شركة / منظمة
enquiry-type-refugee = أنا من اللاجئين
enquiry-type-other = غير ذلك
enquiry-step-topic = ما موضوع استفساركم؟
enquiry-topic-other = موضوع آخر
enquiry-step-company = ما اسم شركتكم أو منظمتكم؟
enquiry-step-cooperation = ما نوع التعاون الذي تفكّرون فيه؟ اكتبوه في جملة أو جملتين.
enquiry-step-district = في أي منطقة من مناطق المدينة؟ (اختياري)
enquiry-district-skip = تخطّي
enquiry-step-language = بأي لغة تريدون أن تصلكم الإجابة؟
enquiry-step-contact = كيف يمكننا التواصل معكم؟
enquiry-contact-telegram = هنا في هذه المحادثة
enquiry-contact-email = عبر البريد الإلكتروني
enquiry-contact-phone = عبر الهاتف
enquiry-step-contact-email = يُرجى كتابة عنوان بريدكم الإلكتروني.
enquiry-step-contact-phone = يُرجى كتابة رقم هاتفكم.
enquiry-step-question = يُرجى أن تكتبوا استفساركم بكلماتكم الخاصة (بحد أقصى { $max ->
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }). ويمكنكم أيضًا إرفاق صورة أو مستند.
enquiry-step-question-carried = سؤالكم السابق:
enquiry-question-keep = استخدام هذا السؤال
enquiry-attachment-added = تم حفظ المرفق ({ $count }). اكتبوا الآن نص استفساركم.
enquiry-step-consent =
    <b>قبل أن نبدأ:</b> نحفظ المعلومات التي ستدخلونها (مَن أنتم، والموضوع، ومنطقة المدينة، واللغة، ووسيلة التواصل، ونص استفساركم، والمرفقات) وسجلّ الاستفسار، لكي يتمكّن فريق التنسيق في مكتب الشؤون الاجتماعية من الرد عليكم. وبعد إغلاق الاستفسار أو سحبه، تُحذَف البيانات بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
       *[many] { $days } يومًا
        [other] { $days } يوم
    }. لمزيد من المعلومات: ‎/privacy
    هل توافقون على ذلك؟
enquiry-consent-yes = نعم، أوافق
enquiry-step-summary = <b>يُرجى مراجعة استفساركم:</b>
enquiry-summary-type = مَن أنتم
enquiry-summary-topic = الموضوع
enquiry-summary-company = الشركة
enquiry-summary-cooperation = التعاون
enquiry-summary-district = منطقة المدينة
enquiry-summary-no-district = لم تُحدَّد
enquiry-summary-language = اللغة
enquiry-summary-contact = التواصل
enquiry-summary-question = الاستفسار
enquiry-summary-attachments = المرفقات
enquiry-send = ✅ إرسال
enquiry-correct = ✏️ تعديل شيء ما
enquiry-correct-choose = ماذا تريدون أن تعدّلوا؟
enquiry-back = « رجوع
enquiry-cancel = إلغاء
enquiry-cancelled = تم إلغاء الاستفسار، ولم يُحفَظ أي شيء.
enquiry-resume = لقد بدأتم استفسارًا، لكنكم لم ترسلوه بعد. هل تريدون المتابعة؟
enquiry-resume-continue = متابعة
enquiry-resume-restart = البدء من جديد
enquiry-sent =
    <b>شكرًا لكم! وصلنا استفساركم { $reference }.</b>
    سيتواصل معكم فريق التنسيق في مكتب الشؤون الاجتماعية – هنا في المحادثة أو بالطريقة التي طلبتموها. يمكنكم معرفة حالة استفساراتكم بالأمر ‎/my.
enquiry-sent-hours = تصلكم الإجابات خلال ساعات الدوام: { $hours }.
office-hours = من { $firstDay } إلى { $lastDay }، من الساعة ⁦{ $opens }⁩ إلى ⁦{ $closes }⁩
office-hours-one-day = { $firstDay }، من الساعة ⁦{ $opens }⁩ إلى ⁦{ $closes }⁩
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
enquiry-limit-open = لديكم بالفعل { $max ->
        [one] استفسار مفتوح واحد
        [two] استفساران مفتوحان
       *[few] { $max } استفسارات مفتوحة
        [many] { $max } استفسارًا مفتوحًا
        [other] { $max } استفسار مفتوح
    }. يُرجى انتظار الرد، أو سحب أحدها بالأمر ‎/my.
enquiry-limit-daily = لقد أرسلتم اليوم عدة استفسارات. يُرجى المحاولة مرة أخرى غدًا.
enquiry-hint-use-buttons = يُرجى اختيار أحد الأزرار.
enquiry-hint-empty = كانت الرسالة فارغة.
enquiry-hint-too-long = النص طويل جدًا. يُرجى اختصاره.
enquiry-hint-invalid-email = لا يبدو هذا عنوان بريد إلكتروني (مثال: name@example.org).
enquiry-hint-invalid-phone = لا يبدو هذا رقم هاتف (مثال: ‎0711 123456).
enquiry-hint-unsupported-media = لا أستطيع حفظ هذا النوع من المرفقات. يُرجى إرسال نص أو صورة أو مستند.
enquiry-hint-too-many-attachments = لا يمكن إضافة مرفقات أخرى إلى الاستفسار الواحد.
enquiry-outdated = هذا الزر تابع لخطوة سابقة. هذه هي الخطوة الحالية:

# My enquiries
my-none = ليس لديكم أي استفسارات. يمكنكم إرسال استفسار بالأمر ‎/enquiry.
my-list = <b>استفساراتكم</b>
my-status-new = تم استلامه
my-status-assigned = قيد المعالجة
my-status-waiting_for_enquirer = بانتظار ردّكم
my-status-answered = تمّت الإجابة عنه
my-status-closed = مُغلَق
my-status-withdrawn = تم سحبه
my-history = <b>الاستفسار { $reference }</b> – { $status }
my-event-created = استفساركم
my-event-message-from-enquirer = ما أضفتموه
my-event-message-from-coordinator = ردّ مكتب الشؤون الاجتماعية
my-event-status-changed = الحالة الجديدة
my-add = إضافة معلومات
my-withdraw = سحب الاستفسار
my-add-prompt = اكتبوا ما تريدون إضافته إلى الاستفسار { $reference }.
my-added = تمت الإضافة إلى الاستفسار { $reference }.
my-withdraw-confirm = هل تريدون فعلًا سحب الاستفسار { $reference }؟
my-withdraw-yes = نعم، اسحب الاستفسار
my-withdrawn = تم سحب الاستفسار { $reference }.
my-not-open = هذا الاستفسار مُغلَق، ولم يعد من الممكن تعديله.
my-history-older = « الأقدم
my-history-newer = الأحدث »
my-history-page = <i>الصفحة { $page } من { $pages }، الأحدث أولًا</i>
my-history-shortened = <i>(مختصر؛ النص الكامل في محادثتكم ومع ‎/mydata)</i>
my-write-again = الكتابة مرة أخرى
my-add-prompt-ended = الاستفسار { $reference } مُغلَق. ما تكتبونه الآن يصل إلى فريق التنسيق، وهو يقرّر إعادة فتح الاستفسار أم لا.
my-added-after-end = الاستفسار { $reference } كان مُغلَقًا. أوصلنا رسالتكم إلى فريق التنسيق، ويمكنه إعادة فتح الاستفسار. لطلب جديد: ‎/enquiry
my-added-not-posted = رسالتكم محفوظة في الاستفسار { $reference }، لكن لم يكن ممكنًا عرضها على فريق التنسيق الآن. سيراها الفريق في سجلّ الاستفسار.
my-changed-meanwhile = تغيّر الاستفسار { $reference } في هذه الأثناء (الحالة الآن: { $status }). لم يُسحب شيء؛ اكتبوا ‎/my لرؤية الحالة الحالية.
enquiry-status-notice = الحالة الجديدة لاستفساركم { $reference }: { $status }.

# The coordination team's messages to the person
relay-from-coordinator = <b>{ $name } (مكتب الشؤون الاجتماعية في شتوتغارت):</b>
relay-reply = الرد
reminder-enquirer = لم يُنسَ استفساركم { $reference }. سيتواصل معكم فريق التنسيق في أقرب وقت ممكن.
rating-question = ما مدى رضاكم عن الرد على استفساركم { $reference }؟ (1 = غير راضٍ إطلاقًا، 5 = راضٍ جدًا)
rating-thanks = شكرًا لتقييمكم!
relay-original-german = النص الأصلي (بالألمانية):
enquiry-sent-closed = المكتب مغلق الآن. تبدأ ساعات العمل التالية يوم { $date } في الساعة { $time }.

# Shown by Telegram before Start (setMyDescription, setMyShortDescription).
bot-description = إجابات من مكتب الشؤون الاجتماعية في شتوتغارت حول العمل التطوعي مع اللاجئين: دوائر أصدقاء اللاجئين، والإرشاد والرعاية الشخصية، والمرافقة في الحياة اليومية، والمساعدة اللغوية، والدورات التدريبية، والتعاون مع الشركات. بالألمانية والإنجليزية والعربية والفارسية/الدرية والأوكرانية. ومن يحتاج إلى شخص يتواصل هنا مع فريق التنسيق.
bot-short-description = العمل التطوعي مع اللاجئين في شتوتغارت: إجابات وتواصل مع فريق التنسيق في مكتب الشؤون الاجتماعية.
