# Texte des Bots auf Deutsch (Sprache des Amts und Rückfall für jeden fehlenden Text).
# Die Texte werden als Telegram-HTML gesendet: erlaubt sind <b>, <i>, <a href="…">; & < > als &amp; &lt; &gt;.
# Menschen werden neutral benannt („das Koordinationsteam“, „jemand aus dem Koordinationsteam“); Begriffe
# und Stil in allen Sprachen: locales/GLOSSARY.md.

-office = Koordination Bürgerschaftliches Engagement in der Flüchtlingsarbeit, Sozialamt Stuttgart

start-welcome =
    Willkommen! Ich bin der Bot der { -office }.
    Ich beantworte Fragen zum Engagement für und mit geflüchteten Menschen in Stuttgart – rund um die Uhr – und bringe Sie mit dem Koordinationsteam des Sozialamts in Kontakt.

    Wer sind Sie?
audience-volunteer = Ich möchte helfen
audience-company = Unternehmen / Organisation
audience-refugee = Ich bin geflüchtet
audience-curious = Ich schaue mich nur um

audience-intro-volunteer =
    <b>Schön, dass Sie sich engagieren möchten!</b>
    In Stuttgart gibt es Flüchtlingsfreundeskreise, Initiativen und Projekte, in denen Engagierte geflüchtete Menschen begleiten – zum Beispiel mit Mentoring und Patenschaften, im Alltag, bei der Sprache oder bei Ausbildung und Arbeit.
audience-intro-company =
    <b>Willkommen!</b>
    Das Sozialamt berät Organisationen und Unternehmen und arbeitet mit Unternehmen und Stiftungen zusammen, um das Engagement in der Flüchtlingsarbeit zu stärken.
audience-intro-refugee =
    <b>Willkommen!</b>
    Hier erfahren Sie, wo Engagierte in Stuttgart geflüchtete Menschen begleiten und unterstützen – und wie Sie sich selbst engagieren können.
audience-intro-curious =
    <b>Willkommen!</b>
    Hier erfahren Sie, wie sich Menschen in Stuttgart für Geflüchtete engagieren und was das Sozialamt dafür anbietet.

menu-home = « Startseite


help =
    <b>So können Sie mich nutzen</b>
    /start – Startseite: Wählen Sie, wer Sie sind, und sehen Sie passende Themen.
    /language – Sprache wählen (Deutsch, English, ⁨العربية⁩, ⁨فارسی / دری⁩, Українська).
    /privacy – Was ich speichere, warum, wie lange, und wie Sie es löschen.
    /enquiry – Eine Anfrage an das Koordinationsteam stellen.
    /my – Ihre Anfragen und ihr Stand.
    /mydata – Alle über Sie gespeicherten Daten ansehen.
    /deletemydata – Alle über Sie gespeicherten Daten löschen.
    /help – Diese Übersicht.

language-choose = Bitte wählen Sie Ihre Sprache:
language-saved = Ich schreibe Ihnen ab jetzt auf Deutsch.

privacy =
    <b>Datenschutz</b>
    <b>Was ich speichere:</b> Wenn Sie mit /language eine Sprache wählen, Ihre Telegram-Nutzer-ID und diese Sprache. Wenn Sie eine Anfrage an das Koordinationsteam stellen, Ihre Telegram-Nutzer-ID, Ihre Angaben (wer Sie sind, Thema, Stadtbezirk, Sprache, Kontakt, Ihr Anliegen und Anhänge) und den Verlauf der Anfrage. Solange Sie nichts wählen oder anfragen, speichere ich nichts über Sie.
    <b>Warum:</b> damit ich Ihnen in Ihrer Sprache antworte und das Koordinationsteam des Sozialamts Ihre Anfrage beantworten kann. Ihre Angaben zu einer Anfrage speichere ich erst, nachdem Sie zugestimmt haben.
    <b>Wie lange:</b> Eine angefangene, nicht gesendete Anfrage wird nach { $draftHours ->
        [one] { $draftHours } Stunde
       *[other] { $draftHours } Stunden
    } gelöscht. Abgeschlossene oder zurückgezogene Anfragen werden { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } danach gelöscht. Ihre Sprachwahl, bis Sie sie löschen.
    <b>Technisch:</b> Zu jeder eingehenden Nachricht speichere ich 2 Tage lang nur deren laufende Nummer (ohne Inhalt), damit eine doppelt zugestellte Nachricht nicht doppelt bearbeitet wird. Unbeantwortete Fragen zählen wir nur nach Thema, ohne Text. In unseren Protokollen stehen keine Namen, Kontaktdaten oder Nachrichtentexte.
    <b>Ihre Rechte:</b> /mydata schickt Ihnen alles, was über Sie gespeichert ist, als Datei; /deletemydata löscht es.
    Verantwortlich: Landeshauptstadt Stuttgart, Sozialamt.

mydata-none = Über Sie ist nichts gespeichert.
mydata-intro = Das ist alles, was über Sie gespeichert ist:
deletemydata-confirm = Wollen Sie wirklich alle über Sie gespeicherten Daten löschen? Das kann nicht rückgängig gemacht werden.
deletemydata-yes = Ja, alles löschen
deletemydata-no = Nein, abbrechen
deletemydata-done = Erledigt: Über Sie ist nichts mehr gespeichert.
deletemydata-cancelled = Abgebrochen – es wurde nichts gelöscht.

unknown-message =
    Das habe ich leider nicht verstanden.
    Ich helfe Ihnen mit Informationen zum Engagement in der Flüchtlingsarbeit in Stuttgart. Wählen Sie unten, wer Sie sind, oder schreiben Sie /help.
unsupported-message =
    Mit dieser Art von Nachricht kann ich leider nichts anfangen. Bitte schreiben Sie mir Text oder nutzen Sie die Schaltflächen.
button-outdated = Diese Schaltfläche ist veraltet.

error-apology =
    Entschuldigung, bei mir ist gerade etwas schiefgegangen. Bitte versuchen Sie es gleich noch einmal oder schreiben Sie /start.

language-name-de = Deutsch
language-name-en = English
language-name-ar = العربية
language-name-fa = فارسی / دری
language-name-uk = Українська

# Beschreibungen der Befehle im Telegram-Menü (setMyCommands; höchstens 256 Zeichen).
command-start = Startseite
command-help = Was ich kann
command-language = Sprache wählen
command-enquiry = Anfrage an das Koordinationsteam
command-my = Meine Anfragen
command-privacy = Datenschutz: was ich speichere
command-mydata = Meine gespeicherten Daten ansehen
command-deletemydata = Meine Daten löschen

# Wissensdatenbank: Themenmenüs, Antworten, freie Fragen
topic-get-involved = Mitmachen und helfen
topic-friend-circles = Freundeskreise und Initiativen
topic-offers = Angebote des Sozialamts
topic-projects = Projekte
topic-education = Bildung und Qualifizierung
topic-companies = Unternehmen und Stiftungen
topic-refugees-volunteering = Selbst aktiv werden
topic-support-for-refugees = Unterstützung für Geflüchtete
topics-choose = Wählen Sie ein Thema:
topic-entries-choose = Was möchten Sie wissen?
menu-back = « Zurück
menu-topics = Themen
answer-as-of = Stand: { $date }
answer-source = Quelle
answer-did-it-help = War das hilfreich?
answer-helpful-yes = 👍 Ja
answer-helpful-no = 👎 Nein
answer-language-fallback = Diese Antwort gibt es noch nicht auf Deutsch.
feedback-thanks = Danke für Ihre Rückmeldung!
feedback-sorry =
    Schade, dass Ihnen das nicht weitergeholfen hat. Jemand aus dem Koordinationsteam kann Ihnen persönlich antworten.
talk-to-coordinator = Mit dem Koordinationsteam sprechen
no-match =
    Dazu habe ich leider keine sichere Antwort. Ich möchte Ihnen nichts Falsches sagen.
    Jemand aus dem Koordinationsteam kann Ihnen persönlich weiterhelfen – oder schauen Sie in die Themen.
smalltalk-greeting = Hallo! Schön, dass Sie schreiben. Stellen Sie mir Ihre Frage oder wählen Sie unten, wer Sie sind.
smalltalk-thanks = Gern geschehen! Wenn Sie noch eine Frage haben, schreiben Sie mir einfach.

# Freundeskreise und Initiativen in der Nähe
directory-button = 📍 In meinem Stadtbezirk
directory-choose-district = In welchem Stadtbezirk suchen Sie?
directory-heading = Freundeskreise und Initiativen in { $district }
directory-kind-friend-circle = Freundeskreis
directory-kind-initiative = Initiative
directory-website = Website
directory-more = { $count ->
        [one] … und { $count } weiterer Eintrag.
       *[other] … und { $count } weitere Einträge.
    } Alle finden Sie in den Übersichten der Stadt.
directory-none-in-district = Für { $district } ist hier noch kein Freundeskreis und keine Initiative eingetragen. Alle finden Sie in den Übersichten der Stadt:
directory-not-loaded = Ein Verzeichnis nach Stadtbezirken ist hier noch nicht hinterlegt. Alle Freundeskreise und Initiativen finden Sie in den Übersichten der Stadt:

# Datumsangaben („Stand: Juli 2019“); immer mit den Ziffern 0-9. $monthNumber ist die Zahl des Monats (1–12),
# für Sprachen, die den Monatsnamen nach einem Tag beugen (Ukrainisch: Genitiv).
date-month-year = { $month } { $year }
date-day-month-year = { $day }. { $month } { $year }
date-time = { $date }, { $time } Uhr
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

# Anfrage an das Koordinationsteam (Dialog)
enquiry-step-type = <b>Anfrage an das Koordinationsteam</b>
    Wer sind Sie?
enquiry-type-volunteer = Ich möchte mich engagieren
enquiry-type-company = Unternehmen / Organisation
enquiry-type-refugee = Ich bin geflüchtet
enquiry-type-other = Etwas anderes
enquiry-step-topic = Worum geht es?
enquiry-topic-other = Etwas anderes
enquiry-step-company = Wie heißt Ihr Unternehmen oder Ihre Organisation?
enquiry-step-cooperation = An welche Art von Zusammenarbeit denken Sie? Schreiben Sie es in ein, zwei Sätzen.
enquiry-step-district = In welchem Stadtbezirk? (freiwillig)
enquiry-district-skip = Überspringen
enquiry-step-language = In welcher Sprache möchten Sie die Antwort?
enquiry-step-contact = Wie sollen wir Sie erreichen?
enquiry-contact-telegram = Hier in diesem Chat
enquiry-contact-email = Per E-Mail
enquiry-contact-phone = Per Telefon
enquiry-step-contact-email = Bitte schreiben Sie Ihre E-Mail-Adresse.
enquiry-step-contact-phone = Bitte schreiben Sie Ihre Telefonnummer.
enquiry-step-question = Bitte schreiben Sie Ihr Anliegen in Ihren eigenen Worten (höchstens { $max } Zeichen). Sie können auch ein Foto oder ein Dokument anhängen.
enquiry-step-question-carried = Ihre Frage von vorhin:
enquiry-question-keep = Diese Frage verwenden
enquiry-attachment-added = Anhang gespeichert ({ $count }). Schreiben Sie jetzt Ihr Anliegen.
enquiry-step-consent =
    <b>Bevor wir beginnen:</b> Wir speichern, was Sie im Folgenden angeben (wer Sie sind, Thema, Stadtbezirk, Sprache, Kontakt, Ihr Anliegen und Anhänge) und den Verlauf der Anfrage, damit das Koordinationsteam des Sozialamts Ihnen antworten kann. Nach dem Abschluss oder Zurückziehen der Anfrage werden die Daten nach { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } gelöscht. Mehr dazu: /privacy
    Sind Sie einverstanden?
enquiry-consent-yes = Ja, ich bin einverstanden
enquiry-step-summary = <b>Bitte prüfen Sie Ihre Anfrage:</b>
enquiry-summary-type = Wer
enquiry-summary-topic = Thema
enquiry-summary-company = Unternehmen
enquiry-summary-cooperation = Zusammenarbeit
enquiry-summary-district = Stadtbezirk
enquiry-summary-no-district = keine Angabe
enquiry-summary-language = Sprache
enquiry-summary-contact = Kontakt
enquiry-summary-question = Anliegen
enquiry-summary-attachments = Anhänge
enquiry-send = ✅ Senden
enquiry-correct = ✏️ Etwas ändern
enquiry-correct-choose = Was möchten Sie ändern?
enquiry-back = « Zurück
enquiry-cancel = Abbrechen
enquiry-cancelled = Die Anfrage wurde abgebrochen; nichts wurde gespeichert.
enquiry-resume = Sie haben eine Anfrage angefangen, aber noch nicht gesendet. Möchten Sie weitermachen?
enquiry-resume-continue = Weitermachen
enquiry-resume-restart = Neu beginnen
enquiry-sent =
    <b>Danke! Ihre Anfrage { $reference } ist angekommen.</b>
    Jemand aus dem Koordinationsteam des Sozialamts meldet sich bei Ihnen – hier im Chat oder wie von Ihnen gewünscht. Mit /my sehen Sie den Stand Ihrer Anfragen.
enquiry-sent-hours = Antworten gibt es zu den Bürozeiten: { $hours }.
office-hours = { $firstDay }–{ $lastDay } { $opens }–{ $closes } Uhr
office-hours-one-day = { $firstDay } { $opens }–{ $closes } Uhr
weekday-1 = Mo
weekday-2 = Di
weekday-3 = Mi
weekday-4 = Do
weekday-5 = Fr
weekday-6 = Sa
weekday-7 = So
enquiry-limit-open = Sie haben schon { $max ->
        [one] { $max } offene Anfrage
       *[other] { $max } offene Anfragen
    }. Bitte warten Sie auf eine Antwort oder ziehen Sie eine mit /my zurück.
enquiry-limit-daily = Sie haben heute schon mehrere Anfragen gesendet. Bitte versuchen Sie es morgen wieder.
enquiry-hint-use-buttons = Bitte wählen Sie eine der Schaltflächen.
enquiry-hint-empty = Die Nachricht war leer.
enquiry-hint-too-long = Das ist zu lang. Bitte kürzen Sie es.
enquiry-hint-invalid-email = Das sieht nicht wie eine E-Mail-Adresse aus (Beispiel: name@example.org).
enquiry-hint-invalid-phone = Das sieht nicht wie eine Telefonnummer aus (Beispiel: 0711 123456).
enquiry-hint-unsupported-media = Diese Art von Anhang kann ich nicht speichern. Bitte schicken Sie Text, ein Foto oder ein Dokument.
enquiry-hint-too-many-attachments = Mehr Anhänge passen nicht in eine Anfrage.
enquiry-outdated = Diese Schaltfläche gehört zu einem früheren Schritt. Hier ist der aktuelle:

# Meine Anfragen
my-none = Sie haben keine Anfragen. Mit /enquiry können Sie eine stellen.
my-list = <b>Ihre Anfragen</b>
my-status-new = eingegangen
my-status-assigned = in Bearbeitung
my-status-waiting_for_enquirer = wartet auf Ihre Antwort
my-status-answered = beantwortet
my-status-closed = abgeschlossen
my-status-withdrawn = zurückgezogen
my-history = <b>Anfrage { $reference }</b> – { $status }
my-event-created = Ihre Anfrage
my-event-message-from-enquirer = Ihre Ergänzung
my-event-message-from-coordinator = Antwort des Sozialamts
my-event-status-changed = Neuer Stand
my-add = Information ergänzen
my-withdraw = Anfrage zurückziehen
my-add-prompt = Schreiben Sie, was Sie zu Anfrage { $reference } ergänzen möchten.
my-added = Zu Anfrage { $reference } hinzugefügt.
my-withdraw-confirm = Wollen Sie Anfrage { $reference } wirklich zurückziehen?
my-withdraw-yes = Ja, zurückziehen
my-withdrawn = Anfrage { $reference } ist zurückgezogen.
my-not-open = Diese Anfrage ist abgeschlossen und kann nicht mehr geändert werden.
my-history-older = « Ältere
my-history-newer = Neuere »
my-history-page = <i>Seite { $page } von { $pages }, neueste zuerst</i>
my-history-shortened = <i>(gekürzt; vollständig in Ihrem Chat und mit /mydata)</i>
my-write-again = Noch einmal schreiben
my-add-prompt-ended = Anfrage { $reference } ist abgeschlossen. Was Sie jetzt schreiben, geht an das Koordinationsteam; es entscheidet, ob die Anfrage wieder geöffnet wird.
my-added-after-end = Anfrage { $reference } war schon abgeschlossen. Wir haben Ihre Nachricht an das Koordinationsteam weitergegeben; es kann die Anfrage wieder öffnen. Für ein neues Anliegen: /enquiry
my-added-not-posted = Ihre Nachricht ist bei Anfrage { $reference } gespeichert, konnte dem Koordinationsteam aber gerade nicht angezeigt werden. Es sieht sie im Verlauf der Anfrage.
my-changed-meanwhile = Anfrage { $reference } wurde inzwischen geändert (Stand jetzt: { $status }). Es wurde nichts zurückgezogen; mit /my sehen Sie den aktuellen Stand.
enquiry-status-notice = Neuer Stand Ihrer Anfrage { $reference }: { $status }.

# Nachrichten des Koordinationsteams an die Person
relay-from-coordinator = <b>{ $name } (Sozialamt Stuttgart):</b>
relay-reply = Antworten
reminder-enquirer = Ihre Anfrage { $reference } ist nicht vergessen. Jemand aus dem Koordinationsteam meldet sich so bald wie möglich bei Ihnen.
rating-question = Wie zufrieden sind Sie mit der Antwort auf Ihre Anfrage { $reference }? (1 = gar nicht, 5 = sehr)
rating-thanks = Danke für Ihre Bewertung!
relay-original-german = Originaltext (Deutsch):
enquiry-sent-closed = Das Büro ist gerade geschlossen. Die nächsten Bürozeiten beginnen am { $date } um { $time } Uhr.

# Was Telegram zeigt, bevor jemand auf Start drückt (setMyDescription, setMyShortDescription).
bot-description = Antworten des Sozialamts Stuttgart rund um das Engagement in der Flüchtlingshilfe: Freundeskreise, Patenschaften, Alltagsbegleitung, Sprachhilfe, Schulungen, Zusammenarbeit mit Unternehmen. Auf Deutsch, Englisch, Arabisch, Farsi/Dari und Ukrainisch. Wer eine Person braucht, erreicht hier das Koordinationsteam.
bot-short-description = Engagement in der Flüchtlingshilfe in Stuttgart: Antworten und Kontakt zum Koordinationsteam des Sozialamts.
