# Texte des Bots auf Deutsch (Sprache des Amts und Rückfall für jeden fehlenden Text).
# Die Texte werden als Telegram-HTML gesendet: erlaubt sind <b>, <i>, <a href="…">; & < > als &amp; &lt; &gt;.

-office = Koordination Bürgerschaftliches Engagement in der Flüchtlingsarbeit, Sozialamt Stuttgart

start-welcome =
    Willkommen! Ich bin der Bot der { -office }.
    Ich beantworte Fragen zum Engagement für und mit geflüchteten Menschen in Stuttgart – rund um die Uhr – und bringe Sie mit den Koordinatorinnen des Sozialamts in Kontakt.

    Wer sind Sie?
audience-volunteer = Ich möchte helfen
audience-company = Unternehmen / Organisation
audience-refugee = Ich bin geflüchtet
audience-curious = Ich schaue mich nur um

audience-intro-volunteer =
    <b>Schön, dass Sie sich engagieren möchten!</b>
    In Stuttgart gibt es Flüchtlingsfreundeskreise, Initiativen und Projekte, in denen Engagierte geflüchtete Menschen begleiten – zum Beispiel in Mentoren- und Patenschaften, im Alltag, bei der Sprache oder bei Ausbildung und Arbeit.
audience-intro-company =
    <b>Willkommen!</b>
    Das Sozialamt berät Organisationen und Unternehmen und arbeitet mit Unternehmen und Stiftungen zusammen, um das Engagement in der Flüchtlingsarbeit zu stärken.
audience-intro-refugee =
    <b>Willkommen!</b>
    Hier erfahren Sie, wo Engagierte in Stuttgart geflüchtete Menschen begleiten und unterstützen – und wie Sie sich selbst engagieren können.
audience-intro-curious =
    <b>Willkommen!</b>
    Hier erfahren Sie, wie sich Bürgerinnen und Bürger in Stuttgart für geflüchtete Menschen engagieren und was das Sozialamt dafür anbietet.

menu-home = « Startseite
menu-change-audience = Andere Auswahl

contact-office =
    Sie möchten mit einer Koordinatorin sprechen? Informationen und den Newsletter finden Sie auf <a href="https://fluechtlinge.stuttgart.de">fluechtlinge.stuttgart.de</a>.

help =
    <b>So können Sie mich nutzen</b>
    /start – Startseite: Wählen Sie, wer Sie sind, und sehen Sie passende Themen.
    /language – Sprache wählen (Deutsch, English, العربية, فارسی / دری, Українська).
    /privacy – Was ich speichere, warum, wie lange, und wie Sie es löschen.
    /mydata – Alle über Sie gespeicherten Daten ansehen.
    /deletemydata – Alle über Sie gespeicherten Daten löschen.
    /help – Diese Übersicht.

language-choose = Bitte wählen Sie Ihre Sprache:
language-saved = Ich schreibe Ihnen ab jetzt auf Deutsch.

privacy =
    <b>Datenschutz</b>
    <b>Was ich speichere:</b> Wenn Sie mit /language eine Sprache wählen, speichere ich Ihre Telegram-Nutzer-ID und die gewählte Sprache, damit ich Ihnen in dieser Sprache antworte. Solange Sie keine Wahl treffen, speichere ich nichts über Sie.
    <b>Technisch:</b> Zu jeder eingehenden Nachricht speichere ich 2 Tage lang nur deren laufende Nummer (ohne Inhalt), damit eine doppelt zugestellte Nachricht nicht doppelt bearbeitet wird. In unseren Protokollen stehen keine Namen, Kontaktdaten oder Nachrichtentexte.
    <b>Wie lange:</b> Ihre Sprachwahl, bis Sie sie löschen.
    <b>Ihre Rechte:</b> /mydata zeigt Ihnen alles, was über Sie gespeichert ist; /deletemydata löscht es.
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
    Schade, dass Ihnen das nicht weitergeholfen hat. Eine Koordinatorin kann Ihnen persönlich antworten.
talk-to-coordinator = Mit einer Koordinatorin sprechen
no-match =
    Dazu habe ich leider keine sichere Antwort. Ich möchte Ihnen nichts Falsches sagen.
    Eine Koordinatorin kann Ihnen persönlich weiterhelfen – oder schauen Sie in die Themen.
smalltalk-greeting = Hallo! Schön, dass Sie schreiben. Stellen Sie mir Ihre Frage oder wählen Sie unten, wer Sie sind.
smalltalk-thanks = Gern geschehen! Wenn Sie noch eine Frage haben, schreiben Sie mir einfach.

# Freundeskreise und Initiativen in der Nähe
directory-button = 📍 In meinem Stadtbezirk
directory-choose-district = In welchem Stadtbezirk suchen Sie?
directory-heading = Freundeskreise und Initiativen in { $district }
directory-kind-friend-circle = Freundeskreis
directory-kind-initiative = Initiative
directory-website = Website
directory-more = … und { $count } weitere. Alle finden Sie in den Übersichten der Stadt.
directory-none-in-district = Für { $district } ist hier noch kein Freundeskreis und keine Initiative eingetragen. Alle finden Sie in den Übersichten der Stadt:
directory-not-loaded = Ein Verzeichnis nach Stadtbezirken ist hier noch nicht hinterlegt. Alle Freundeskreise und Initiativen finden Sie in den Übersichten der Stadt:

# Datumsangaben („Stand: Juli 2019“); immer mit den Ziffern 0-9.
date-month-year = { $month } { $year }
date-day-month-year = { $day }. { $month } { $year }
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
