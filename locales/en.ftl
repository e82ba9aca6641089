# The bot's texts in English. Sent as Telegram HTML: <b>, <i>, <a href="…"> allowed; & < > as &amp; &lt; &gt;.
# People are named in neutral terms ("the coordination team"); terms and style: locales/GLOSSARY.md.

-office = coordination office for civic engagement in refugee work at Stuttgart's Social Welfare Office (Sozialamt)

start-welcome =
    Welcome! I am the bot of the { -office }.
    I answer questions about getting involved for and with refugees in Stuttgart – at any hour – and put you in touch with the Sozialamt's coordination team.

    Who are you?
audience-volunteer = I want to help
audience-company = Company / organisation
audience-refugee = I am a refugee
audience-curious = Just looking

audience-intro-volunteer =
    <b>Great that you want to get involved!</b>
    In Stuttgart there are refugee friend circles, initiatives and projects in which volunteers accompany refugees – for example as mentors and sponsors, in everyday life, with language, or with training and work.
audience-intro-company =
    <b>Welcome!</b>
    The Sozialamt advises organisations and companies and cooperates with companies and foundations to strengthen civic engagement in refugee work.
audience-intro-refugee =
    <b>Welcome!</b>
    Here you can find out where volunteers in Stuttgart accompany and support refugees – and how you can get involved yourself.
audience-intro-curious =
    <b>Welcome!</b>
    Here you can find out how people in Stuttgart get involved for refugees and what the Sozialamt offers them.

menu-home = « Home


help =
    <b>How to use me</b>
    /start – Home: choose who you are and see matching topics.
    /language – Choose your language (Deutsch, English, ⁨العربية⁩, ⁨فارسی / دری⁩, Українська).
    /privacy – What I store, why, for how long, and how to delete it.
    /enquiry – Send an enquiry to the coordination team.
    /my – Your enquiries and their status.
    /mydata – See all data stored about you.
    /deletemydata – Delete all data stored about you.
    /help – This overview.

language-choose = Please choose your language:
language-saved = From now on I will write to you in English.

privacy =
    <b>Privacy</b>
    <b>What I store:</b> When you choose a language with /language, your Telegram user ID and that language. When you send an enquiry to the coordination team, your Telegram user ID, what you entered (who you are, topic, district, language, contact, your request and attachments) and the history of the enquiry. As long as you choose nothing and send nothing, I store nothing about you.
    <b>Why:</b> so that I answer you in your language and the Sozialamt's coordination team can answer your enquiry. I store what you enter for an enquiry only after you agreed to it.
    <b>How long:</b> An enquiry you started but did not send is deleted after { $draftHours ->
        [one] { $draftHours } hour
       *[other] { $draftHours } hours
    }. Closed or withdrawn enquiries are deleted { $days ->
        [one] { $days } day
       *[other] { $days } days
    } later. Your language choice until you delete it.
    <b>Technical:</b> For each incoming message I keep only its sequence number (no content) for 2 days, so that a message delivered twice is not handled twice. Questions I could not answer are only counted by topic, without text. Our logs contain no names, contact details or message texts.
    <b>Your rights:</b> /mydata sends you everything stored about you as a file; /deletemydata deletes it.
    Controller: City of Stuttgart (Landeshauptstadt Stuttgart), Sozialamt.

mydata-none = Nothing is stored about you.
mydata-intro = This is everything stored about you:
deletemydata-confirm = Do you really want to delete all data stored about you? This cannot be undone.
deletemydata-yes = Yes, delete everything
deletemydata-no = No, cancel
deletemydata-done = Done: nothing is stored about you any more.
deletemydata-cancelled = Cancelled – nothing was deleted.

unknown-message =
    Sorry, I did not understand that.
    I help you with information about getting involved in refugee work in Stuttgart. Choose below who you are, or send /help.
unsupported-message =
    Sorry, I cannot do anything with this kind of message. Please write text or use the buttons.
button-outdated = This button is outdated.

error-apology =
    Sorry, something went wrong on my side. Please try again in a moment or send /start.

language-name-de = Deutsch
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی / دری
language-name-uk = Українська

# Command descriptions in the Telegram menu (setMyCommands; at most 256 characters).
command-start = Home
command-help = What I can do
command-language = Choose your language
command-enquiry = Enquiry to the coordination team
command-my = My enquiries
command-privacy = Privacy: what I store
command-mydata = See my stored data
command-deletemydata = Delete my data

# Knowledge base: topic menus, answers, free-text questions
topic-get-involved = Get involved and help
topic-friend-circles = Friend circles and initiatives
topic-offers = What the Sozialamt offers
topic-projects = Projects
topic-education = Education and training
topic-companies = Companies and foundations
topic-refugees-volunteering = Get active yourself
topic-support-for-refugees = Support for refugees
topics-choose = Choose a topic:
topic-entries-choose = What would you like to know?
menu-back = « Back
menu-topics = Topics
answer-as-of = As of { $date }
answer-source = Source
answer-did-it-help = Did this help?
answer-helpful-yes = 👍 Yes
answer-helpful-no = 👎 No
answer-language-fallback = This answer is not yet available in English.
feedback-thanks = Thank you for your feedback!
feedback-sorry =
    Sorry that this did not help. Someone from the coordination team can answer you personally.
talk-to-coordinator = Talk to the coordination team
no-match =
    I do not have a reliable answer to that, and I do not want to tell you anything wrong.
    Someone from the coordination team can help you personally – or have a look at the topics.
smalltalk-greeting = Hello! Good to hear from you. Ask me your question or choose below who you are.
smalltalk-thanks = You are welcome! If you have another question, just write to me.

# Friend circles and initiatives near you
directory-button = 📍 In my district
directory-choose-district = Which district are you looking in?
directory-heading = Friend circles and initiatives in { $district }
directory-kind-friend-circle = Friend circle
directory-kind-initiative = Initiative
directory-website = Website
directory-more = … and { $count } more. You find all of them in the city's overviews.
directory-none-in-district = No friend circle or initiative is listed here for { $district } yet. You find all of them in the city's overviews:
directory-not-loaded = A directory by district has not been added here yet. You find all friend circles and initiatives in the city's overviews:

# Dates ("As of July 2019"); always with the digits 0-9. $monthNumber is the month (1-12), for languages
# that decline its name after a day (Ukrainian: the genitive).
date-month-year = { $month } { $year }
date-day-month-year = { $day } { $month } { $year }
date-time = { $date }, { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Enquiry to the coordination team (dialogue)
enquiry-step-type = <b>Enquiry to the coordination team</b>
    Who are you?
enquiry-type-volunteer = I want to get involved
enquiry-type-company = Company / organisation
enquiry-type-refugee = I am a refugee
enquiry-type-other = Something else
enquiry-step-topic = What is it about?
enquiry-topic-other = Something else
enquiry-step-company = What is the name of your company or organisation?
enquiry-step-cooperation = What kind of cooperation do you have in mind? Describe it in a sentence or two.
enquiry-step-district = In which city district? (optional)
enquiry-district-skip = Skip
enquiry-step-language = In which language would you like the answer?
enquiry-step-contact = How should we reach you?
enquiry-contact-telegram = Here in this chat
enquiry-contact-email = By e-mail
enquiry-contact-phone = By phone
enquiry-step-contact-email = Please write your e-mail address.
enquiry-step-contact-phone = Please write your phone number.
enquiry-step-question = Please describe your request in your own words (at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }). You can also attach a photo or a document.
enquiry-step-question-carried = Your question from before:
enquiry-question-keep = Use this question
enquiry-attachment-added = Attachment saved ({ $count }). Now please write your request.
enquiry-step-consent =
    <b>Before we start:</b> We store what you enter next (who you are, topic, district, language, contact, your request and attachments) and the history of the enquiry, so that the Sozialamt's coordination team can answer you. After the enquiry is closed or withdrawn, the data is deleted after { $days ->
        [one] { $days } day
       *[other] { $days } days
    }. More: /privacy
    Do you agree?
enquiry-consent-yes = Yes, I agree
enquiry-step-summary = <b>Please check your enquiry:</b>
enquiry-summary-type = Who
enquiry-summary-topic = Topic
enquiry-summary-company = Company
enquiry-summary-cooperation = Cooperation
enquiry-summary-district = District
enquiry-summary-no-district = not given
enquiry-summary-language = Language
enquiry-summary-contact = Contact
enquiry-summary-question = Request
enquiry-summary-attachments = Attachments
enquiry-send = ✅ Send
enquiry-correct = ✏️ Change something
enquiry-correct-choose = What would you like to change?
enquiry-back = « Back
enquiry-cancel = Cancel
enquiry-cancelled = The enquiry was cancelled; nothing was stored.
enquiry-resume = You started an enquiry but have not sent it yet. Would you like to continue?
enquiry-resume-continue = Continue
enquiry-resume-restart = Start again
enquiry-sent =
    <b>Thank you! Your enquiry { $reference } has arrived.</b>
    Someone from the Sozialamt's coordination team will get back to you – here in the chat or as you asked. Send /my to see the status of your enquiries.
enquiry-sent-hours = Answers come during office hours: { $hours }.
office-hours = { $firstDay }–{ $lastDay }, { $opens }–{ $closes }
office-hours-one-day = { $firstDay }, { $opens }–{ $closes }
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
enquiry-limit-open = You already have { $max ->
        [one] { $max } open enquiry
       *[other] { $max } open enquiries
    }. Please wait for an answer or withdraw one with /my.
enquiry-limit-daily = You have already sent several enquiries today. Please try again tomorrow.
enquiry-hint-use-buttons = Please choose one of the buttons.
enquiry-hint-empty = The message was empty.
enquiry-hint-too-long = That is too long. Please shorten it.
enquiry-hint-invalid-email = That does not look like an e-mail address (example: name@example.org).
enquiry-hint-invalid-phone = That does not look like a phone number (example: 0711 123456).
enquiry-hint-unsupported-media = I cannot store this kind of attachment. Please send text, a photo or a document.
enquiry-hint-too-many-attachments = No more attachments fit into one enquiry.
enquiry-outdated = This button belongs to an earlier step. Here is the current one:

# My enquiries
my-none = You have no enquiries. Send /enquiry to make one.
my-list = <b>Your enquiries</b>
my-status-new = received
my-status-assigned = being worked on
my-status-waiting_for_enquirer = waiting for your answer
my-status-answered = answered
my-status-closed = closed
my-status-withdrawn = withdrawn
my-history = <b>Enquiry { $reference }</b> – { $status }
my-event-created = Your enquiry
my-event-message-from-enquirer = Your addition
my-event-message-from-coordinator = Answer from the Sozialamt
my-event-status-changed = New status
my-add = Add information
my-withdraw = Withdraw enquiry
my-add-prompt = Write what you would like to add to enquiry { $reference }.
my-added = Added to enquiry { $reference }.
my-withdraw-confirm = Do you really want to withdraw enquiry { $reference }?
my-withdraw-yes = Yes, withdraw
my-withdrawn = Enquiry { $reference } is withdrawn.
my-not-open = This enquiry has ended and can no longer be changed.
my-history-older = « Older
my-history-newer = Newer »
my-history-page = <i>Page { $page } of { $pages }, newest first</i>
my-history-shortened = <i>(shortened; in full in your chat and with /mydata)</i>
my-write-again = Write again
my-add-prompt-ended = Enquiry { $reference } has ended. What you write now goes to the coordination team, who decide whether to reopen it.
my-added-after-end = Enquiry { $reference } had already ended. We have passed your message on to the coordination team; they can reopen it. For a new concern: /enquiry
my-added-not-posted = Your message is saved with enquiry { $reference }, but could not be shown to the coordination team just now. They will see it in the enquiry's history.
my-changed-meanwhile = Enquiry { $reference } was changed meanwhile (status now: { $status }). Nothing was withdrawn; /my shows the current status.
enquiry-status-notice = New status of your enquiry { $reference }: { $status }.

# The coordination team's messages to the person
relay-from-coordinator = <b>{ $name } (Sozialamt Stuttgart):</b>
relay-reply = Reply
reminder-enquirer = Your enquiry { $reference } has not been forgotten. Someone from the coordination team will get back to you as soon as possible.
rating-question = How satisfied are you with the answer to your enquiry { $reference }? (1 = not at all, 5 = very)
rating-thanks = Thank you for your rating!
relay-original-german = Original text (German):
enquiry-sent-closed = The office is closed right now. The next office hours begin on { $date } at { $time }.

# Shown by Telegram before Start (setMyDescription, setMyShortDescription).
bot-description = Answers from the Sozialamt Stuttgart about getting involved in refugee work: friend circles, mentoring, everyday support, language help, trainings, cooperation with companies. In German, English, Arabic, Farsi/Dari and Ukrainian. If you need a person, you reach the coordination team here.
bot-short-description = Getting involved in refugee work in Stuttgart: answers, and contact with the Sozialamt's coordination team.
