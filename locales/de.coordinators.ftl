# Texte, die nur die Koordinatorinnen in ihrer Telegram-Gruppe lesen (nur Deutsch).

card-topic-new = 🆕
card-title = <b>Neue Anfrage { $reference }</b>
card-received = Eingegangen: { $date }
card-language = Sprache der Person: { $language }
card-no-topics = In dieser Gruppe sind keine Themen (Topics) eingeschaltet. Anfragen erscheinen deshalb als einzelne Nachrichten; schalten Sie Themen ein, damit jede Anfrage ihr eigenes Thema bekommt.
