"""What people say to Haven in each language it speaks: a home, and one example per sentence.

Every sentence template of every language file has at least one example here (checked
by test_assist.py), so every sentence Haven ships is said at least once to HA's real
default conversation agent.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Home:
    """The names of a test home's records, in one language."""

    furnace: str
    car: str
    flue: str  # overdue task on the furnace
    filter: str  # due this week on the furnace, last done in October
    gutters: str  # house-wide, due later this month
    service: str  # a log entry on the car
    examples: dict[str, list[str]] = field(default_factory=dict)


HOMES: dict[str, Home] = {
    "en": Home(
        furnace="Furnace",
        car="Car",
        flue="Inspect the flue",
        filter="Replace the air filter",
        gutters="Clean the gutters",
        service="Service",
        examples={
            "due": [
                "What maintenance is due?",
                "What is due?",
                "What's due?",
                "What needs doing?",
                "What maintenance needs doing?",
            ],
            "due_week": [
                "What maintenance is due this week?",
                "What is due this week?",
                "What's due this week?",
                "What needs doing this week?",
            ],
            "due_month": [
                "What maintenance is due this month?",
                "What is due this month?",
                "What's due this month?",
                "What needs doing this month?",
            ],
            "overdue": [
                "What is overdue?",
                "What's overdue?",
                "What maintenance is overdue?",
                "Which tasks are overdue?",
                "Is anything overdue?",
            ],
            "last_done": [
                "When did I last replace the air filter?",
                "When was the last time we replaced the air filter?",
            ],
            "last_asset": ["When did I last service the car?"],
            "complete": [
                "Mark inspect the flue as done",
                "Mark inspect the flue on the furnace done",
                "Mark inspect the flue on the furnace as done",
            ],
            "snooze": [
                "Snooze clean the gutters for two weeks",
                "Postpone clean the gutters",
            ],
            "skip": [
                "Skip inspect the flue",
                "Skip inspect the flue this time",
                "Skip inspect the flue on the furnace",
            ],
            "spend": ["How much did I spend on the car?"],
            "spend_year": [
                "How much have we spent on the car this year?",
                "How much did I spend on the car this year?",
            ],
            "note": [
                "Note that the basement smells damp",
                "Remember that the attic light flickers",
                "Make a note that the gutter bracket is loose",
            ],
            "list_items": [
                "What is on my maintenance list?",
                "What's on the Home maintenance list?",
                "Read me my maintenance list",
            ],
            "list_add": [
                "Add clean the grill to my Maintenance list",
                "Put descale the kettle on the maintenance list",
            ],
            "list_complete": [
                "Check off inspect the flue on my Maintenance list",
                "Tick replace the air filter off my maintenance list",
                "Complete clean the gutters on the maintenance list",
            ],
            "list_remove": ["Remove clean the gutters from my maintenance list"],
        },
    ),
    "de": Home(
        furnace="Heizung",
        car="Auto",
        flue="Abgasrohr prüfen",
        filter="Luftfilter wechseln",
        gutters="Dachrinne reinigen",
        service="Inspektion",
        examples={
            "due": [
                "Was ist fällig?",
                "Was steht an?",
                "Welche Wartung ist fällig?",
                "Was muss gemacht werden?",
            ],
            "due_week": [
                "Was ist diese Woche fällig?",
                "Was steht diese Woche an?",
                "Welche Wartung ist diese Woche fällig?",
                "Was muss diese Woche gemacht werden?",
            ],
            "due_month": [
                "Was ist diesen Monat fällig?",
                "Was steht diesen Monat an?",
                "Welche Wartung ist diesen Monat fällig?",
                "Was muss diesen Monat gemacht werden?",
            ],
            "overdue": [
                "Was ist überfällig?",
                "Welche Aufgaben sind überfällig?",
                "Welche Wartung ist überfällig?",
                "Ist etwas überfällig?",
            ],
            "last_done": [
                "Wann habe ich zuletzt den Luftfilter gewechselt?",
                "Wann wurde Luftfilter wechseln zuletzt erledigt?",
                "Wann wurde zuletzt der Luftfilter gewechselt?",
            ],
            "last_asset": ["Wann haben wir zuletzt das Auto zur Inspektion gebracht?"],
            "complete": [
                "Markiere Abgasrohr prüfen als erledigt",
                "Abgasrohr prüfen an der Heizung ist erledigt",
            ],
            "snooze": [
                "Verschiebe Dachrinne reinigen um zwei Wochen",
                "Schiebe Dachrinne reinigen auf",
            ],
            "skip": [
                "Überspringe Abgasrohr prüfen",
                "Überspring Abgasrohr prüfen an der Heizung",
                "Lass Abgasrohr prüfen ausfallen",
            ],
            "spend": [
                "Wie viel habe ich für das Auto ausgegeben?",
                "Was hat das Auto gekostet?",
            ],
            "spend_year": ["Wie viel haben wir dieses Jahr für das Auto ausgegeben?"],
            "note": [
                "Notiere, dass der Keller feucht riecht",
                "Merk dir, dass das Licht auf dem Dachboden flackert",
            ],
            "list_items": [
                "Was steht auf meiner Wartungsliste?",
                "Lies mir die Wartungsliste vor",
            ],
            "list_add": [
                "Füge Grill reinigen zur Wartungsliste hinzu",
                "Setze Wasserkocher entkalken auf die Wartungsliste",
            ],
            "list_complete": ["Hake Abgasrohr prüfen auf meiner Wartungsliste ab"],
            "list_remove": ["Entferne Dachrinne reinigen von meiner Wartungsliste"],
        },
    ),
    "nl": Home(
        furnace="Ketel",
        car="Auto",
        flue="Rookkanaal controleren",
        filter="Luchtfilter vervangen",
        gutters="Dakgoot schoonmaken",
        service="Onderhoudsbeurt",
        examples={
            "due": [
                "Wat moet er gebeuren?",
                "Wat moet er gedaan worden?",
                "Welk onderhoud staat er gepland?",
                "Welk onderhoud moet er gebeuren?",
            ],
            "due_week": [
                "Wat moet er deze week gebeuren?",
                "Wat moet er deze week gedaan worden?",
                "Welk onderhoud staat er deze week gepland?",
            ],
            "due_month": [
                "Wat moet er deze maand gebeuren?",
                "Wat moet er deze maand gedaan worden?",
                "Welk onderhoud staat er deze maand gepland?",
            ],
            "overdue": [
                "Wat is achterstallig?",
                "Welk onderhoud is achterstallig?",
                "Welke taken zijn achterstallig?",
                "Is er iets achterstallig?",
            ],
            "last_done": [
                "Wanneer heb ik voor het laatst het luchtfilter vervangen?",
                "Wanneer is luchtfilter vervangen voor het laatst gedaan?",
            ],
            "last_asset": ["Wanneer hebben we voor het laatst de auto laten nakijken?"],
            "complete": [
                "Markeer rookkanaal controleren als gedaan",
                "Rookkanaal controleren bij de ketel is klaar",
            ],
            "snooze": [
                "Stel dakgoot schoonmaken twee weken uit",
                "Schuif dakgoot schoonmaken op",
            ],
            "skip": [
                "Sla rookkanaal controleren over",
                "Sla rookkanaal controleren bij de ketel over",
            ],
            "spend": [
                "Hoeveel heb ik aan de auto uitgegeven?",
                "Wat heeft de auto gekost?",
            ],
            "spend_year": ["Hoeveel hebben we dit jaar aan de auto uitgegeven?"],
            "note": [
                "Noteer dat de kelder vochtig ruikt",
                "Onthoud dat de zolderlamp flikkert",
            ],
            "list_items": [
                "Wat staat er op mijn onderhoudslijst?",
                "Lees de onderhoudslijst voor",
            ],
            "list_add": [
                "Zet barbecue schoonmaken op de onderhoudslijst",
                "Voeg waterkoker ontkalken toe aan mijn onderhoudslijst",
            ],
            "list_complete": [
                "Vink rookkanaal controleren af op mijn onderhoudslijst",
                "Vink luchtfilter vervangen op de onderhoudslijst af",
            ],
            "list_remove": ["Verwijder dakgoot schoonmaken van mijn onderhoudslijst"],
        },
    ),
    "fr": Home(
        furnace="Chaudière",
        car="Voiture",
        flue="Inspecter le conduit",
        filter="Changer le filtre à air",
        gutters="Nettoyer les gouttières",
        service="Révision",
        examples={
            "due": [
                "Quel entretien est prévu ?",
                "Quelles tâches sont à faire ?",
                "Qu'est-ce qu'il faut faire ?",
                "Qu'y a-t-il à faire ?",
            ],
            "due_week": [
                "Quel entretien est prévu cette semaine ?",
                "Quelles tâches sont à faire cette semaine ?",
                "Qu'est-ce qu'il faut faire cette semaine ?",
                "Qu'y a-t-il à faire cette semaine ?",
            ],
            "due_month": [
                "Quel entretien est prévu ce mois-ci ?",
                "Quelles tâches sont à faire ce mois-ci ?",
                "Qu'est-ce qu'il faut faire ce mois ?",
                "Qu'y a-t-il à faire ce mois-ci ?",
            ],
            "overdue": [
                "Qu'est-ce qui est en retard ?",
                "Quelles tâches sont en retard ?",
                "Quel entretien est en retard ?",
                "Y a-t-il quelque chose en retard ?",
            ],
            "last_done": [
                "Quand ai-je changé le filtre à air pour la dernière fois ?",
                "Quand est-ce que j'ai changé le filtre à air pour la dernière fois ?",
                "À quand remonte la dernière fois que nous avons changé le filtre à air ?",
            ],
            "last_asset": [
                "Quand avons-nous fait la révision de la voiture pour la dernière fois ?"
            ],
            "complete": [
                "Marque inspecter le conduit comme fait",
                "Inspecter le conduit de la chaudière est terminé",
            ],
            "snooze": [
                "Reporte nettoyer les gouttières de deux semaines",
                "Repousse nettoyer les gouttières",
            ],
            "skip": [
                "Saute inspecter le conduit",
                "Passe inspecter le conduit de la chaudière",
            ],
            "spend": [
                "Combien ai-je dépensé pour la voiture ?",
                "Combien a coûté la voiture ?",
            ],
            "spend_year": ["Combien avons-nous dépensé pour la voiture cette année ?"],
            "note": [
                "Note que la cave sent l'humidité",
                "Souviens-toi que la lampe du grenier clignote",
            ],
            "list_items": [
                "Qu'y a-t-il sur ma liste d'entretien ?",
                "Qu'est-ce qu'il y a sur ma liste d'entretien ?",
                "Lis-moi la liste d'entretien",
            ],
            "list_add": [
                "Ajoute nettoyer le barbecue à ma liste d'entretien",
                "Mets détartrer la bouilloire sur ma liste d'entretien",
            ],
            "list_complete": ["Coche inspecter le conduit sur ma liste d'entretien"],
            "list_remove": ["Supprime nettoyer les gouttières de ma liste d'entretien"],
        },
    ),
    "es": Home(
        furnace="Caldera",
        car="Coche",
        flue="Revisar la chimenea",
        filter="Cambiar el filtro de aire",
        gutters="Limpiar los canalones",
        service="Revisión",
        examples={
            "due": [
                "¿Qué mantenimiento toca?",
                "¿Qué hay pendiente?",
                "¿Qué tareas tocan?",
                "¿Qué tengo que hacer?",
            ],
            "due_week": [
                "¿Qué mantenimiento toca esta semana?",
                "¿Qué hay pendiente esta semana?",
                "¿Qué tareas tocan esta semana?",
                "¿Qué tengo que hacer esta semana?",
            ],
            "due_month": [
                "¿Qué mantenimiento toca este mes?",
                "¿Qué hay pendiente este mes?",
                "¿Qué tareas tocan este mes?",
                "¿Qué tengo que hacer este mes?",
            ],
            "overdue": [
                "¿Qué está atrasado?",
                "¿Qué tareas están atrasadas?",
                "¿Qué mantenimiento está atrasado?",
                "¿Hay algo atrasado?",
            ],
            "last_done": [
                "¿Cuándo fue la última vez que cambié el filtro de aire?",
                "¿Cuándo cambiamos el filtro de aire por última vez?",
            ],
            "last_asset": [
                "¿Cuándo fue la última vez que llevamos el coche a revisión?"
            ],
            "complete": [
                "Marca revisar la chimenea como hecha",
                "Ya hice revisar la chimenea de la caldera",
            ],
            "snooze": ["Pospón limpiar los canalones dos semanas"],
            "skip": [
                "Sáltate revisar la chimenea",
                "Omite revisar la chimenea de la caldera",
            ],
            "spend": [
                "¿Cuánto he gastado en el coche?",
                "¿Cuánto me ha costado el coche?",
            ],
            "spend_year": ["¿Cuánto hemos gastado en el coche este año?"],
            "note": [
                "Anota que el sótano huele a humedad",
                "Apunta que la luz del desván parpadea",
                "Recuerda que hay que comprar pilas",
            ],
            "list_items": [
                "¿Qué hay en mi lista de mantenimiento?",
                "¿Qué tengo en la lista de mantenimiento?",
                "Lee mi lista de mantenimiento",
            ],
            "list_add": [
                "Añade limpiar la barbacoa a mi lista de mantenimiento",
                "Pon descalcificar el hervidor en la lista de mantenimiento",
            ],
            "list_complete": ["Tacha revisar la chimenea de mi lista de mantenimiento"],
            "list_remove": ["Quita limpiar los canalones de mi lista de mantenimiento"],
        },
    ),
}
