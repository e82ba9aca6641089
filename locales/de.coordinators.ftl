# Texte, die nur das Koordinationsteam in seiner Telegram-Gruppe liest (nur Deutsch).
# Personen werden neutral benannt (siehe locales/GLOSSARY.md): „das Koordinationsteam“, „jemand aus dem Team“.

card-title = <b>{ $status ->
        [new] 🆕 Neue Anfrage
        [closed] ✅ Abgeschlossene Anfrage
        [withdrawn] ↩️ Zurückgezogene Anfrage
       *[other] Anfrage
    } { $reference }</b>
card-received = Eingegangen: { $date }
card-language = Sprache der Person: { $language }
card-no-topics = In dieser Gruppe sind keine Themen (Topics) eingeschaltet. Anfragen erscheinen deshalb als einzelne Nachrichten; schalten Sie Themen ein, damit jede Anfrage ihr eigenes Thema bekommt.
card-attachment = 📎 Anhang { $number } von { $count } zu { $reference }
card-attachment-failed = 📎 Anhang { $number } von { $count } zu { $reference } lässt sich nicht anzeigen (Telegram hat die Datei abgelehnt). Bitte bei der Person nachfragen.

card-status = <b>Stand:</b> { $status }
card-assignee = <b>Übernommen von:</b> { $name }
card-last-change = <b>Zuletzt:</b> { $status }, { $by }, { $when }
card-by-person = von der Person
card-by-round-robin = automatisch (reihum)
card-by-coordinator = von { $name }
card-rating = <b>Bewertung der Person:</b> { $rating } von 5
rating-posted = ⭐ Die Person hat { $reference } mit { $rating } von 5 bewertet.
close-confirm = { $reference } wirklich abschließen? Die Person erfährt es und wird um eine Bewertung gebeten; danach wird nichts mehr weitergeleitet, bis jemand die Anfrage wieder öffnet.
close-confirm-yes = ✅ Ja, abschließen
close-confirm-no = Abbrechen
close-kept = { $reference } bleibt offen.
card-take = 🙋 Übernehmen
card-answered = 💬 Beantwortet
card-close = ✅ Schließen
card-reopen = ↩️ Wieder öffnen
card-not-applicable = Das passt nicht zum Stand der Anfrage.
card-changed-meanwhile = Die Anfrage wurde inzwischen geändert (von der Person oder im Team); es wurde nichts verändert. Bitte die Karte ansehen.
card-erased = 🗑 <b>Anfrage { $reference }</b>: gelöscht. Die Angaben der Person sind entfernt.
topic-erased = 🗑 { $reference } · gelöscht
erased-notice-deleted = 🗑 Anfrage { $reference } wurde { $reason } gelöscht, mit ihrem Thema und allem darin.
erased-notice-redacted = 🗑 Anfrage { $reference } wurde { $reason } gelöscht. Ihr Thema konnte der Bot nicht löschen (er braucht die Rechte „Themen verwalten“ und „Nachrichten löschen“): Die Karte ist geschwärzt; bitte das Thema von Hand löschen.
erased-notice-no-topics = 🗑 Anfrage { $reference } wurde { $reason } gelöscht; ihre Karte ist geschwärzt. Bitte die übrigen Nachrichten zu dieser Anfrage in der Gruppe von Hand löschen.
erased-reason-person = auf Wunsch der Person
erased-reason-retention = nach Ablauf der Aufbewahrungsfrist

register-done = { $name } ist jetzt im Koordinationsteam registriert.
register-pending = { $name } möchte sich im Koordinationsteam registrieren. Jemand mit Admin-Rechten in der Gruppe bestätigt mit der Schaltfläche.
register-confirm = Bestätigen (nur Admins)
register-confirmed = { $name } ist jetzt im Koordinationsteam registriert (bestätigt von { $by }).
register-not-admin = Bestätigen kann das nur, wer in der Gruppe Admin-Rechte hat.
register-already = { $name } ist schon registriert.
unregister-done = { $name } ist nicht mehr im Koordinationsteam registriert.
not-coordinator = Das dürfen nur registrierte Mitglieder des Koordinationsteams. Mit /register in dieser Gruppe können Sie sich anmelden.

relay-from-enquirer = <b>Nachricht der Person</b> (Sprache: { $language }):
relay-blocked = Die Person hat den Bot blockiert; die Nachricht ist nicht angekommen.
relay-from-enquirer-after-end = <b>Nachricht der Person nach Abschluss von { $reference }</b> (Sprache: { $language }). Mit „Wieder öffnen“ geht das Gespräch weiter:
relay-not-delivered = ⚠️ Nicht zugestellt: Telegram hat die Nachricht abgelehnt ({ $reason }). Das ist im Verlauf der Anfrage vermerkt.
relay-not-posted = Nachricht der Person konnte nicht in der Gruppe gezeigt werden (Telegram: { $reason }).
relay-erased = Die Anfrage { $reference } wurde gelöscht; hier wird nichts mehr weitergeleitet.
relay-closed = Diese Anfrage ist abgeschlossen; Nachrichten werden nicht weitergeleitet. Mit „Wieder öffnen“ auf der Karte geht es weiter.
note-saved = Notiz gespeichert: Die Person sieht sie nicht im Chat, aber sie ist Teil ihrer Datenauskunft (/mydata), wie alles, was über sie gespeichert ist.

card-team = <b>Team:</b> { $team }
card-assign = 👥 Zuweisen an…
assign-choose = Wem soll { $reference } zugewiesen werden?
assign-nobody = Es ist noch niemand im Koordinationsteam registriert.
team-joined = { $name } arbeitet jetzt im Team „{ $team }“.
team-left = { $name } arbeitet nicht mehr im Team „{ $team }“.
team-unknown = Dieses Team gibt es nicht. Teams: { $teams }
team-list = <b>Teams</b>

inbox-title = <b>Offene Anfragen</b> (älteste zuerst, { $from }–{ $to } von { $total })
inbox-empty = Keine offenen Anfragen.
inbox-more = Weitere »
mine-title = <b>Meine Anfragen</b>
mine-empty = Sie haben keine offenen Anfragen übernommen.
find-usage = So geht es: /find A-2026-00123
find-none = Keine Anfrage { $reference } gefunden.
age-days = { $days } Tg.

reminder-coordinators = ⏰ { $reference } wartet seit { $hours ->
        [one] { $hours } Bürostunde
       *[other] { $hours } Bürostunden
    } auf eine erste Antwort.

stats-title = <b>Statistik { $month }</b>
stats-total = Anfragen: { $count }
stats-by-type = Nach Person: { $values }
stats-value = { $label } { $count }
stats-by-topic = Nach Thema: { $values }
stats-by-status = Nach Stand: { $values }
stats-first-answer = Median bis zur ersten Antwort: { $hours } Std.
stats-close = Median bis zum Abschluss: { $hours } Std.
stats-helpful = „Hat das geholfen?“: { $yes } ja, { $no } nein; unbeantwortete Fragen an die Wissensdatenbank: { $unanswered }
stats-rating = Bewertungen: { $count }, im Schnitt { $average } von 5
stats-none = –
export-usage = So geht es: /export 2026-11 (ohne persönliche Angaben) oder /export 2026-11 persönlich
export-caption = Anfragen { $month }{ $personal }
export-personal = , mit persönlichen Angaben

card-templates = 📋 Vorlagen
templates-choose = Welche Antwort aus der Wissensdatenbank passt zu { $reference }? Sie wird in der Sprache der Person gesendet ({ $language }).
template-preview = <b>Vorschau</b> (so erhält die Person die Antwort; zum Ändern schreiben Sie stattdessen selbst in dieses Thema):
template-send = ✉️ An die Person senden
template-sent = Antwort „{ $title }“ an die Person gesendet.

relay-original = Original ({ $language }):
