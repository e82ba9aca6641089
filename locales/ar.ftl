# The bot's texts in Arabic, translated from de.ftl (authoritative; en.ftl for reference).
# Sent as Telegram HTML: <b>, <i>, <a href="…"> allowed; & < > as &amp; &lt; &gt;.
# Polite address uses the plural forms (أنتم), which are gender-neutral.
# Right to left: every line starts with Arabic text, and each slash command is preceded by a
# left-to-right mark (U+200E) so that the "/" stays in front of the command.

-office = وحدة تنسيق المشاركة المدنية في العمل مع اللاجئين في مكتب الشؤون الاجتماعية (Sozialamt) بمدينة شتوتغارت

start-welcome =
    أهلًا وسهلًا! أنا بوت { -office }.
    أجيب عن الأسئلة المتعلقة بالمشاركة المدنية من أجل اللاجئين ومعهم في شتوتغارت – على مدار الساعة – وأضعكم على تواصل مع منسّقات مكتب الشؤون الاجتماعية.

    مَن أنتم؟
audience-volunteer = أريد أن أساعد
audience-company = شركة / منظمة
audience-refugee = أنا من اللاجئين
audience-curious = أريد الاطّلاع فقط

audience-intro-volunteer =
    <b>يسعدنا أنكم ترغبون في التطوّع!</b>
    توجد في شتوتغارت مجموعات أصدقاء اللاجئين ومبادرات ومشاريع يرافق فيها المتطوعون الأشخاصَ اللاجئين – مثلًا كمرشدين وداعمين شخصيين، وفي الحياة اليومية، وفي تعلّم اللغة، أو في التدريب المهني والعمل.
audience-intro-company =
    <b>أهلًا وسهلًا!</b>
    يقدّم مكتب الشؤون الاجتماعية الاستشارة للمنظمات والشركات، ويتعاون مع الشركات والمؤسسات الخيرية من أجل تعزيز المشاركة المدنية في العمل مع اللاجئين.
audience-intro-refugee =
    <b>أهلًا وسهلًا!</b>
    هنا تعرفون أين يرافق المتطوعون في شتوتغارت الأشخاصَ اللاجئين ويدعمونهم – وكيف يمكنكم أنتم أيضًا أن تتطوّعوا.
audience-intro-curious =
    <b>أهلًا وسهلًا!</b>
    هنا تعرفون كيف يتطوّع سكان شتوتغارت من أجل اللاجئين، وما الذي يقدّمه مكتب الشؤون الاجتماعية لدعم ذلك.

menu-home = « الصفحة الرئيسية
menu-change-audience = تغيير الاختيار

contact-office =
    هل ترغبون في التحدث مع إحدى المنسّقات؟ تجدون المعلومات والنشرة الإخبارية على الموقع <a href="https://fluechtlinge.stuttgart.de">fluechtlinge.stuttgart.de</a>.

help =
    <b>هكذا يمكنكم استخدامي</b>
    الصفحة الرئيسية – اختاروا مَن أنتم، وشاهدوا المواضيع المناسبة لكم: ‎/start
    اختيار اللغة – Deutsch، English، العربية، فارسی / دری، Українська: ‎/language
    ما الذي أحفظه، ولماذا، ولأي مدة، وكيف تحذفونه: ‎/privacy
    عرض كل البيانات المحفوظة عنكم: ‎/mydata
    حذف كل البيانات المحفوظة عنكم: ‎/deletemydata
    هذه القائمة: ‎/help

language-choose = يُرجى اختيار لغتكم:
language-saved = سأكتب لكم من الآن فصاعدًا باللغة العربية.

privacy =
    <b>حماية البيانات</b>
    <b>ما الذي أحفظه:</b> عندما تختارون لغةً بالأمر ‎/language، أحفظ مُعرّف المستخدم (ID) الخاص بكم في تيليغرام واللغة التي اخترتموها، لكي أردّ عليكم بهذه اللغة. وطالما لم تختاروا شيئًا، لا أحفظ أي شيء عنكم.
    <b>من الناحية التقنية:</b> عن كل رسالة واردة أحتفظ لمدة يومين (2) برقمها التسلسلي فقط (من دون محتواها)، حتى لا تُعالَج الرسالة مرتين إذا وصلت مرتين. لا تحتوي سجلاتنا على أسماء أو بيانات اتصال أو نصوص رسائل.
    <b>لأي مدة:</b> يُحفَظ اختياركم للغة إلى أن تحذفوه.
    <b>حقوقكم:</b> الأمر ‎/mydata يعرض لكم كل ما هو محفوظ عنكم، والأمر ‎/deletemydata يحذفه.
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
    أساعدكم بمعلومات عن المشاركة المدنية في العمل مع اللاجئين في شتوتغارت. اختاروا في الأسفل مَن أنتم، أو اكتبوا ‎/help.
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
command-privacy = حماية البيانات: ما الذي أحفظه
command-mydata = عرض بياناتي المحفوظة
command-deletemydata = حذف بياناتي

# Knowledge base: topic menus, answers, free-text questions
topic-get-involved = المشاركة والمساعدة
topic-friend-circles = مجموعات أصدقاء اللاجئين والمبادرات
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
    يؤسفنا أن هذا لم يساعدكم. يمكن لإحدى المنسّقات أن تجيبكم شخصيًّا.
talk-to-coordinator = التحدث مع إحدى المنسّقات
no-match =
    عذرًا، ليست لديّ إجابة أكيدة عن ذلك، ولا أريد أن أقول لكم شيئًا غير صحيح.
    يمكن لإحدى المنسّقات أن تساعدكم شخصيًّا – أو يمكنكم تصفّح المواضيع.
smalltalk-greeting = مرحبًا! يسعدني أنكم تكتبون لي. اطرحوا عليّ سؤالكم، أو اختاروا في الأسفل مَن أنتم.
smalltalk-thanks = على الرحب والسعة! إذا كان لديكم سؤال آخر، فما عليكم إلا أن تكتبوا لي.

# Friend circles and initiatives near you
directory-button = 📍 في منطقتي
directory-choose-district = في أي منطقة من مناطق المدينة تبحثون؟
directory-heading = مجموعات أصدقاء اللاجئين والمبادرات في { $district }
directory-kind-friend-circle = مجموعة أصدقاء اللاجئين (Freundeskreis)
directory-kind-initiative = مبادرة
directory-website = الموقع الإلكتروني
directory-more = … و{ $count } أخرى. تجدونها جميعًا في قوائم المدينة.
directory-none-in-district = لم تُسجَّل هنا بعدُ أي مجموعة من مجموعات أصدقاء اللاجئين ولا أي مبادرة في { $district }. تجدونها جميعًا في قوائم المدينة:
directory-not-loaded = لم تُضَف هنا بعدُ قائمة مرتّبة حسب مناطق المدينة. تجدون جميع مجموعات أصدقاء اللاجئين والمبادرات في قوائم المدينة:

# Dates for "as of"; always with the digits 0-9.
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
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
