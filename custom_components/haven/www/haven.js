var $2=Object.defineProperty;var V3=Object.getOwnPropertyDescriptor;var L3=(e,H)=>{for(var C in H)$2(e,C,{get:H[C],enumerable:!0})};var n=(e,H,C,V)=>{for(var L=V>1?void 0:V?V3(H,C):H,r=e.length-1,M;r>=0;r--)(M=e[r])&&(L=(V?M(H,C,L):M(L))||L);return V&&L&&$2(H,C,L),L};var m2={};L3(m2,{de:()=>D2,en:()=>E2,fr:()=>N2,nl:()=>z2});var E2={common:{haven:"Haven",cancel:"Cancel",save:"Save",close:"Close",remove:"Remove",edit:"Edit",add:"Add",back:"Back",retry:"Retry",loading:"Loading\u2026",none:"None",optional:"optional",name:"Name",notes:"Notes",cost:"Cost",search:"Search tasks",all_zones:"All zones",all_assets:"All assets",everyone:"Everyone",no_zone:"No zone",house_wide:"Whole house",no_asset:"No asset (whole house)",reconnecting:"Connection lost \u2014 reconnecting\u2026",connecting:"Connecting to Haven\u2026",not_loaded:"Haven has no property loaded yet. Add one under Settings \u2192 Devices & services.",property:"Property",show_more:{one:"Show {count} more",other:"Show {count} more"},more_actions:"More actions for {name}",by:"by {name}",someone:"someone"},count:{tasks:{one:"{count} task",other:"{count} tasks"},assets:{one:"{count} asset",other:"{count} assets"},items:{one:"{count} item",other:"{count} items"},overdue:{one:"{count} overdue",other:"{count} overdue"},due_soon:{one:"{count} due soon",other:"{count} due soon"}},status:{overdue:"Overdue",due_soon:"Due soon",ok:"Upcoming",unscheduled:"Not scheduled",done:"Done",snoozed:"Snoozed until {date}",paused:"Paused"},nav:{home:"Home",inbox:"Inbox",inbox_count:"Inbox ({count})",capture:"Capture something",add_asset:"Add asset",add_task:"Add task",log_work:"Log work",switch_property:"Property"},home:{health:"House health",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Spent this year",budget_of:"of {budget}",open_inbox:"Open captures",overdue:"Overdue",due_soon:"Due soon",upcoming:"Upcoming",nothing_due:"Nothing is overdue or due soon. Well done!",no_tasks:"No tasks match.",no_tasks_yet:"No tasks yet. Add an asset from a template to get its usual maintenance.",recent_work:"Recent work",no_recent_work:"Nothing logged yet.",group_by:"Group by",group_zone:"Zone",group_asset:"Asset",filter_zone:"Zone",filter_asset:"Asset",filter_assignee:"Assigned to",filters:"Filters",clear_filters:"Clear filters",expand:"Show the tasks of {name}",collapse:"Hide the tasks of {name}",results:{one:"{count} task matches",other:"{count} tasks match"}},task:{done:"Done",snooze:"Snooze",skip:"Skip",edit:"Edit task",remove:"Remove task",due:"Due {when}",due_on:"Due {date}",last_done:"Last done {when}",never_done:"Never done",meter_progress:"{value} of {every} {unit}",priority:"Priority",priority_0:"Low",priority_1:"Normal",priority_2:"High",priority_3:"Urgent",mark_done:"Mark {name} done",snooze_named:"Snooze {name}",assigned:"Assigned to {names}"},log:{completed:"Done",skipped:"Skipped",snoozed:"Snoozed",manual:"Logged",note:"Note",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"This asset no longer exists.",details:"Details",manufacturer:"Manufacturer",model:"Model",serial_number:"Serial number",installed_on:"Installed on",zone:"Zone",template:"Template",warranty_until:"Warranty until",notes:"Notes",tasks:"Tasks",no_tasks:"No tasks for this asset yet.",history:"History",no_history:"Nothing logged for this asset yet.",total_cost:"Total cost",cost_this_year:"This year",supplies:"Supplies",no_supplies:"No supplies.",quantity:"In stock: {count}",quantity_unknown:"Stock not counted",buy:"Buy {name}",part:"Part {number}",documents:"Documents",no_documents:"No manuals or receipts yet.",attach:"Attach a PDF or photo",attaching:"Uploading {name}\u2026",attached:"{name} attached.",captures:"Captures about it",edit:"Edit asset",remove:"Remove asset",add_supply:"Add supply",edit_supply:"Edit {name}",overdue:"Needs attention",open:"Open {name}",loading_details:"Loading history and documents\u2026",past_life:"Past its expected life",remove_supply:"Remove {name}"},inbox:{title:"Inbox",empty:"Nothing waiting. Captures you make with the + button land here.",status_PENDING:"Waiting",status_PROCESSING:"Processing\u2026",status_PROCESSED:"Understood",status_FAILED:"Failed",transcript:"What was said",understood:"What was understood",suggested:"Suggested: {task}",suggested_asset:"About: {asset}",triage:"File it",dismiss:"Dismiss",retry:"Try again",from:"From {who}, {when}",photo_of:"Photo: {summary}",voice_memo:"Voice memo",dismissed:"Capture dismissed.",filed:"Capture filed."},dialog:{complete:{title:"Mark done: {name}",performed_at:"Done at",notes:"Notes",cost:"Cost ({currency})",submit:"Mark done",done:"{name} done. Next due {when}."},snooze:{title:"Snooze: {name}",how_long:"Snooze for",one_day:"1 day",one_week:"1 week",until_date:"Until a date",date:"Date",submit:"Snooze",done:"{name} snoozed until {when}."},skip:{title:"Skip: {name}",text:"Skip this occurrence of \u201C{name}\u201D? It moves to its next due date and the skip is recorded.",submit:"Skip",done:"{name} skipped. Next due {when}."},log:{title:"Log work",asset:"Asset",action:"What was done",submit:"Log it",done:"Logged."},asset:{add_title:"Add an asset",edit_title:"Edit {name}",template:"Template",no_template:"No template",template_tasks:"Adds: {tasks}",zone:"Zone",new_zone:"New zone\u2026",new_zone_name:"Name of the new zone",submit_add:"Add asset",added:"{name} added.",saved:"{name} saved.",category:{electrical:"Electrical",exterior:"Outside the house",general:"General",hvac:"Heating and cooling",kitchen:"Kitchen",laundry:"Laundry",plumbing:"Plumbing and water",pool:"Pool and spa",safety:"Safety",vehicle:"Vehicles",yard:"Yard and garden"}},task:{add_title:"Add a task",edit_title:"Edit {name}",asset:"Asset",kind:"How does it repeat?",kind_interval:"Every few days, weeks, months or years",kind_cron:"On a calendar pattern (cron)",kind_meter:"By use, from a sensor (hours, cycles, km)",kind_once:"Just once",every:"Every",unit:"Unit",unit_days:"days",unit_weeks:"weeks",unit_months:"months",unit_years:"years",anchor:"Count from",anchor_completion:"the last time it was done",anchor_fixed:"a fixed calendar",cron:"Cron expression",cron_help:"minute hour day-of-month month day-of-week, e.g. 0 9 1 * * for 9:00 on the 1st",preview:"Next dates",preview_loading:"Working out the next dates\u2026",meter_entity:"Sensor",meter_pick:"Choose a sensor",meter_none:"No numeric sensor found.",meter_now:"Now: {value}",meter_since:"Since it was last done: {progress}",meter_every:"Every (units of the sensor)",backstop:"Or at the latest every (optional)",first_due:"First due",lead_days:"Remind this many days before",priority:"Priority",notes:"Notes",submit_add:"Add task",added:"{name} added.",saved:"{name} saved.",assignee:"Assigned to",nobody:"Nobody"},supply:{add_title:"Add a supply",edit_title:"Edit {name}",part_number:"Part number",purchase_url:"Where to buy it (link)",quantity:"In stock",task:"Used by task",no_task:"No task",saved:"{name} saved."},remove:{title:"Remove {name}?",asset_text:"\u201C{name}\u201D and its tasks, supplies and history are removed. This cannot be undone.",task_text:"\u201C{name}\u201D is removed; its history stays with the asset. This cannot be undone.",supply_text:"\u201C{name}\u201D is removed.",confirm:"Remove",removed:"{name} removed."},gone:{task:"This task was removed meanwhile.",asset:"This asset was removed meanwhile.",capture:"This capture was filed meanwhile."},triage:{title:"File this capture",outcome:"Turn it into",outcome_task:"A task",outcome_log:"A log entry (work done)",outcome_note:"A note on the asset",name:"Name",action:"What was done",performed_at:"Done at",submit:"File it"},capture:{title:"Capture something",photo:"Take or choose a photo",file:"Choose a file",record:"Record a voice memo",stop:"Stop recording",recording:"Recording\u2026 {time}",discard:"Discard",chosen:"{name} ({size})",recorded:"Voice memo ({time})",text:"Or type a note",asset:"About (optional)",submit:"Send to inbox",uploading:"Uploading\u2026 {percent} %",sent:"Sent to the inbox.",mic_denied:"The microphone is blocked. Allow it for this site in your browser's settings, or choose a recording instead.",mic_absent:"No microphone was found on this device. Choose a recording instead.",mic_unsupported:"This browser cannot record audio here (a secure https connection is needed). Choose a recording instead.",empty:"Add a photo, a recording or a line of text first."}},error:{generic:"Something went wrong: {message}",network:"The upload did not reach Home Assistant. Check the connection and try again.",too_large:"This file is too big for Haven (at most 25 MB).",unsupported_type:"Haven only accepts photos (JPEG, PNG, GIF, WebP, HEIC), PDFs for documents and audio recordings.",bad_request:"Home Assistant refused the upload: {message}",forbidden:"You are not allowed to do this: {message}",number:"Enter a number.",required:"Fill in {field}.",positive:"Enter a number greater than zero.",date:"Enter a date.",load_asset:"Could not load this asset's history: {message}"},schedule:{every_days:{one:"Every day",other:"Every {count} days"},every_weeks:{one:"Every week",other:"Every {count} weeks"},every_months:{one:"Every month",other:"Every {count} months"},every_years:{one:"Every year",other:"Every {count} years"},from_completion:"{every}, counted from the last time it was done",fixed:"{every}, on a fixed calendar",cron_daily:"Every day at {time}",cron_weekly:"Every {days} at {time}",cron_monthly:"At {time} on day {day} of every month",cron_yearly:"Every year on {month} {day} at {time}",cron_custom:"On the pattern {cron}",meter:{one:"Every {count} unit of {sensor}",other:"Every {count} units of {sensor}"},meter_backstop:"{meter}, or {backstop}, whichever comes first",once:"Once"},card:{overview_name:"Haven overview",overview_description:"House health, the tasks due now with Done and Snooze, and recent work.",asset_name:"Haven asset",asset_description:"One asset's tasks and their state, with Done buttons.",capture_name:"Haven capture",capture_description:"Capture a photo, a voice memo or a note into Haven's inbox.",all_caught_up:"All caught up.",open_panel:"Open Haven",pick_asset:"Choose an asset in the card's settings.",capture_prompt:"Noticed something? Capture it.",show_recent:"Show recent work",max_tasks:"Tasks to show at most",title:"Title",no_properties:"No Haven property is loaded.",more:{one:"\u2026and {count} more",other:"\u2026and {count} more"}}};var D2={common:{haven:"Haven",cancel:"Abbrechen",save:"Speichern",close:"Schlie\xDFen",remove:"Entfernen",edit:"Bearbeiten",add:"Hinzuf\xFCgen",back:"Zur\xFCck",retry:"Erneut versuchen",loading:"Wird geladen \u2026",none:"Keine",optional:"optional",name:"Name",notes:"Notizen",cost:"Kosten",search:"Aufgaben suchen",all_zones:"Alle Zonen",all_assets:"Alle Ger\xE4te",everyone:"Alle",no_zone:"Keine Zone",house_wide:"Ganzes Haus",no_asset:"Kein Ger\xE4t (ganzes Haus)",reconnecting:"Verbindung verloren \u2013 verbinde neu \u2026",connecting:"Verbinde mit Haven \u2026",not_loaded:"In Haven ist noch kein Zuhause geladen. F\xFCge eines unter Einstellungen \u2192 Ger\xE4te & Dienste hinzu.",property:"Zuhause",show_more:{one:"{count} weiteres anzeigen",other:"{count} weitere anzeigen"},more_actions:"Weitere Aktionen f\xFCr {name}",by:"von {name}",someone:"jemand"},count:{tasks:{one:"{count} Aufgabe",other:"{count} Aufgaben"},assets:{one:"{count} Ger\xE4t",other:"{count} Ger\xE4te"},items:{one:"{count} Eintrag",other:"{count} Eintr\xE4ge"},overdue:{one:"{count} \xFCberf\xE4llig",other:"{count} \xFCberf\xE4llig"},due_soon:{one:"{count} bald f\xE4llig",other:"{count} bald f\xE4llig"}},status:{overdue:"\xDCberf\xE4llig",due_soon:"Bald f\xE4llig",ok:"Demn\xE4chst",unscheduled:"Nicht geplant",done:"Erledigt",snoozed:"Verschoben bis {date}",paused:"Pausiert"},nav:{home:"\xDCbersicht",inbox:"Posteingang",inbox_count:"Posteingang ({count})",capture:"Etwas erfassen",add_asset:"Ger\xE4t hinzuf\xFCgen",add_task:"Aufgabe hinzuf\xFCgen",log_work:"Arbeit eintragen",switch_property:"Zuhause"},home:{health:"Zustand des Hauses",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Ausgaben dieses Jahr",budget_of:"von {budget}",open_inbox:"Offene Erfassungen",overdue:"\xDCberf\xE4llig",due_soon:"Bald f\xE4llig",upcoming:"Demn\xE4chst",nothing_due:"Nichts ist \xFCberf\xE4llig oder bald f\xE4llig. Gut gemacht!",no_tasks:"Keine passenden Aufgaben.",no_tasks_yet:"Noch keine Aufgaben. F\xFCge ein Ger\xE4t aus einer Vorlage hinzu, um seine \xFCbliche Wartung zu erhalten.",recent_work:"Letzte Arbeiten",no_recent_work:"Noch nichts eingetragen.",group_by:"Gruppieren nach",group_zone:"Zone",group_asset:"Ger\xE4t",filter_zone:"Zone",filter_asset:"Ger\xE4t",filter_assignee:"Zugewiesen an",filters:"Filter",clear_filters:"Filter zur\xFCcksetzen",expand:"Aufgaben von {name} anzeigen",collapse:"Aufgaben von {name} ausblenden",results:{one:"{count} passende Aufgabe",other:"{count} passende Aufgaben"}},task:{done:"Erledigt",snooze:"Verschieben",skip:"\xDCberspringen",edit:"Aufgabe bearbeiten",remove:"Aufgabe entfernen",due:"F\xE4llig: {when}",due_on:"F\xE4llig am {date}",last_done:"Zuletzt erledigt: {when}",never_done:"Noch nie erledigt",meter_progress:"{value} von {every} {unit}",priority:"Priorit\xE4t",priority_0:"Niedrig",priority_1:"Normal",priority_2:"Hoch",priority_3:"Dringend",mark_done:"{name} als erledigt markieren",snooze_named:"{name} verschieben",assigned:"Zugewiesen an {names}"},log:{completed:"Erledigt",skipped:"\xDCbersprungen",snoozed:"Verschoben",manual:"Eingetragen",note:"Notiz",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Dieses Ger\xE4t existiert nicht mehr.",details:"Details",manufacturer:"Hersteller",model:"Modell",serial_number:"Seriennummer",installed_on:"Installiert am",zone:"Zone",template:"Vorlage",warranty_until:"Garantie bis",notes:"Notizen",tasks:"Aufgaben",no_tasks:"Noch keine Aufgaben f\xFCr dieses Ger\xE4t.",history:"Verlauf",no_history:"F\xFCr dieses Ger\xE4t ist noch nichts eingetragen.",total_cost:"Gesamtkosten",cost_this_year:"Dieses Jahr",supplies:"Verbrauchsmaterial",no_supplies:"Kein Verbrauchsmaterial.",quantity:"Vorr\xE4tig: {count}",quantity_unknown:"Vorrat nicht gez\xE4hlt",buy:"{name} kaufen",part:"Teil {number}",documents:"Dokumente",no_documents:"Noch keine Anleitungen oder Belege.",attach:"PDF oder Foto anh\xE4ngen",attaching:"{name} wird hochgeladen \u2026",attached:"{name} angeh\xE4ngt.",captures:"Erfassungen dazu",edit:"Ger\xE4t bearbeiten",remove:"Ger\xE4t entfernen",add_supply:"Verbrauchsmaterial hinzuf\xFCgen",edit_supply:"{name} bearbeiten",overdue:"Braucht Aufmerksamkeit",open:"{name} \xF6ffnen",loading_details:"Verlauf und Dokumente werden geladen \u2026",past_life:"\xDCber die erwartete Lebensdauer hinaus",remove_supply:"{name} entfernen"},inbox:{title:"Posteingang",empty:"Nichts wartet. Was du mit der Schaltfl\xE4che + erfasst, landet hier.",status_PENDING:"Wartet",status_PROCESSING:"Wird verarbeitet \u2026",status_PROCESSED:"Verstanden",status_FAILED:"Fehlgeschlagen",transcript:"Was gesagt wurde",understood:"Was verstanden wurde",suggested:"Vorschlag: {task}",suggested_asset:"Betrifft: {asset}",triage:"Einordnen",dismiss:"Verwerfen",retry:"Erneut versuchen",from:"Von {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Sprachnotiz",dismissed:"Erfassung verworfen.",filed:"Erfassung eingeordnet."},dialog:{complete:{title:"Als erledigt markieren: {name}",performed_at:"Erledigt am",notes:"Notizen",cost:"Kosten ({currency})",submit:"Als erledigt markieren",done:"{name} erledigt. N\xE4chste F\xE4lligkeit: {when}."},snooze:{title:"Verschieben: {name}",how_long:"Verschieben um",one_day:"1 Tag",one_week:"1 Woche",until_date:"Bis zu einem Datum",date:"Datum",submit:"Verschieben",done:"{name} verschoben \u2013 wieder f\xE4llig {when}."},skip:{title:"\xDCberspringen: {name}",text:"Diesen Termin von \u201E{name}\u201C \xFCberspringen? Die Aufgabe r\xFCckt zum n\xE4chsten F\xE4lligkeitsdatum vor, und das \xDCberspringen wird festgehalten.",submit:"\xDCberspringen",done:"{name} \xFCbersprungen. N\xE4chste F\xE4lligkeit: {when}."},log:{title:"Arbeit eintragen",asset:"Ger\xE4t",action:"Was gemacht wurde",submit:"Eintragen",done:"Eingetragen."},asset:{add_title:"Ger\xE4t hinzuf\xFCgen",edit_title:"{name} bearbeiten",template:"Vorlage",no_template:"Keine Vorlage",template_tasks:"F\xFCgt hinzu: {tasks}",zone:"Zone",new_zone:"Neue Zone \u2026",new_zone_name:"Name der neuen Zone",submit_add:"Ger\xE4t hinzuf\xFCgen",added:"{name} hinzugef\xFCgt.",saved:"{name} gespeichert.",category:{electrical:"Elektrik",exterior:"Rund ums Haus",general:"Allgemein",hvac:"Heizen und K\xFChlen",kitchen:"K\xFCche",laundry:"W\xE4sche",plumbing:"Sanit\xE4r und Wasser",pool:"Pool und Whirlpool",safety:"Sicherheit",vehicle:"Fahrzeuge",yard:"Hof und Garten"}},task:{add_title:"Aufgabe hinzuf\xFCgen",edit_title:"{name} bearbeiten",asset:"Ger\xE4t",kind:"Wie wiederholt sie sich?",kind_interval:"Alle paar Tage, Wochen, Monate oder Jahre",kind_cron:"Nach Kalendermuster (Cron)",kind_meter:"Nach Nutzung, per Sensor (Stunden, Zyklen, km)",kind_once:"Nur einmal",every:"Alle",unit:"Einheit",unit_days:"Tage",unit_weeks:"Wochen",unit_months:"Monate",unit_years:"Jahre",anchor:"Z\xE4hlen ab",anchor_completion:"der letzten Erledigung",anchor_fixed:"festem Kalender",cron:"Cron-Ausdruck",cron_help:"Minute Stunde Tag-des-Monats Monat Wochentag, z. B. 0 9 1 * * f\xFCr 9:00 Uhr am 1.",preview:"N\xE4chste Termine",preview_loading:"N\xE4chste Termine werden berechnet \u2026",meter_entity:"Sensor",meter_pick:"Sensor w\xE4hlen",meter_none:"Kein numerischer Sensor gefunden.",meter_now:"Aktuell: {value}",meter_since:"Seit der letzten Erledigung: {progress}",meter_every:"Alle (Einheiten des Sensors)",backstop:"Oder sp\xE4testens alle (optional)",first_due:"Erste F\xE4lligkeit",lead_days:"So viele Tage vorher erinnern",priority:"Priorit\xE4t",notes:"Notizen",submit_add:"Aufgabe hinzuf\xFCgen",added:"{name} hinzugef\xFCgt.",saved:"{name} gespeichert.",assignee:"Zugewiesen an",nobody:"Niemand"},supply:{add_title:"Verbrauchsmaterial hinzuf\xFCgen",edit_title:"{name} bearbeiten",part_number:"Teilenummer",purchase_url:"Bezugsquelle (Link)",quantity:"Vorr\xE4tig",task:"Verwendet von Aufgabe",no_task:"Keine Aufgabe",saved:"{name} gespeichert."},remove:{title:"{name} entfernen?",asset_text:"\u201E{name}\u201C wird mit seinen Aufgaben, seinem Verbrauchsmaterial und seinem Verlauf entfernt. Dies kann nicht r\xFCckg\xE4ngig gemacht werden.",task_text:"\u201E{name}\u201C wird entfernt; ihr Verlauf bleibt beim Ger\xE4t. Dies kann nicht r\xFCckg\xE4ngig gemacht werden.",supply_text:"\u201E{name}\u201C wird entfernt.",confirm:"Entfernen",removed:"{name} entfernt."},gone:{task:"Diese Aufgabe wurde inzwischen entfernt.",asset:"Dieses Ger\xE4t wurde inzwischen entfernt.",capture:"Diese Erfassung wurde inzwischen eingeordnet."},triage:{title:"Diese Erfassung einordnen",outcome:"Daraus machen",outcome_task:"Eine Aufgabe",outcome_log:"Einen Wartungseintrag (erledigte Arbeit)",outcome_note:"Eine Notiz zum Ger\xE4t",name:"Name",action:"Was gemacht wurde",performed_at:"Erledigt am",submit:"Einordnen"},capture:{title:"Etwas erfassen",photo:"Foto aufnehmen oder ausw\xE4hlen",file:"Datei ausw\xE4hlen",record:"Sprachnotiz aufnehmen",stop:"Aufnahme beenden",recording:"Aufnahme \u2026 {time}",discard:"Verwerfen",chosen:"{name} ({size})",recorded:"Sprachnotiz ({time})",text:"Oder eine Notiz tippen",asset:"Betrifft (optional)",submit:"In den Posteingang senden",uploading:"Wird hochgeladen \u2026 {percent} %",sent:"An den Posteingang gesendet.",mic_denied:"Das Mikrofon ist blockiert. Erlaube es f\xFCr diese Seite in den Einstellungen deines Browsers oder w\xE4hle stattdessen eine Aufnahme.",mic_absent:"Auf diesem Ger\xE4t wurde kein Mikrofon gefunden. W\xE4hle stattdessen eine Aufnahme.",mic_unsupported:"Dieser Browser kann hier kein Audio aufnehmen (eine sichere https-Verbindung ist n\xF6tig). W\xE4hle stattdessen eine Aufnahme.",empty:"F\xFCge zuerst ein Foto, eine Aufnahme oder eine Zeile Text hinzu."}},error:{generic:"Etwas ist schiefgelaufen: {message}",network:"Der Upload hat Home Assistant nicht erreicht. Pr\xFCfe die Verbindung und versuche es erneut.",too_large:"Diese Datei ist zu gro\xDF f\xFCr Haven (h\xF6chstens 25 MB).",unsupported_type:"Haven akzeptiert nur Fotos (JPEG, PNG, GIF, WebP, HEIC), PDFs f\xFCr Dokumente und Audioaufnahmen.",bad_request:"Home Assistant hat den Upload abgelehnt: {message}",forbidden:"Das darfst du nicht: {message}",number:"Gib eine Zahl ein.",required:"F\xFClle {field} aus.",positive:"Gib eine Zahl gr\xF6\xDFer als null ein.",date:"Gib ein Datum ein.",load_asset:"Der Verlauf dieses Ger\xE4ts konnte nicht geladen werden: {message}"},schedule:{every_days:{one:"Jeden Tag",other:"Alle {count} Tage"},every_weeks:{one:"Jede Woche",other:"Alle {count} Wochen"},every_months:{one:"Jeden Monat",other:"Alle {count} Monate"},every_years:{one:"Jedes Jahr",other:"Alle {count} Jahre"},from_completion:"{every}, gez\xE4hlt ab der letzten Erledigung",fixed:"{every}, nach festem Kalender",cron_daily:"Jeden Tag um {time}",cron_weekly:"Jeden {days} um {time}",cron_monthly:"Um {time} am {day}. jedes Monats",cron_yearly:"Jedes Jahr am {day}. {month} um {time}",cron_custom:"Nach dem Muster {cron}",meter:{one:"Alle {count} Einheit von {sensor}",other:"Alle {count} Einheiten von {sensor}"},meter_backstop:"{meter} oder {backstop}, je nachdem, was zuerst eintritt",once:"Einmalig"},card:{overview_name:"Haven-\xDCbersicht",overview_description:"Zustand des Hauses, die jetzt f\xE4lligen Aufgaben mit \u201EErledigt\u201C und \u201EVerschieben\u201C sowie die letzten Arbeiten.",asset_name:"Haven-Ger\xE4t",asset_description:"Die Aufgaben eines Ger\xE4ts und ihr Status, mit Schaltfl\xE4chen \u201EErledigt\u201C.",capture_name:"Haven-Erfassung",capture_description:"Ein Foto, eine Sprachnotiz oder eine Notiz in Havens Posteingang erfassen.",all_caught_up:"Alles erledigt.",open_panel:"Haven \xF6ffnen",pick_asset:"W\xE4hle in den Einstellungen der Karte ein Ger\xE4t.",capture_prompt:"Etwas bemerkt? Erfasse es.",show_recent:"Letzte Arbeiten anzeigen",max_tasks:"H\xF6chstens so viele Aufgaben anzeigen",title:"Titel",no_properties:"Kein Haven-Zuhause ist geladen.",more:{one:"\u2026 und {count} weiteres",other:"\u2026 und {count} weitere"}}};var z2={common:{haven:"Haven",cancel:"Annuleren",save:"Opslaan",close:"Sluiten",remove:"Verwijderen",edit:"Bewerken",add:"Toevoegen",back:"Terug",retry:"Opnieuw proberen",loading:"Laden\u2026",none:"Geen",optional:"optioneel",name:"Naam",notes:"Notities",cost:"Kosten",search:"Taken zoeken",all_zones:"Alle zones",all_assets:"Alle apparaten",everyone:"Iedereen",no_zone:"Geen zone",house_wide:"Hele huis",no_asset:"Geen apparaat (hele huis)",reconnecting:"Verbinding verbroken \u2014 opnieuw verbinden\u2026",connecting:"Verbinden met Haven\u2026",not_loaded:"Haven heeft nog geen huis geladen. Voeg er een toe via Instellingen \u2192 Apparaten & diensten.",property:"Huis",show_more:{one:"Nog {count} tonen",other:"Nog {count} tonen"},more_actions:"Meer acties voor {name}",by:"door {name}",someone:"iemand"},count:{tasks:{one:"{count} taak",other:"{count} taken"},assets:{one:"{count} apparaat",other:"{count} apparaten"},items:{one:"{count} item",other:"{count} items"},overdue:{one:"{count} achterstallig",other:"{count} achterstallig"},due_soon:{one:"{count} binnenkort te doen",other:"{count} binnenkort te doen"}},status:{overdue:"Achterstallig",due_soon:"Binnenkort te doen",ok:"Gepland",unscheduled:"Niet ingepland",done:"Gedaan",snoozed:"Uitgesteld tot {date}",paused:"Gepauzeerd"},nav:{home:"Overzicht",inbox:"Inbox",inbox_count:"Inbox ({count})",capture:"Iets vastleggen",add_asset:"Apparaat toevoegen",add_task:"Taak toevoegen",log_work:"Werk vastleggen",switch_property:"Huis"},home:{health:"Staat van het huis",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Uitgegeven dit jaar",budget_of:"van {budget}",open_inbox:"Open vastleggingen",overdue:"Achterstallig",due_soon:"Binnenkort te doen",upcoming:"Gepland",nothing_due:"Niets is achterstallig of binnenkort te doen. Goed bezig!",no_tasks:"Geen taken gevonden.",no_tasks_yet:"Nog geen taken. Voeg een apparaat toe vanuit een sjabloon om het gebruikelijke onderhoud te krijgen.",recent_work:"Recent werk",no_recent_work:"Nog niets vastgelegd.",group_by:"Groeperen op",group_zone:"Zone",group_asset:"Apparaat",filter_zone:"Zone",filter_asset:"Apparaat",filter_assignee:"Toegewezen aan",filters:"Filters",clear_filters:"Filters wissen",expand:"Taken van {name} tonen",collapse:"Taken van {name} verbergen",results:{one:"{count} taak gevonden",other:"{count} taken gevonden"}},task:{done:"Gedaan",snooze:"Uitstellen",skip:"Overslaan",edit:"Taak bewerken",remove:"Taak verwijderen",due:"Te doen: {when}",due_on:"Te doen op {date}",last_done:"Laatst gedaan: {when}",never_done:"Nog nooit gedaan",meter_progress:"{value} van {every} {unit}",priority:"Prioriteit",priority_0:"Laag",priority_1:"Normaal",priority_2:"Hoog",priority_3:"Dringend",mark_done:"{name} markeren als gedaan",snooze_named:"{name} uitstellen",assigned:"Toegewezen aan {names}"},log:{completed:"Gedaan",skipped:"Overgeslagen",snoozed:"Uitgesteld",manual:"Vastgelegd",note:"Notitie",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Dit apparaat bestaat niet meer.",details:"Details",manufacturer:"Fabrikant",model:"Model",serial_number:"Serienummer",installed_on:"Ge\xEFnstalleerd op",zone:"Zone",template:"Sjabloon",warranty_until:"Garantie tot",notes:"Notities",tasks:"Taken",no_tasks:"Nog geen taken voor dit apparaat.",history:"Geschiedenis",no_history:"Voor dit apparaat is nog niets vastgelegd.",total_cost:"Totale kosten",cost_this_year:"Dit jaar",supplies:"Verbruiksartikelen",no_supplies:"Geen verbruiksartikelen.",quantity:"Op voorraad: {count}",quantity_unknown:"Voorraad niet geteld",buy:"{name} kopen",part:"Onderdeel {number}",documents:"Documenten",no_documents:"Nog geen handleidingen of bonnen.",attach:"Pdf of foto toevoegen",attaching:"{name} uploaden\u2026",attached:"{name} toegevoegd.",captures:"Vastleggingen hierover",edit:"Apparaat bewerken",remove:"Apparaat verwijderen",add_supply:"Verbruiksartikel toevoegen",edit_supply:"{name} bewerken",overdue:"Vraagt aandacht",open:"{name} openen",loading_details:"Geschiedenis en documenten laden\u2026",past_life:"Voorbij de verwachte levensduur",remove_supply:"{name} verwijderen"},inbox:{title:"Inbox",empty:"Niets wacht. Wat je vastlegt met de knop + komt hier terecht.",status_PENDING:"Wacht",status_PROCESSING:"Bezig met verwerken\u2026",status_PROCESSED:"Begrepen",status_FAILED:"Mislukt",transcript:"Wat er gezegd is",understood:"Wat er begrepen is",suggested:"Voorstel: {task}",suggested_asset:"Over: {asset}",triage:"Verwerken",dismiss:"Negeren",retry:"Opnieuw proberen",from:"Van {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Spraakmemo",dismissed:"Vastlegging genegeerd.",filed:"Vastlegging verwerkt."},dialog:{complete:{title:"Markeren als gedaan: {name}",performed_at:"Gedaan op",notes:"Notities",cost:"Kosten ({currency})",submit:"Markeren als gedaan",done:"{name} gedaan. Volgende keer: {when}."},snooze:{title:"Uitstellen: {name}",how_long:"Uitstellen met",one_day:"1 dag",one_week:"1 week",until_date:"Tot een datum",date:"Datum",submit:"Uitstellen",done:"{name} uitgesteld \u2013 weer aan de beurt {when}."},skip:{title:"Overslaan: {name}",text:"Deze keer van \u2018{name}\u2019 overslaan? De taak schuift door naar de volgende datum en het overslaan wordt vastgelegd.",submit:"Overslaan",done:"{name} overgeslagen. Volgende keer: {when}."},log:{title:"Werk vastleggen",asset:"Apparaat",action:"Wat er gedaan is",submit:"Vastleggen",done:"Vastgelegd."},asset:{add_title:"Apparaat toevoegen",edit_title:"{name} bewerken",template:"Sjabloon",no_template:"Geen sjabloon",template_tasks:"Voegt toe: {tasks}",zone:"Zone",new_zone:"Nieuwe zone\u2026",new_zone_name:"Naam van de nieuwe zone",submit_add:"Apparaat toevoegen",added:"{name} toegevoegd.",saved:"{name} opgeslagen.",category:{electrical:"Elektra",exterior:"Buiten het huis",general:"Algemeen",hvac:"Verwarming en koeling",kitchen:"Keuken",laundry:"Wasruimte",plumbing:"Sanitair en water",pool:"Zwembad en spa",safety:"Veiligheid",vehicle:"Voertuigen",yard:"Tuin en erf"}},task:{add_title:"Taak toevoegen",edit_title:"{name} bewerken",asset:"Apparaat",kind:"Hoe vaak herhaalt het?",kind_interval:"Om de paar dagen, weken, maanden of jaren",kind_cron:"Volgens een kalenderpatroon (cron)",kind_meter:"Naar gebruik, via een sensor (uren, cycli, km)",kind_once:"Eenmalig",every:"Elke",unit:"Eenheid",unit_days:"dagen",unit_weeks:"weken",unit_months:"maanden",unit_years:"jaren",anchor:"Tellen vanaf",anchor_completion:"de laatste keer dat het gedaan is",anchor_fixed:"een vaste kalender",cron:"Cron-expressie",cron_help:"minuut uur dag-van-de-maand maand dag-van-de-week, bijv. 0 9 1 * * voor 9:00 op de 1e",preview:"Volgende datums",preview_loading:"Volgende datums berekenen\u2026",meter_entity:"Sensor",meter_pick:"Kies een sensor",meter_none:"Geen numerieke sensor gevonden.",meter_now:"Nu: {value}",meter_since:"Sinds de laatste keer: {progress}",meter_every:"Elke (eenheden van de sensor)",backstop:"Of uiterlijk elke (optioneel)",first_due:"Eerste keer",lead_days:"Zoveel dagen van tevoren herinneren",priority:"Prioriteit",notes:"Notities",submit_add:"Taak toevoegen",added:"{name} toegevoegd.",saved:"{name} opgeslagen.",assignee:"Toegewezen aan",nobody:"Niemand"},supply:{add_title:"Verbruiksartikel toevoegen",edit_title:"{name} bewerken",part_number:"Onderdeelnummer",purchase_url:"Waar te koop (link)",quantity:"Op voorraad",task:"Gebruikt door taak",no_task:"Geen taak",saved:"{name} opgeslagen."},remove:{title:"{name} verwijderen?",asset_text:"\u2018{name}\u2019 en de bijbehorende taken, verbruiksartikelen en geschiedenis worden verwijderd. Dit kan niet ongedaan worden gemaakt.",task_text:"\u2018{name}\u2019 wordt verwijderd; de geschiedenis blijft bij het apparaat. Dit kan niet ongedaan worden gemaakt.",supply_text:"\u2018{name}\u2019 wordt verwijderd.",confirm:"Verwijderen",removed:"{name} verwijderd."},gone:{task:"Deze taak is intussen verwijderd.",asset:"Dit apparaat is intussen verwijderd.",capture:"Deze vastlegging is intussen verwerkt."},triage:{title:"Deze vastlegging verwerken",outcome:"Maak er van",outcome_task:"Een taak",outcome_log:"Een logboekvermelding (gedaan werk)",outcome_note:"Een notitie bij het apparaat",name:"Naam",action:"Wat er gedaan is",performed_at:"Gedaan op",submit:"Verwerken"},capture:{title:"Iets vastleggen",photo:"Foto maken of kiezen",file:"Bestand kiezen",record:"Spraakmemo opnemen",stop:"Opname stoppen",recording:"Opnemen\u2026 {time}",discard:"Weggooien",chosen:"{name} ({size})",recorded:"Spraakmemo ({time})",text:"Of typ een notitie",asset:"Over (optioneel)",submit:"Naar inbox sturen",uploading:"Uploaden\u2026 {percent} %",sent:"Naar de inbox gestuurd.",mic_denied:"De microfoon is geblokkeerd. Sta hem toe voor deze site in de instellingen van je browser, of kies in plaats daarvan een opname.",mic_absent:"Op dit apparaat is geen microfoon gevonden. Kies in plaats daarvan een opname.",mic_unsupported:"Deze browser kan hier geen audio opnemen (een beveiligde https-verbinding is nodig). Kies in plaats daarvan een opname.",empty:"Voeg eerst een foto, een opname of een regel tekst toe."}},error:{generic:"Er ging iets mis: {message}",network:"De upload heeft Home Assistant niet bereikt. Controleer de verbinding en probeer het opnieuw.",too_large:"Dit bestand is te groot voor Haven (maximaal 25 MB).",unsupported_type:"Haven accepteert alleen foto's (JPEG, PNG, GIF, WebP, HEIC), pdf's voor documenten en audio-opnamen.",bad_request:"Home Assistant heeft de upload geweigerd: {message}",forbidden:"Je mag dit niet doen: {message}",number:"Voer een getal in.",required:"Vul {field} in.",positive:"Voer een getal groter dan nul in.",date:"Voer een datum in.",load_asset:"Kon de geschiedenis van dit apparaat niet laden: {message}"},schedule:{every_days:{one:"Elke dag",other:"Om de {count} dagen"},every_weeks:{one:"Elke week",other:"Om de {count} weken"},every_months:{one:"Elke maand",other:"Om de {count} maanden"},every_years:{one:"Elk jaar",other:"Om de {count} jaar"},from_completion:"{every}, geteld vanaf de laatste keer dat het gedaan is",fixed:"{every}, volgens een vaste kalender",cron_daily:"Elke dag om {time}",cron_weekly:"Elke {days} om {time}",cron_monthly:"Om {time} op dag {day} van elke maand",cron_yearly:"Elk jaar op {day} {month} om {time}",cron_custom:"Volgens het patroon {cron}",meter:{one:"Om de {count} eenheid van {sensor}",other:"Om de {count} eenheden van {sensor}"},meter_backstop:"{meter}, of {backstop}, wat het eerst komt",once:"Eenmalig"},card:{overview_name:"Haven-overzicht",overview_description:"Staat van het huis, de taken die nu moeten gebeuren met Gedaan en Uitstellen, en recent werk.",asset_name:"Haven-apparaat",asset_description:"De taken van \xE9\xE9n apparaat en hun status, met knoppen Gedaan.",capture_name:"Haven vastleggen",capture_description:"Leg een foto, een spraakmemo of een notitie vast in de inbox van Haven.",all_caught_up:"Alles bijgewerkt.",open_panel:"Haven openen",pick_asset:"Kies een apparaat in de instellingen van de kaart.",capture_prompt:"Iets opgemerkt? Leg het vast.",show_recent:"Recent werk tonen",max_tasks:"Maximaal aantal taken om te tonen",title:"Titel",no_properties:"Er is geen Haven-huis geladen.",more:{one:"\u2026en nog {count}",other:"\u2026en nog {count}"}}};var N2={common:{haven:"Haven",cancel:"Annuler",save:"Enregistrer",close:"Fermer",remove:"Supprimer",edit:"Modifier",add:"Ajouter",back:"Retour",retry:"R\xE9essayer",loading:"Chargement\u2026",none:"Aucun",optional:"facultatif",name:"Nom",notes:"Notes",cost:"Co\xFBt",search:"Rechercher des t\xE2ches",all_zones:"Toutes les zones",all_assets:"Tous les \xE9quipements",everyone:"Tout le monde",no_zone:"Aucune zone",house_wide:"Toute la maison",no_asset:"Aucun \xE9quipement (toute la maison)",reconnecting:"Connexion perdue \u2014 reconnexion\u2026",connecting:"Connexion \xE0 Haven\u2026",not_loaded:"Haven n'a encore aucun logement charg\xE9. Ajoutez-en un dans Param\xE8tres \u2192 Appareils et services.",property:"Logement",show_more:{one:"Afficher {count} de plus",many:"Afficher {count} de plus",other:"Afficher {count} de plus"},more_actions:"Plus d'actions pour {name}",by:"par {name}",someone:"quelqu'un"},count:{tasks:{one:"{count} t\xE2che",many:"{count} t\xE2ches",other:"{count} t\xE2ches"},assets:{one:"{count} \xE9quipement",many:"{count} \xE9quipements",other:"{count} \xE9quipements"},items:{one:"{count} \xE9l\xE9ment",many:"{count} \xE9l\xE9ments",other:"{count} \xE9l\xE9ments"},overdue:{one:"{count} en retard",many:"{count} en retard",other:"{count} en retard"},due_soon:{one:"{count} bient\xF4t \xE0 faire",many:"{count} bient\xF4t \xE0 faire",other:"{count} bient\xF4t \xE0 faire"}},status:{overdue:"En retard",due_soon:"Bient\xF4t \xE0 faire",ok:"\xC0 venir",unscheduled:"Non planifi\xE9e",done:"Fait",snoozed:"Report\xE9e au {date}",paused:"En pause"},nav:{home:"Accueil",inbox:"Bo\xEEte de r\xE9ception",inbox_count:"Bo\xEEte de r\xE9ception ({count})",capture:"Capturer quelque chose",add_asset:"Ajouter un \xE9quipement",add_task:"Ajouter une t\xE2che",log_work:"Enregistrer un travail",switch_property:"Logement"},home:{health:"\xC9tat de la maison",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"D\xE9pens\xE9 cette ann\xE9e",budget_of:"sur {budget}",open_inbox:"Captures en attente",overdue:"En retard",due_soon:"Bient\xF4t \xE0 faire",upcoming:"\xC0 venir",nothing_due:"Rien n'est en retard ni bient\xF4t \xE0 faire. Bravo !",no_tasks:"Aucune t\xE2che ne correspond.",no_tasks_yet:"Aucune t\xE2che pour l'instant. Ajoutez un \xE9quipement \xE0 partir d'un mod\xE8le pr\xE9d\xE9fini pour obtenir son entretien habituel.",recent_work:"Travaux r\xE9cents",no_recent_work:"Rien n'a encore \xE9t\xE9 enregistr\xE9.",group_by:"Regrouper par",group_zone:"Zone",group_asset:"\xC9quipement",filter_zone:"Zone",filter_asset:"\xC9quipement",filter_assignee:"Assign\xE9e \xE0",filters:"Filtres",clear_filters:"Effacer les filtres",expand:"Afficher les t\xE2ches de {name}",collapse:"Masquer les t\xE2ches de {name}",results:{one:"{count} t\xE2che correspond",many:"{count} t\xE2ches correspondent",other:"{count} t\xE2ches correspondent"}},task:{done:"Fait",snooze:"Reporter",skip:"Sauter",edit:"Modifier la t\xE2che",remove:"Supprimer la t\xE2che",due:"\xC9ch\xE9ance : {when}",due_on:"\xC9ch\xE9ance le {date}",last_done:"Derni\xE8re fois : {when}",never_done:"Jamais faite",meter_progress:"{value} sur {every} {unit}",priority:"Priorit\xE9",priority_0:"Basse",priority_1:"Normale",priority_2:"Haute",priority_3:"Urgente",mark_done:"Marquer {name} comme fait",snooze_named:"Reporter {name}",assigned:"Assign\xE9e \xE0 {names}"},log:{completed:"Fait",skipped:"Saut\xE9e",snoozed:"Report\xE9e",manual:"Enregistr\xE9",note:"Note",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Cet \xE9quipement n'existe plus.",details:"D\xE9tails",manufacturer:"Fabricant",model:"Mod\xE8le",serial_number:"Num\xE9ro de s\xE9rie",installed_on:"Install\xE9 le",zone:"Zone",template:"Mod\xE8le pr\xE9d\xE9fini",warranty_until:"Garantie jusqu'au",notes:"Notes",tasks:"T\xE2ches",no_tasks:"Aucune t\xE2che pour cet \xE9quipement pour l'instant.",history:"Historique",no_history:"Rien n'a encore \xE9t\xE9 enregistr\xE9 pour cet \xE9quipement.",total_cost:"Co\xFBt total",cost_this_year:"Cette ann\xE9e",supplies:"Consommables",no_supplies:"Aucun consommable.",quantity:"En stock : {count}",quantity_unknown:"Stock non compt\xE9",buy:"Acheter {name}",part:"R\xE9f. {number}",documents:"Documents",no_documents:"Aucun manuel ni re\xE7u pour l'instant.",attach:"Joindre un PDF ou une photo",attaching:"Envoi de {name}\u2026",attached:"{name} joint.",captures:"Captures le concernant",edit:"Modifier l'\xE9quipement",remove:"Supprimer l'\xE9quipement",add_supply:"Ajouter un consommable",edit_supply:"Modifier {name}",overdue:"Demande de l'attention",open:"Ouvrir {name}",loading_details:"Chargement de l'historique et des documents\u2026",past_life:"Au-del\xE0 de sa dur\xE9e de vie pr\xE9vue",remove_supply:"Supprimer {name}"},inbox:{title:"Bo\xEEte de r\xE9ception",empty:"Rien en attente. Ce que vous capturez avec le bouton + arrive ici.",status_PENDING:"En attente",status_PROCESSING:"Traitement\u2026",status_PROCESSED:"Compris",status_FAILED:"\xC9chec",transcript:"Ce qui a \xE9t\xE9 dit",understood:"Ce qui a \xE9t\xE9 compris",suggested:"Suggestion : {task}",suggested_asset:"Concerne : {asset}",triage:"Classer",dismiss:"Ignorer",retry:"R\xE9essayer",from:"De {who}, {when}",photo_of:"Photo : {summary}",voice_memo:"M\xE9mo vocal",dismissed:"Capture ignor\xE9e.",filed:"Capture class\xE9e."},dialog:{complete:{title:"Marquer comme fait : {name}",performed_at:"Fait le",notes:"Notes",cost:"Co\xFBt ({currency})",submit:"Marquer comme fait",done:"{name} : fait. Prochaine \xE9ch\xE9ance {when}."},snooze:{title:"Reporter : {name}",how_long:"Reporter de",one_day:"1 jour",one_week:"1 semaine",until_date:"Jusqu'\xE0 une date",date:"Date",submit:"Reporter",done:"{name} report\xE9 : nouvelle \xE9ch\xE9ance {when}."},skip:{title:"Sauter : {name}",text:"Sauter cette occurrence de \xAB {name} \xBB ? La t\xE2che passe \xE0 sa prochaine \xE9ch\xE9ance et le saut est enregistr\xE9.",submit:"Sauter",done:"{name} : saut\xE9e. Prochaine \xE9ch\xE9ance {when}."},log:{title:"Enregistrer un travail",asset:"\xC9quipement",action:"Ce qui a \xE9t\xE9 fait",submit:"Enregistrer",done:"Enregistr\xE9."},asset:{add_title:"Ajouter un \xE9quipement",edit_title:"Modifier {name}",template:"Mod\xE8le pr\xE9d\xE9fini",no_template:"Aucun mod\xE8le",template_tasks:"Ajoute : {tasks}",zone:"Zone",new_zone:"Nouvelle zone\u2026",new_zone_name:"Nom de la nouvelle zone",submit_add:"Ajouter un \xE9quipement",added:"{name} ajout\xE9.",saved:"{name} enregistr\xE9.",category:{electrical:"\xC9lectricit\xE9",exterior:"Ext\xE9rieur de la maison",general:"G\xE9n\xE9ral",hvac:"Chauffage et climatisation",kitchen:"Cuisine",laundry:"Buanderie",plumbing:"Plomberie et eau",pool:"Piscine et spa",safety:"S\xE9curit\xE9",vehicle:"V\xE9hicules",yard:"Jardin et ext\xE9rieurs"}},task:{add_title:"Ajouter une t\xE2che",edit_title:"Modifier {name}",asset:"\xC9quipement",kind:"\xC0 quelle fr\xE9quence se r\xE9p\xE8te-t-elle ?",kind_interval:"Tous les quelques jours, semaines, mois ou ann\xE9es",kind_cron:"Selon un motif de calendrier (cron)",kind_meter:"Selon l'utilisation, d'apr\xE8s un capteur (heures, cycles, km)",kind_once:"Une seule fois",every:"Tous les",unit:"Unit\xE9",unit_days:"jours",unit_weeks:"semaines",unit_months:"mois",unit_years:"ans",anchor:"Compter \xE0 partir de",anchor_completion:"la derni\xE8re r\xE9alisation",anchor_fixed:"un calendrier fixe",cron:"Expression cron",cron_help:"minute heure jour-du-mois mois jour-de-la-semaine, par ex. 0 9 1 * * pour 9 h 00 le 1er",preview:"Prochaines dates",preview_loading:"Calcul des prochaines dates\u2026",meter_entity:"Capteur",meter_pick:"Choisir un capteur",meter_none:"Aucun capteur num\xE9rique trouv\xE9.",meter_now:"Actuellement : {value}",meter_since:"Depuis la derni\xE8re r\xE9alisation : {progress}",meter_every:"Tous les (unit\xE9s du capteur)",backstop:"Ou au plus tard tous les (facultatif)",first_due:"Premi\xE8re \xE9ch\xE9ance",lead_days:"Rappeler ce nombre de jours avant",priority:"Priorit\xE9",notes:"Notes",submit_add:"Ajouter une t\xE2che",added:"{name} ajout\xE9.",saved:"{name} enregistr\xE9.",assignee:"Assign\xE9e \xE0",nobody:"Personne"},supply:{add_title:"Ajouter un consommable",edit_title:"Modifier {name}",part_number:"R\xE9f\xE9rence",purchase_url:"O\xF9 l'acheter (lien)",quantity:"En stock",task:"Utilis\xE9 par la t\xE2che",no_task:"Aucune t\xE2che",saved:"{name} enregistr\xE9."},remove:{title:"Supprimer {name} ?",asset_text:"\xAB {name} \xBB et ses t\xE2ches, consommables et historique sont supprim\xE9s. Cette action est irr\xE9versible.",task_text:"\xAB {name} \xBB est supprim\xE9e ; son historique reste avec l'\xE9quipement. Cette action est irr\xE9versible.",supply_text:"\xAB {name} \xBB est supprim\xE9.",confirm:"Supprimer",removed:"{name} supprim\xE9."},gone:{task:"Cette t\xE2che a \xE9t\xE9 supprim\xE9e entre-temps.",asset:"Cet \xE9quipement a \xE9t\xE9 supprim\xE9 entre-temps.",capture:"Cette capture a \xE9t\xE9 class\xE9e entre-temps."},triage:{title:"Classer cette capture",outcome:"En faire",outcome_task:"Une t\xE2che",outcome_log:"Une entr\xE9e de journal (travail effectu\xE9)",outcome_note:"Une note sur l'\xE9quipement",name:"Nom",action:"Ce qui a \xE9t\xE9 fait",performed_at:"Fait le",submit:"Classer"},capture:{title:"Capturer quelque chose",photo:"Prendre ou choisir une photo",file:"Choisir un fichier",record:"Enregistrer un m\xE9mo vocal",stop:"Arr\xEAter l'enregistrement",recording:"Enregistrement\u2026 {time}",discard:"Abandonner",chosen:"{name} ({size})",recorded:"M\xE9mo vocal ({time})",text:"Ou saisissez une note",asset:"Concerne (facultatif)",submit:"Envoyer dans la bo\xEEte de r\xE9ception",uploading:"Envoi\u2026 {percent} %",sent:"Envoy\xE9 dans la bo\xEEte de r\xE9ception.",mic_denied:"Le microphone est bloqu\xE9. Autorisez-le pour ce site dans les param\xE8tres de votre navigateur, ou choisissez plut\xF4t un enregistrement.",mic_absent:"Aucun microphone n'a \xE9t\xE9 trouv\xE9 sur cet appareil. Choisissez plut\xF4t un enregistrement.",mic_unsupported:"Ce navigateur ne peut pas enregistrer de son ici (une connexion https s\xE9curis\xE9e est n\xE9cessaire). Choisissez plut\xF4t un enregistrement.",empty:"Ajoutez d'abord une photo, un enregistrement ou une ligne de texte."}},error:{generic:"Une erreur s'est produite : {message}",network:"L'envoi n'a pas atteint Home Assistant. V\xE9rifiez la connexion et r\xE9essayez.",too_large:"Ce fichier est trop volumineux pour Haven (25 Mo au maximum).",unsupported_type:"Haven n'accepte que les photos (JPEG, PNG, GIF, WebP, HEIC), les PDF pour les documents et les enregistrements audio.",bad_request:"Home Assistant a refus\xE9 l'envoi : {message}",forbidden:"Vous n'\xEAtes pas autoris\xE9 \xE0 faire cela : {message}",number:"Saisissez un nombre.",required:"Renseignez {field}.",positive:"Saisissez un nombre sup\xE9rieur \xE0 z\xE9ro.",date:"Saisissez une date.",load_asset:"Impossible de charger l'historique de cet \xE9quipement : {message}"},schedule:{every_days:{one:"Tous les jours",many:"Tous les {count} jours",other:"Tous les {count} jours"},every_weeks:{one:"Toutes les semaines",many:"Toutes les {count} semaines",other:"Toutes les {count} semaines"},every_months:{one:"Tous les mois",many:"Tous les {count} mois",other:"Tous les {count} mois"},every_years:{one:"Tous les ans",many:"Tous les {count} ans",other:"Tous les {count} ans"},from_completion:"{every}, compt\xE9 \xE0 partir de la derni\xE8re r\xE9alisation",fixed:"{every}, selon un calendrier fixe",cron_daily:"Tous les jours \xE0 {time}",cron_weekly:"Chaque {days} \xE0 {time}",cron_monthly:"\xC0 {time} le {day} de chaque mois",cron_yearly:"Chaque ann\xE9e le {day} {month} \xE0 {time}",cron_custom:"Selon le motif {cron}",meter:{one:"Toutes les {count} unit\xE9 de {sensor}",many:"Toutes les {count} unit\xE9s de {sensor}",other:"Toutes les {count} unit\xE9s de {sensor}"},meter_backstop:"{meter}, ou {backstop}, au premier des deux termes",once:"Une fois"},card:{overview_name:"Vue d'ensemble Haven",overview_description:"L'\xE9tat de la maison, les t\xE2ches \xE0 faire maintenant avec Fait et Reporter, et les travaux r\xE9cents.",asset_name:"\xC9quipement Haven",asset_description:"Les t\xE2ches d'un \xE9quipement et leur \xE9tat, avec des boutons Fait.",capture_name:"Capture Haven",capture_description:"Capturer une photo, un m\xE9mo vocal ou une note dans la bo\xEEte de r\xE9ception de Haven.",all_caught_up:"Tout est \xE0 jour.",open_panel:"Ouvrir Haven",pick_asset:"Choisissez un \xE9quipement dans les param\xE8tres de la carte.",capture_prompt:"Vous avez remarqu\xE9 quelque chose ? Capturez-le.",show_recent:"Afficher les travaux r\xE9cents",max_tasks:"Nombre maximal de t\xE2ches \xE0 afficher",title:"Titre",no_properties:"Aucun logement Haven n'est charg\xE9.",more:{one:"\u2026et {count} de plus",many:"\u2026et {count} de plus",other:"\u2026et {count} de plus"}}};var i3=m2,I2=new Map;function o3(e,H){let C=new Set(H);if(e){let V=e.replace("_","-");if(C.has(V))return V;let L=V.split("-")[0];if(C.has(L))return L}return"en"}function W2(e,H){let C=e;for(let V of H.split(".")){if(C===void 0||typeof C=="string")return;C=C[V]}return C}function a3(e,H){let C=I2.get(e);return C||(C=new Intl.PluralRules(e),I2.set(e,C)),C.select(H)}function G2(e,H,C){return H?e.replace(/\{(\w+)\}/g,(V,L)=>{let r=H[L];return r===void 0?V:typeof r=="number"?new Intl.NumberFormat(C).format(r):r}):e}function U2(e,H,C){if(e===void 0)return;if(typeof e=="string")return G2(e,C,H);let V=C?.count;if(typeof V=="number"){let L=e,r=L[`=${V}`],M=typeof r=="string"?r:L[a3(H,V)]??L.other;if(typeof M=="string")return G2(M,C,H)}}function A3(e,H){let C={...i3,...H},V=o3(e,Object.keys(C)),L=C[V],r=C.en;return(M,o)=>U2(W2(L,M),V,o)??U2(W2(r,M),"en",o)??M}var Q2=new Map;function y(e){let H=e??"en",C=Q2.get(H);return C||(C=A3(e),Q2.set(H,C)),C}var q2=[],x1=!1;function l2(){return window.customElements}function s2(){for(let[e,H]of q2.splice(0))l2().get(e)||l2().define(e,H)}function v2(){return!document.querySelector("home-assistant")||l2().get("home-assistant")!==void 0}function v(e){return H=>{q2.push([e,H]),(x1||v2())&&(x1=!0,s2())}}function K2(){return x1||v2()?(x1=!0,s2(),Promise.resolve()):new Promise(e=>{let H=()=>{v2()?(x1=!0,s2(),e()):window.setTimeout(H,25)};H()})}var E1=globalThis,D1=E1.ShadowRoot&&(E1.ShadyCSS===void 0||E1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,x2=Symbol(),j2=new WeakMap,u1=class{constructor(H,C,V){if(this._$cssResult$=!0,V!==x2)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=H,this.t=C}get styleSheet(){let H=this.o,C=this.t;if(D1&&H===void 0){let V=C!==void 0&&C.length===1;V&&(H=j2.get(C)),H===void 0&&((this.o=H=new CSSStyleSheet).replaceSync(this.cssText),V&&j2.set(C,H))}return H}toString(){return this.cssText}},J2=e=>new u1(typeof e=="string"?e:e+"",void 0,x2),c=(e,...H)=>{let C=e.length===1?e[0]:H.reduce((V,L,r)=>V+(M=>{if(M._$cssResult$===!0)return M.cssText;if(typeof M=="number")return M;throw Error("Value passed to 'css' function must be a 'css' function result: "+M+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(L)+e[r+1],e[0]);return new u1(C,e,x2)},X2=(e,H)=>{if(D1)e.adoptedStyleSheets=H.map(C=>C instanceof CSSStyleSheet?C:C.styleSheet);else for(let C of H){let V=document.createElement("style"),L=E1.litNonce;L!==void 0&&V.setAttribute("nonce",L),V.textContent=C.cssText,e.appendChild(V)}},u2=D1?e=>e:e=>e instanceof CSSStyleSheet?(H=>{let C="";for(let V of H.cssRules)C+=V.cssText;return J2(C)})(e):e;var{is:n3,defineProperty:d3,getOwnPropertyDescriptor:p3,getOwnPropertyNames:m3,getOwnPropertySymbols:l3,getPrototypeOf:s3}=Object,z1=globalThis,Y2=z1.trustedTypes,v3=Y2?Y2.emptyScript:"",x3=z1.reactiveElementPolyfillSupport,c1=(e,H)=>e,Z1={toAttribute(e,H){switch(H){case Boolean:e=e?v3:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,H){let C=e;switch(H){case Boolean:C=e!==null;break;case Number:C=e===null?null:Number(e);break;case Object:case Array:try{C=JSON.parse(e)}catch{C=null}}return C}},N1=(e,H)=>!n3(e,H),C5={attribute:!0,type:String,converter:Z1,reflect:!1,useDefault:!1,hasChanged:N1};Symbol.metadata??=Symbol("metadata"),z1.litPropertyMetadata??=new WeakMap;var W=class extends HTMLElement{static addInitializer(H){this._$Ei(),(this.l??=[]).push(H)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(H,C=C5){if(C.state&&(C.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(H)&&((C=Object.create(C)).wrapped=!0),this.elementProperties.set(H,C),!C.noAccessor){let V=Symbol(),L=this.getPropertyDescriptor(H,V,C);L!==void 0&&d3(this.prototype,H,L)}}static getPropertyDescriptor(H,C,V){let{get:L,set:r}=p3(this.prototype,H)??{get(){return this[C]},set(M){this[C]=M}};return{get:L,set(M){let o=L?.call(this);r?.call(this,M),this.requestUpdate(H,o,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(H){return this.elementProperties.get(H)??C5}static _$Ei(){if(this.hasOwnProperty(c1("elementProperties")))return;let H=s3(this);H.finalize(),H.l!==void 0&&(this.l=[...H.l]),this.elementProperties=new Map(H.elementProperties)}static finalize(){if(this.hasOwnProperty(c1("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(c1("properties"))){let C=this.properties,V=[...m3(C),...l3(C)];for(let L of V)this.createProperty(L,C[L])}let H=this[Symbol.metadata];if(H!==null){let C=litPropertyMetadata.get(H);if(C!==void 0)for(let[V,L]of C)this.elementProperties.set(V,L)}this._$Eh=new Map;for(let[C,V]of this.elementProperties){let L=this._$Eu(C,V);L!==void 0&&this._$Eh.set(L,C)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(H){let C=[];if(Array.isArray(H)){let V=new Set(H.flat(1/0).reverse());for(let L of V)C.unshift(u2(L))}else H!==void 0&&C.push(u2(H));return C}static _$Eu(H,C){let V=C.attribute;return V===!1?void 0:typeof V=="string"?V:typeof H=="string"?H.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(H=>this.enableUpdating=H),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(H=>H(this))}addController(H){(this._$EO??=new Set).add(H),this.renderRoot!==void 0&&this.isConnected&&H.hostConnected?.()}removeController(H){this._$EO?.delete(H)}_$E_(){let H=new Map,C=this.constructor.elementProperties;for(let V of C.keys())this.hasOwnProperty(V)&&(H.set(V,this[V]),delete this[V]);H.size>0&&(this._$Ep=H)}createRenderRoot(){let H=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return X2(H,this.constructor.elementStyles),H}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(H=>H.hostConnected?.())}enableUpdating(H){}disconnectedCallback(){this._$EO?.forEach(H=>H.hostDisconnected?.())}attributeChangedCallback(H,C,V){this._$AK(H,V)}_$ET(H,C){let V=this.constructor.elementProperties.get(H),L=this.constructor._$Eu(H,V);if(L!==void 0&&V.reflect===!0){let r=(V.converter?.toAttribute!==void 0?V.converter:Z1).toAttribute(C,V.type);this._$Em=H,r==null?this.removeAttribute(L):this.setAttribute(L,r),this._$Em=null}}_$AK(H,C){let V=this.constructor,L=V._$Eh.get(H);if(L!==void 0&&this._$Em!==L){let r=V.getPropertyOptions(L),M=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:Z1;this._$Em=L;let o=M.fromAttribute(C,r.type);this[L]=o??this._$Ej?.get(L)??o,this._$Em=null}}requestUpdate(H,C,V,L=!1,r){if(H!==void 0){let M=this.constructor;if(L===!1&&(r=this[H]),V??=M.getPropertyOptions(H),!((V.hasChanged??N1)(r,C)||V.useDefault&&V.reflect&&r===this._$Ej?.get(H)&&!this.hasAttribute(M._$Eu(H,V))))return;this.C(H,C,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(H,C,{useDefault:V,reflect:L,wrapped:r},M){V&&!(this._$Ej??=new Map).has(H)&&(this._$Ej.set(H,M??C??this[H]),r!==!0||M!==void 0)||(this._$AL.has(H)||(this.hasUpdated||V||(C=void 0),this._$AL.set(H,C)),L===!0&&this._$Em!==H&&(this._$Eq??=new Set).add(H))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(C){Promise.reject(C)}let H=this.scheduleUpdate();return H!=null&&await H,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[L,r]of this._$Ep)this[L]=r;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[L,r]of V){let{wrapped:M}=r,o=this[L];M!==!0||this._$AL.has(L)||o===void 0||this.C(L,void 0,r,o)}}let H=!1,C=this._$AL;try{H=this.shouldUpdate(C),H?(this.willUpdate(C),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(C)):this._$EM()}catch(V){throw H=!1,this._$EM(),V}H&&this._$AE(C)}willUpdate(H){}_$AE(H){this._$EO?.forEach(C=>C.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(H)),this.updated(H)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(H){return!0}update(H){this._$Eq&&=this._$Eq.forEach(C=>this._$ET(C,this[C])),this._$EM()}updated(H){}firstUpdated(H){}};W.elementStyles=[],W.shadowRootOptions={mode:"open"},W[c1("elementProperties")]=new Map,W[c1("finalized")]=new Map,x3?.({ReactiveElement:W}),(z1.reactiveElementVersions??=[]).push("2.1.2");var O2=globalThis,H5=e=>e,I1=O2.trustedTypes,V5=I1?I1.createPolicy("lit-html",{createHTML:e=>e}):void 0,i5="$lit$",q=`lit$${Math.random().toFixed(9).slice(2)}$`,o5="?"+q,u3=`<${o5}>`,L1=document,h1=()=>L1.createComment(""),g1=e=>e===null||typeof e!="object"&&typeof e!="function",k2=Array.isArray,c3=e=>k2(e)||typeof e?.[Symbol.iterator]=="function",c2=`[ 	
\f\r]`,S1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,L5=/-->/g,e5=/>/g,H1=RegExp(`>|${c2}(?:([^\\s"'>=/]+)(${c2}*=${c2}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),r5=/'/g,M5=/"/g,a5=/^(?:script|style|textarea|title)$/i,y2=e=>(H,...C)=>({_$litType$:e,strings:H,values:C}),t=y2(1),A5=y2(2),o0=y2(3),e1=Symbol.for("lit-noChange"),a=Symbol.for("lit-nothing"),t5=new WeakMap,V1=L1.createTreeWalker(L1,129);function n5(e,H){if(!k2(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return V5!==void 0?V5.createHTML(H):H}var Z3=(e,H)=>{let C=e.length-1,V=[],L,r=H===2?"<svg>":H===3?"<math>":"",M=S1;for(let o=0;o<C;o++){let i=e[o],A,p,l=-1,f=0;for(;f<i.length&&(M.lastIndex=f,p=M.exec(i),p!==null);)f=M.lastIndex,M===S1?p[1]==="!--"?M=L5:p[1]!==void 0?M=e5:p[2]!==void 0?(a5.test(p[2])&&(L=RegExp("</"+p[2],"g")),M=H1):p[3]!==void 0&&(M=H1):M===H1?p[0]===">"?(M=L??S1,l=-1):p[1]===void 0?l=-2:(l=M.lastIndex-p[2].length,A=p[1],M=p[3]===void 0?H1:p[3]==='"'?M5:r5):M===M5||M===r5?M=H1:M===L5||M===e5?M=S1:(M=H1,L=void 0);let T=M===H1&&e[o+1].startsWith("/>")?" ":"";r+=M===S1?i+u3:l>=0?(V.push(A),i.slice(0,l)+i5+i.slice(l)+q+T):i+q+(l===-2?o:T)}return[n5(e,r+(e[C]||"<?>")+(H===2?"</svg>":H===3?"</math>":"")),V]},f1=class e{constructor({strings:H,_$litType$:C},V){let L;this.parts=[];let r=0,M=0,o=H.length-1,i=this.parts,[A,p]=Z3(H,C);if(this.el=e.createElement(A,V),V1.currentNode=this.el.content,C===2||C===3){let l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(L=V1.nextNode())!==null&&i.length<o;){if(L.nodeType===1){if(L.hasAttributes())for(let l of L.getAttributeNames())if(l.endsWith(i5)){let f=p[M++],T=L.getAttribute(l).split(q),$1=/([.?@])?(.*)/.exec(f);i.push({type:1,index:r,name:$1[2],strings:T,ctor:$1[1]==="."?S2:$1[1]==="?"?h2:$1[1]==="@"?g2:o1}),L.removeAttribute(l)}else l.startsWith(q)&&(i.push({type:6,index:r}),L.removeAttribute(l));if(a5.test(L.tagName)){let l=L.textContent.split(q),f=l.length-1;if(f>0){L.textContent=I1?I1.emptyScript:"";for(let T=0;T<f;T++)L.append(l[T],h1()),V1.nextNode(),i.push({type:2,index:++r});L.append(l[f],h1())}}}else if(L.nodeType===8)if(L.data===o5)i.push({type:2,index:r});else{let l=-1;for(;(l=L.data.indexOf(q,l+1))!==-1;)i.push({type:7,index:r}),l+=q.length-1}r++}}static createElement(H,C){let V=L1.createElement("template");return V.innerHTML=H,V}};function i1(e,H,C=e,V){if(H===e1)return H;let L=V!==void 0?C._$Co?.[V]:C._$Cl,r=g1(H)?void 0:H._$litDirective$;return L?.constructor!==r&&(L?._$AO?.(!1),r===void 0?L=void 0:(L=new r(e),L._$AT(e,C,V)),V!==void 0?(C._$Co??=[])[V]=L:C._$Cl=L),L!==void 0&&(H=i1(e,L._$AS(e,H.values),L,V)),H}var Z2=class{constructor(H,C){this._$AV=[],this._$AN=void 0,this._$AD=H,this._$AM=C}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(H){let{el:{content:C},parts:V}=this._$AD,L=(H?.creationScope??L1).importNode(C,!0);V1.currentNode=L;let r=V1.nextNode(),M=0,o=0,i=V[0];for(;i!==void 0;){if(M===i.index){let A;i.type===2?A=new O1(r,r.nextSibling,this,H):i.type===1?A=new i.ctor(r,i.name,i.strings,this,H):i.type===6&&(A=new f2(r,this,H)),this._$AV.push(A),i=V[++o]}M!==i?.index&&(r=V1.nextNode(),M++)}return V1.currentNode=L1,L}p(H){let C=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(H,V,C),C+=V.strings.length-2):V._$AI(H[C])),C++}},O1=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(H,C,V,L){this.type=2,this._$AH=a,this._$AN=void 0,this._$AA=H,this._$AB=C,this._$AM=V,this.options=L,this._$Cv=L?.isConnected??!0}get parentNode(){let H=this._$AA.parentNode,C=this._$AM;return C!==void 0&&H?.nodeType===11&&(H=C.parentNode),H}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(H,C=this){H=i1(this,H,C),g1(H)?H===a||H==null||H===""?(this._$AH!==a&&this._$AR(),this._$AH=a):H!==this._$AH&&H!==e1&&this._(H):H._$litType$!==void 0?this.$(H):H.nodeType!==void 0?this.T(H):c3(H)?this.k(H):this._(H)}O(H){return this._$AA.parentNode.insertBefore(H,this._$AB)}T(H){this._$AH!==H&&(this._$AR(),this._$AH=this.O(H))}_(H){this._$AH!==a&&g1(this._$AH)?this._$AA.nextSibling.data=H:this.T(L1.createTextNode(H)),this._$AH=H}$(H){let{values:C,_$litType$:V}=H,L=typeof V=="number"?this._$AC(H):(V.el===void 0&&(V.el=f1.createElement(n5(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===L)this._$AH.p(C);else{let r=new Z2(L,this),M=r.u(this.options);r.p(C),this.T(M),this._$AH=r}}_$AC(H){let C=t5.get(H.strings);return C===void 0&&t5.set(H.strings,C=new f1(H)),C}k(H){k2(this._$AH)||(this._$AH=[],this._$AR());let C=this._$AH,V,L=0;for(let r of H)L===C.length?C.push(V=new e(this.O(h1()),this.O(h1()),this,this.options)):V=C[L],V._$AI(r),L++;L<C.length&&(this._$AR(V&&V._$AB.nextSibling,L),C.length=L)}_$AR(H=this._$AA.nextSibling,C){for(this._$AP?.(!1,!0,C);H!==this._$AB;){let V=H5(H).nextSibling;H5(H).remove(),H=V}}setConnected(H){this._$AM===void 0&&(this._$Cv=H,this._$AP?.(H))}},o1=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(H,C,V,L,r){this.type=1,this._$AH=a,this._$AN=void 0,this.element=H,this.name=C,this._$AM=L,this.options=r,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=a}_$AI(H,C=this,V,L){let r=this.strings,M=!1;if(r===void 0)H=i1(this,H,C,0),M=!g1(H)||H!==this._$AH&&H!==e1,M&&(this._$AH=H);else{let o=H,i,A;for(H=r[0],i=0;i<r.length-1;i++)A=i1(this,o[V+i],C,i),A===e1&&(A=this._$AH[i]),M||=!g1(A)||A!==this._$AH[i],A===a?H=a:H!==a&&(H+=(A??"")+r[i+1]),this._$AH[i]=A}M&&!L&&this.j(H)}j(H){H===a?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,H??"")}},S2=class extends o1{constructor(){super(...arguments),this.type=3}j(H){this.element[this.name]=H===a?void 0:H}},h2=class extends o1{constructor(){super(...arguments),this.type=4}j(H){this.element.toggleAttribute(this.name,!!H&&H!==a)}},g2=class extends o1{constructor(H,C,V,L,r){super(H,C,V,L,r),this.type=5}_$AI(H,C=this){if((H=i1(this,H,C,0)??a)===e1)return;let V=this._$AH,L=H===a&&V!==a||H.capture!==V.capture||H.once!==V.once||H.passive!==V.passive,r=H!==a&&(V===a||L);L&&this.element.removeEventListener(this.name,this,V),r&&this.element.addEventListener(this.name,this,H),this._$AH=H}handleEvent(H){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,H):this._$AH.handleEvent(H)}},f2=class{constructor(H,C,V){this.element=H,this.type=6,this._$AN=void 0,this._$AM=C,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(H){i1(this,H)}};var S3=O2.litHtmlPolyfillSupport;S3?.(f1,O1),(O2.litHtmlVersions??=[]).push("3.3.3");var d5=(e,H,C)=>{let V=C?.renderBefore??H,L=V._$litPart$;if(L===void 0){let r=C?.renderBefore??null;V._$litPart$=L=new O1(H.insertBefore(h1(),r),r,void 0,C??{})}return L._$AI(e),L};var b2=globalThis,S=class extends W{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let H=super.createRenderRoot();return this.renderOptions.renderBefore??=H.firstChild,H}update(H){let C=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(H),this._$Do=d5(C,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return e1}};S._$litElement$=!0,S.finalized=!0,b2.litElementHydrateSupport?.({LitElement:S});var h3=b2.litElementPolyfillSupport;h3?.({LitElement:S});(b2.litElementVersions??=[]).push("4.2.2");var g3={attribute:!0,type:String,converter:Z1,reflect:!1,hasChanged:N1},f3=(e=g3,H,C)=>{let{kind:V,metadata:L}=C,r=globalThis.litPropertyMetadata.get(L);if(r===void 0&&globalThis.litPropertyMetadata.set(L,r=new Map),V==="setter"&&((e=Object.create(e)).wrapped=!0),r.set(C.name,e),V==="accessor"){let{name:M}=C;return{set(o){let i=H.get.call(this);H.set.call(this,o),this.requestUpdate(M,i,e,!0,o)},init(o){return o!==void 0&&this.C(M,void 0,e,o),o}}}if(V==="setter"){let{name:M}=C;return function(o){let i=this[M];H.call(this,o),this.requestUpdate(M,i,e,!0,o)}}throw Error("Unsupported decorator location: "+V)};function x(e){return(H,C)=>typeof C=="object"?f3(e,H,C):((V,L,r)=>{let M=L.hasOwnProperty(r);return L.constructor.createProperty(r,V),M?Object.getOwnPropertyDescriptor(L,r):void 0})(e,H,C)}function d(e){return x({...e,state:!0,attribute:!1})}var r1=(e,H,C)=>(C.configurable=!0,C.enumerable=!0,Reflect.decorate&&typeof H!="object"&&Object.defineProperty(e,H,C),C);function K(e,H){return(C,V,L)=>{let r=M=>M.renderRoot?.querySelector(e)??null;if(H){let{get:M,set:o}=typeof V=="object"?C:L??(()=>{let i=Symbol();return{get(){return this[i]},set(A){this[i]=A}}})();return r1(C,V,{get(){let i=M.call(this);return i===void 0&&(i=r(this),(i!==null||this.hasUpdated)&&o.call(this,i)),i}})}return r1(C,V,{get(){return r(this)}})}}var p5="M7.88,3.39L6.6,1.86L2,5.71L3.29,7.24L7.88,3.39M22,5.72L17.4,1.86L16.11,3.39L20.71,7.25L22,5.72M12,4A9,9 0 0,0 3,13A9,9 0 0,0 12,22A9,9 0 0,0 21,13A9,9 0 0,0 12,4M12,20A7,7 0 0,1 5,13A7,7 0 0,1 12,6A7,7 0 0,1 19,13A7,7 0 0,1 12,20M9,11H12.63L9,15.2V17H15V15H11.37L15,10.8V9H9V11Z";var m5="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z";var l5="M4,4H7L9,2H15L17,4H20A2,2 0 0,1 22,6V18A2,2 0 0,1 20,20H4A2,2 0 0,1 2,18V6A2,2 0 0,1 4,4M12,7A5,5 0 0,0 7,12A5,5 0 0,0 12,17A5,5 0 0,0 17,12A5,5 0 0,0 12,7M12,9A3,3 0 0,1 15,12A3,3 0 0,1 12,15A3,3 0 0,1 9,12A3,3 0 0,1 12,9Z";var s5="M17,18A2,2 0 0,1 19,20A2,2 0 0,1 17,22C15.89,22 15,21.1 15,20C15,18.89 15.89,18 17,18M1,2H4.27L5.21,4H20A1,1 0 0,1 21,5C21,5.17 20.95,5.34 20.88,5.5L17.3,11.97C16.96,12.58 16.3,13 15.55,13H8.1L7.2,14.63L7.17,14.75A0.25,0.25 0 0,0 7.42,15H19V17H7C5.89,17 5,16.1 5,15C5,14.65 5.09,14.32 5.24,14.04L6.6,11.59L3,4H1V2M7,18A2,2 0 0,1 9,20A2,2 0 0,1 7,22C5.89,22 5,21.1 5,20C5,18.89 5.89,18 7,18M16,11L18.78,6H6.14L8.5,11H16Z";var W1="M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z";var v5="M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z";var x5="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var G1="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var k1="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z";var u5="M12,16A2,2 0 0,1 14,18A2,2 0 0,1 12,20A2,2 0 0,1 10,18A2,2 0 0,1 12,16M12,10A2,2 0 0,1 14,12A2,2 0 0,1 12,14A2,2 0 0,1 10,12A2,2 0 0,1 12,10M12,4A2,2 0 0,1 14,6A2,2 0 0,1 12,8A2,2 0 0,1 10,6A2,2 0 0,1 12,4Z";var c5="M6,2A2,2 0 0,0 4,4V20A2,2 0 0,0 6,22H18A2,2 0 0,0 20,20V8L14,2H6M6,4H13V9H18V20H6V4M8,12V14H16V12H8M8,16V18H13V16H8Z";var U1="M2,12L12,3L22,12H19V20H5V12H2M12,18L12.72,17.34C15.3,15 17,13.46 17,11.57C17,10.03 15.79,8.82 14.25,8.82C13.38,8.82 12.55,9.23 12,9.87C11.45,9.23 10.62,8.82 9.75,8.82C8.21,8.82 7,10.03 7,11.57C7,13.46 8.7,15 11.28,17.34L12,18Z";var Z5="M16,10H14V7H10V10H8L12,14M19,15H15A3,3 0 0,1 12,18A3,3 0 0,1 9,15H5V5H19M19,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z";var S5="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var h5="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";var g5="M12,2A3,3 0 0,1 15,5V11A3,3 0 0,1 12,14A3,3 0 0,1 9,11V5A3,3 0 0,1 12,2M19,11C19,14.53 16.39,17.44 13,17.93V21H11V17.93C7.61,17.44 5,14.53 5,11H7A5,5 0 0,0 12,16A5,5 0 0,0 17,11H19Z";var Q1="M16.5,6V17.5A4,4 0 0,1 12.5,21.5A4,4 0 0,1 8.5,17.5V5A2.5,2.5 0 0,1 11,2.5A2.5,2.5 0 0,1 13.5,5V15.5A1,1 0 0,1 12.5,16.5A1,1 0 0,1 11.5,15.5V6H10V15.5A2.5,2.5 0 0,0 12.5,18A2.5,2.5 0 0,0 15,15.5V5A4,4 0 0,0 11,1A4,4 0 0,0 7,5V17.5A5.5,5.5 0 0,0 12.5,23A5.5,5.5 0 0,0 18,17.5V6H16.5Z";var y1="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z";var B="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z";var f5="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z";var O5="M16,18H18V6H16M6,18L14.5,12L6,6V18Z";var k5="M18,18H6V6H18V18Z";var q1="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";var O3=(e,H)=>e.name.localeCompare(H.name),k3={multiple:!1,of:e=>e.assigned_user_id?[e.assigned_user_id]:[],choices:e=>e.users.filter(H=>H.name).map(H=>({id:H.user_id,name:H.name})).sort(O3),fields:e=>({assigned_user_id:e[0]??null})};var b=k3;function K1(e,H,C){let V=H?.users.find(r=>r.user_id===e);if(V?.name)return V.name;let L=H?.persons.find(r=>r.entity_id===e);return L?.name?L.name:C(e)}function y5(e,H=b){let C=new Set;for(let V of e)for(let L of H.of(V))C.add(L);return[...C].sort()}var b5=new Map;function J1(e,H){let C=`${e}|${JSON.stringify(H)}`,V=b5.get(C);if(!V){try{V=new Intl.DateTimeFormat(e,H)}catch{V=new Intl.DateTimeFormat("en",{...H,timeZone:"UTC"})}b5.set(C,V)}return V}function w2(e,H){let C=J1("en-US",{timeZone:H,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(e),V=L=>Number(C.find(r=>r.type===L)?.value??0);return{year:V("year"),month:V("month"),day:V("day"),hour:V("hour")%24,minute:V("minute"),second:V("second")}}function w5(e,H){let C=w2(e,H),V=Date.UTC(C.year,C.month-1,C.day,C.hour,C.minute,C.second);return Math.round((V-Math.floor(e.getTime()/1e3)*1e3)/6e4)}var _5=new Map,j1=new Map;function P5(e,H){let C=e.getTime(),V=`${H}|${C}`,L=j1.get(V);if(L!==void 0)return L;let r=_5.get(H);r||(r=J1("en-CA",{timeZone:H,year:"numeric",month:"2-digit",day:"2-digit"}),_5.set(H,r));let M=/(\d+)\D+(\d+)\D+(\d+)/.exec(r.format(e)),o=Math.floor(M?Date.UTC(Number(M[1]),Number(M[2])-1,Number(M[3]))/864e5:C/864e5);return j1.size>5e3&&j1.clear(),j1.set(V,o),o}function y3(e){let[H,C,V]=e.split("-").map(Number);return Math.floor(Date.UTC(H??1970,(C??1)-1,V??1)/864e5)}function j(e){return String(e).padStart(2,"0")}function J(e,H){let C=w2(e,H);return`${C.year}-${j(C.month)}-${j(C.day)}T${j(C.hour)}:${j(C.minute)}`}function F5(e,H){return J(e,H).slice(0,10)}function b3(e){let H=e<0?"-":"+",C=Math.abs(e);return`${H}${j(Math.floor(C/60))}:${j(C%60)}`}function a1(e,H){let C=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(e.trim());if(!C)return;let[V,L,r,M,o,i]=C.slice(1).map(l=>Number(l??0)),A=Date.UTC(V,L-1,r,M,o,i??0),p=w5(new Date(A),H);return p=w5(new Date(A-p*6e4),H),`${C[1]}-${C[2]}-${C[3]}T${C[4]}:${C[5]}:${j(i??0)}${b3(p)}`}function _2(e){if(!e)return;let H=/^\d{4}-\d{2}-\d{2}$/.test(e)?new Date(`${e}T12:00:00Z`):new Date(e);return Number.isNaN(H.getTime())?void 0:H}function G(e,H){let C=_2(e);if(!C)return"";let V=e!==void 0&&/^\d{4}-\d{2}-\d{2}$/.test(e);return J1(H.locale,{timeZone:V?"UTC":H.timeZone,year:"numeric",month:"short",day:"numeric"}).format(C)}function X1(e,H){let C=_2(e);if(!C)return"";let V={timeZone:H.timeZone,year:"numeric",month:"short",day:"numeric",hour:"numeric",minute:"2-digit"};return H.hour12!==void 0&&(V.hour12=H.hour12),J1(H.locale,V).format(C)}var T5=new Map;function w3(e){let H=T5.get(e);if(!H){try{H=new Intl.RelativeTimeFormat(e,{numeric:"auto"})}catch{H=new Intl.RelativeTimeFormat("en",{numeric:"auto"})}T5.set(e,H)}return H}function F(e,H,C,V=!1){let L=_2(e);if(!L)return"";let r=w3(C.locale),M=L.getTime()-H.getTime();if(!V&&Math.abs(M)<864e5){let p=Math.round(M/6e4);return Math.abs(p)<60?r.format(p,"minute"):r.format(Math.round(M/36e5),"hour")}let i=(e!==void 0&&/^\d{4}-\d{2}-\d{2}$/.test(e)?y3(e):P5(L,C.timeZone))-P5(H,C.timeZone),A=Math.abs(i);return A<14?r.format(i,"day"):A<60?r.format(Math.round(i/7),"week"):A<365*2?r.format(Math.round(i/30.44),"month"):r.format(Math.round(i/365.25),"year")}var B5=new Map;function U(e,H,C){if(e===void 0||Number.isNaN(e))return"";let V=`${C}|${H}`,L=B5.get(V);if(!L){try{L=new Intl.NumberFormat(C,{style:"currency",currency:H})}catch{L=new Intl.NumberFormat(C,{minimumFractionDigits:2,maximumFractionDigits:2})}B5.set(V,L)}return L.format(e)}function E(e,H,C=2){try{return new Intl.NumberFormat(H,{maximumFractionDigits:C}).format(e)}catch{return String(e)}}function R5(e){let H=e.trim().replace(/\s/g,"").replace(",",".");if(H==="")return;let C=Number(H);return Number.isFinite(C)?C:Number.NaN}function P2(e){let H=Math.max(0,Math.floor(e));return`${Math.floor(H/60)}:${j(H%60)}`}function Y1(e,H){return e<1024?`${e} B`:e<1024*1024?`${E(e/1024,H,0)} KB`:`${E(e/(1024*1024),H,1)} MB`}var A1="__no_zone__",$5="__house__",E5={overdue:0,due_soon:1,ok:2,unscheduled:3,done:4};function D5(e){return e.normalize("NFD").replace(/[\u0300-\u036f]/g,"").toLowerCase()}function z5(e,H){return e.asset_id?H.assets.get(e.asset_id)?.zone_id:void 0}function _3(e,H,C){let V=D5(H).split(/\s+/).filter(Boolean);if(!V.length)return!0;let L=e.asset_id?C.assets.get(e.asset_id):void 0,r=L?.zone_id?C.zones.get(L.zone_id):void 0,M=D5([e.name,e.notes,L?.name,L?.manufacturer,L?.model,r?.name].filter(Boolean).join(" "));return V.every(o=>M.includes(o))}function N5(e,H,C){let V=[];for(let L of e)if(!(H.assetId&&L.asset_id!==H.assetId)){if(H.zoneId){let r=z5(L,C);if((H.zoneId===A1?void 0:H.zoneId)!==r)continue}H.assignee&&!b.of(L).includes(H.assignee)||H.query&&!_3(L,H.query,C)||V.push(L)}return V}function P3(e,H){return E5[e.status]-E5[H.status]||T3(e.next_due_at,H.next_due_at)||H.priority-e.priority||e.name.localeCompare(H.name)}function T3(e,H){return e===H?0:e===void 0?1:H===void 0?-1:Date.parse(e)-Date.parse(H)}function n1(e){return[...e].sort(P3)}function I5(e){let H={overdue:[],due_soon:[],upcoming:[]};for(let C of n1(e))C.status==="overdue"?H.overdue.push(C):C.status==="due_soon"?H.due_soon.push(C):C.status!=="done"&&H.upcoming.push(C);return H}function C2(e,H,C,V){let L=new Map;for(let r of e){let M,o;if(H==="asset"){let A=r.asset_id?C.assets.get(r.asset_id):void 0;M=A?.asset_id??$5,o=A?.name??V.houseWide}else{let A=z5(r,C),p=A?C.zones.get(A):void 0;M=p?.zone_id??(r.asset_id?A1:$5),o=p?.name??(r.asset_id?V.noZone:V.houseWide)}let i=L.get(M);i||(i={key:M,label:o,tasks:[]},L.set(M,i)),i.tasks.push(r)}return[...L.values()]}function H2(e,H){let C=new Map;for(let V of e.assets.values()){let L=V.zone_id&&e.zones.get(V.zone_id)?.name||H,r=C.get(L)??[];r.push(V),C.set(L,r)}return[...C.entries()].sort(([V],[L])=>V===H?1:L===H?-1:V.localeCompare(L)).map(([V,L])=>({label:V,assets:L.sort((r,M)=>r.name.localeCompare(M.name))}))}function V2(e){return e>=90?"good":e>=70?"fair":"poor"}function W5(e){let H=(e??"").split("?")[0].split("/").filter(Boolean);return H[0]==="asset"&&H[1]?{view:"asset",assetId:decodeURIComponent(H[1])}:H[0]==="inbox"?{view:"inbox"}:{view:"home"}}function w(e,H){let C=`/${e.replace(/^\/+|\/+$/g,"")}`;switch(H.view){case"asset":return`${C}/asset/${encodeURIComponent(H.assetId)}`;case"inbox":return`${C}/inbox`;default:return C}}function R(e,H=!1){H?history.replaceState(null,"",e):history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:H}}))}function G5(e){return String(e).padStart(2,"0")}function U5(e,H,C){return C(`schedule.every_${H}`,{count:e})}function b1(e){return/^\d+$/.test(e)}function B3(e,H){let C=e.trim().split(/\s+/);if(C.length!==5)return;let[V,L,r,M,o]=C;if(!b1(V)||!b1(L))return;let i=Number(L),A=Number(V);if(i>23||A>59)return;let p=H.time?H.time(i,A):`${G5(i)}:${G5(A)}`,l=H.localize;if(r==="*"&&M==="*"&&o==="*")return l("schedule.cron_daily",{time:p});if(r==="*"&&M==="*"&&/^[0-7](,[0-7])*$/.test(o)){let f=o.split(",").map(T=>H.weekday?H.weekday(Number(T)%7):T).join(", ");return l("schedule.cron_weekly",{days:f,time:p})}if(b1(r)&&M==="*"&&o==="*")return l("schedule.cron_monthly",{day:Number(r),time:p});if(b1(r)&&b1(M)&&o==="*"){let f=H.month?H.month(Number(M)):M;return l("schedule.cron_yearly",{day:Number(r),month:f,time:p})}}function d1(e,H){let C=H.localize;switch(e.kind){case"interval":{let V=U5(e.every??1,e.unit??"months",C);return e.anchor==="fixed"?C("schedule.fixed",{every:V}):C("schedule.from_completion",{every:V})}case"cron":{let V=e.cron??"";return B3(V,H)??C("schedule.cron_custom",{cron:V})}case"meter":{let V=e.meter_entity_id??"",L=H.entityName?H.entityName(V):V,r=C("schedule.meter",{count:e.meter_every??0,sensor:L});if(e.every&&e.unit){let M=U5(e.every,e.unit,C);return C("schedule.meter_backstop",{meter:r,backstop:M.toLowerCase()})}return r}default:return C("schedule.once")}}function u(e,H,C={}){e.dispatchEvent(new CustomEvent("haven-dialog",{detail:{kind:H,params:C},bubbles:!0,composed:!0}))}function D(e,H){e.dispatchEvent(new CustomEvent("haven-toast",{detail:{message:H},bubbles:!0,composed:!0}))}function m(e,H){return t`<svg
    class="icon"
    viewBox="0 0 24 24"
    role=${H?"img":"presentation"}
    aria-hidden=${H?"false":"true"}
    aria-label=${H??""}
    focusable="false"
  >
    ${A5`<path d=${e}></path>`}
  </svg>`}function Q5(e){let H=Intl.DateTimeFormat().resolvedOptions().timeZone,C=e.locale?.time_zone==="local"?H:e.config?.time_zone||H||"UTC",V={locale:e.locale?.language||e.language||"en",timeZone:C};return e.locale?.time_format==="12"?V.hour12=!0:e.locale?.time_format==="24"&&(V.hour12=!1),V}var z=c`
  :host {
    --haven-radius: var(--ha-card-border-radius, 12px);
    --haven-text: var(--primary-text-color, #212121);
    --haven-muted: var(--secondary-text-color, #5f6368);
    --haven-bg: var(--primary-background-color, #fafafa);
    --haven-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --haven-divider: var(--divider-color, rgba(0, 0, 0, 0.12));
    --haven-primary: var(--primary-color, #03a9f4);
    /* Theme colours mixed towards the text colour: darker on light themes, lighter on dark
       ones, so coloured text and filled buttons keep a readable contrast in both. */
    --haven-accent: color-mix(in srgb, var(--haven-primary) 62%, var(--haven-text));
    --haven-on-primary: var(--text-primary-color, #fff);
    --haven-primary-fill: color-mix(in srgb, var(--haven-primary) 70%, #000);
    --haven-error: color-mix(in srgb, var(--error-color, #db4437) 72%, var(--haven-text));
    --haven-warning: color-mix(in srgb, var(--warning-color, #ffa600) 55%, var(--haven-text));
    --haven-success: color-mix(in srgb, var(--success-color, #43a047) 65%, var(--haven-text));
    --haven-error-dot: var(--error-color, #db4437);
    --haven-warning-dot: var(--warning-color, #ffa600);
    --haven-success-dot: var(--success-color, #43a047);
    color: var(--haven-text);
    font-family: var(--paper-font-body1_-_font-family, var(--ha-font-family-body, Roboto, system-ui, sans-serif));
    -webkit-font-smoothing: antialiased;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3 {
    margin: 0;
    font-weight: 500;
  }
  h2 {
    font-size: 1.15rem;
  }
  h3 {
    font-size: 1rem;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--haven-accent);
  }
  .icon {
    width: 20px;
    height: 20px;
    fill: currentColor;
    flex: none;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 40px;
    min-width: 40px;
    padding: 0 14px;
    border-radius: 20px;
    border: 1px solid var(--haven-divider);
    background: transparent;
    color: var(--haven-accent);
    font-weight: 500;
    font-size: 0.9rem;
    cursor: pointer;
    white-space: nowrap;
    text-decoration: none;
  }
  .btn:hover {
    background: color-mix(in srgb, var(--haven-primary) 10%, transparent);
  }
  .btn.primary {
    background: var(--haven-primary-fill);
    color: var(--haven-on-primary);
    border-color: transparent;
  }
  .btn.primary:hover {
    background: color-mix(in srgb, var(--haven-primary-fill) 88%, #000);
  }
  .btn.danger {
    color: var(--haven-error);
  }
  .btn.danger.primary {
    background: color-mix(in srgb, var(--error-color, #db4437) 80%, #000);
    color: #fff;
  }
  .btn.plain {
    border-color: transparent;
  }
  .btn.small {
    min-height: 36px;
    padding: 0 12px;
  }
  .btn[disabled] {
    opacity: 0.55;
    cursor: default;
  }
  .icon-btn {
    padding: 0;
    width: 40px;
    border-color: transparent;
    color: var(--haven-muted);
  }
  :focus-visible {
    outline: 2px solid var(--haven-accent);
    outline-offset: 2px;
  }
  .muted {
    color: var(--haven-muted);
  }
  .error-text {
    color: var(--haven-error);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.8rem;
    font-weight: 500;
    white-space: nowrap;
  }
  .chip::before {
    content: "";
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--haven-success-dot);
  }
  .chip.overdue {
    color: var(--haven-error);
  }
  .chip.overdue::before {
    background: var(--haven-error-dot);
  }
  .chip.due_soon {
    color: var(--haven-warning);
  }
  .chip.due_soon::before {
    background: var(--haven-warning-dot);
  }
  .chip.ok,
  .chip.done {
    color: var(--haven-success);
  }
  .chip.unscheduled {
    color: var(--haven-muted);
  }
  .chip.unscheduled::before {
    background: var(--haven-divider);
  }
  .card-box {
    background: var(--haven-surface);
    border-radius: var(--haven-radius);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--haven-divider));
    box-shadow: var(--ha-card-box-shadow, none);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 0;
  }
  .field > span,
  .field legend {
    font-size: 0.85rem;
    color: var(--haven-muted);
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--haven-text);
    background: var(--haven-surface);
    border: 1px solid color-mix(in srgb, var(--haven-text) 35%, transparent);
    border-radius: 8px;
    padding: 8px 10px;
    min-height: 40px;
    width: 100%;
  }
  textarea {
    min-height: 72px;
    resize: vertical;
  }
  input[type="radio"],
  input[type="checkbox"] {
    width: 20px;
    min-height: 20px;
    accent-color: var(--haven-primary-fill);
  }
  .row {
    display: flex;
    gap: 12px;
    flex-wrap: wrap;
  }
  .row > .field {
    flex: 1 1 140px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .empty {
    padding: 16px;
    color: var(--haven-muted);
  }
`;function w1(e){let H=new Intl.DateTimeFormat(e.fmt.locale,{weekday:"long",timeZone:"UTC"}),C=new Intl.DateTimeFormat(e.fmt.locale,{month:"long",timeZone:"UTC"}),V=new Intl.DateTimeFormat(e.fmt.locale,{hour:"numeric",minute:"2-digit",timeZone:"UTC",...e.fmt.hour12!==void 0?{hour12:e.fmt.hour12}:{}});return{localize:e.localize,entityName:L=>T2(e,L),weekday:L=>H.format(Date.UTC(2023,0,1+L)),month:L=>C.format(Date.UTC(2023,L-1,1)),time:(L,r)=>V.format(Date.UTC(2023,0,1,L,r))}}function T2(e,H){let V=e.hass.states[H]?.attributes.friendly_name;return typeof V=="string"&&V?V:(H.split(".")[1]??H).replace(/_/g," ")}function B2(e,H){let C=e.localize;return H.snoozed_until&&H.status!=="overdue"?C("status.snoozed",{date:G(H.snoozed_until,e.fmt)}):H.next_due_at?C("task.due",{when:F(H.next_due_at,e.now,e.fmt,H.all_day)}):L2(e,H)??C(`status.${H.status}`)}function L2(e,H){let C=H.schedule.meter_every;if(!H.meter||!C||H.meter.progress===void 0)return;let V=Math.max(0,H.meter.progress*C);return e.localize("task.meter_progress",{value:E(V,e.fmt.locale,V<10?1:0),every:E(C,e.fmt.locale,0),unit:H.meter.unit??""}).trim()}function F3(e,H){let C=L2(e,H);if(!C||!H.meter)return a;let V=Math.min(1,Math.max(0,H.meter.progress));return t`<span class="meter">
    <progress max="1" .value=${V} aria-label=${C}></progress>${H.next_due_at?t`<span class="muted">${C}</span>`:a}
  </span>`}function R3(e,H){e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),R(H))}function X(e,H,C={}){let V=e.localize,L=e.property,r=H.asset_id?L?.assets.get(H.asset_id):void 0,M=r?.zone_id?L?.zones.get(r.zone_id):void 0,o=r?w("haven",{view:"asset",assetId:r.asset_id}):"",i=C.showAsset?t`${r?t`<a class="asset-link" href=${o} @click=${l=>R3(l,o)}>${r.name}</a>`:V("common.house_wide")}${M?` \xB7 ${M.name}`:""}`:a,A=H.next_due_at?G(H.next_due_at,e.fmt):"",p=H.status!=="done";return t`<li class="task ${H.status}">
    <div class="task-main">
      <span class="task-name">${H.name}</span>
      <span class="task-meta">
        <span class="chip ${H.status}" title=${A}>${B2(e,H)}</span>
        ${i!==a?t`<span class="muted where">${i}</span>`:a}
        ${F3(e,H)}
      </span>
      ${C.showSchedule?t`<span class="muted schedule">${d1(H.schedule,w1(e))}</span>`:a}
    </div>
    <div class="task-actions">
      ${p?t`<button
              class="btn small"
              aria-label=${V("task.mark_done",{name:H.name})}
              @click=${l=>u(l.currentTarget,"complete",{taskId:H.task_id})}
            >
              ${m(W1)}<span>${V("task.done")}</span>
            </button>
            <button
              class="btn small plain"
              aria-label=${V("task.snooze_named",{name:H.name})}
              @click=${l=>u(l.currentTarget,"snooze",{taskId:H.task_id})}
            >
              ${m(p5)}<span class=${C.compact?"visually-hidden":"label-wide"}
                >${V("task.snooze")}</span
              >
            </button>`:a}
      ${C.compact?a:t`<button
            class="btn icon-btn"
            aria-label=${V("common.more_actions",{name:H.name})}
            @click=${l=>u(l.currentTarget,"task-menu",{taskId:H.task_id})}
          >
            ${m(u5)}
          </button>`}
    </div>
  </li>`}function p1(e,H,C,V=!0){let L=e.localize,r=V&&H.asset_id?e.property?.assets.get(H.asset_id):void 0,M=H.user_name??L("common.someone");return t`<li class="log">
    <div class="log-main">
      <span class="log-action"
        ><span class="log-kind">${L(`log.${H.kind}`)}</span> · ${H.action}${r?t` <span class="muted">· ${r.name}</span>`:a}</span
      >
      <span class="muted log-meta"
        >${L("log.who_when",{who:M,when:F(H.performed_at,e.now,e.fmt)})}</span
      >
      ${H.notes?t`<span class="log-notes">${H.notes}</span>`:a}
    </div>
    ${H.cost!==void 0?t`<span class="log-cost">${U(H.cost,C,e.fmt.locale)}</span>`:a}
  </li>`}var m1=c`
  ul.tasks,
  ul.logs {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li.task,
  li.log {
    display: flex;
    align-items: center;
    gap: 8px 12px;
    padding: 10px 16px;
    border-top: 1px solid var(--haven-divider);
    flex-wrap: wrap;
  }
  /* Rows off screen are neither laid out nor painted until scrolled to (1,000 tasks). */
  ul.tasks > li.task {
    content-visibility: auto;
    contain-intrinsic-size: auto 64px;
  }
  li.task:first-child,
  li.log:first-child {
    border-top: none;
  }
  .task-main,
  .log-main {
    display: flex;
    flex-direction: column;
    gap: 2px;
    flex: 1 1 200px;
    min-width: 0;
  }
  .task-name,
  .log-action {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .task-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    align-items: center;
    font-size: 0.85rem;
  }
  .meter {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .meter progress {
    width: 64px;
    height: 6px;
    accent-color: var(--haven-primary-fill);
  }
  .asset-link {
    color: inherit;
    text-decoration: underline;
    text-decoration-color: var(--haven-divider);
    text-underline-offset: 2px;
  }
  .schedule,
  .log-meta,
  .log-notes {
    font-size: 0.85rem;
  }
  .log-kind {
    color: var(--haven-muted);
    font-weight: 400;
  }
  .log-cost {
    font-variant-numeric: tabular-nums;
    font-weight: 500;
  }
  .task-actions {
    display: flex;
    gap: 4px;
    margin-left: auto;
    align-items: center;
  }
  @media (max-width: 480px) {
    .label-wide {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  }
`;var q5={version:0,properties:new Map};function _1(e,H){let C=new Map;for(let V of e??[])C.set(V[H],V);return C}function $3(e){let{zones:H,assets:C,tasks:V,supplies:L,inbox:r,recent_logs:M,...o}=e;return{summary:o,zones:_1(H,"zone_id"),assets:_1(C,"asset_id"),tasks:_1(V,"task_id"),supplies:_1(L,"supply_id"),inbox:_1(r,"inbox_item_id"),recentLogs:(M??[]).slice(0,10)}}function P1(e,H,C,V){if(!H?.length&&!C?.length)return e;let L=new Map(e);for(let r of H??[])L.set(r[V],r);for(let r of C??[])L.delete(r);return L}function E3(e,H,C){if(!H?.length&&!C?.length)return e;let V=new Set(C??[]),L=new Set,r=[...H??[],...e].filter(M=>V.has(M.log_id)||L.has(M.log_id)?!1:(L.add(M.log_id),!0));return r.sort((M,o)=>M.performed_at<o.performed_at?1:M.performed_at>o.performed_at?-1:0),r.slice(0,10)}function F2(e,H){if(H.kind==="snapshot"){let M=new Map(e.properties);for(let o of H.properties)M.set(o.config_entry_id,$3(o));return{version:e.version+1,properties:M}}if(H.kind==="unloaded"){if(!e.properties.has(H.config_entry_id))return e;let M=new Map(e.properties);return M.delete(H.config_entry_id),{version:e.version+1,properties:M}}let C=e.properties.get(H.config_entry_id);if(!C)return e;let V=H.removed??{},L={summary:H.property??C.summary,zones:P1(C.zones,H.zones,V.zones,"zone_id"),assets:P1(C.assets,H.assets,V.assets,"asset_id"),tasks:P1(C.tasks,H.tasks,V.tasks,"task_id"),supplies:P1(C.supplies,H.supplies,V.supplies,"supply_id"),inbox:P1(C.inbox,H.inbox,V.inbox,"inbox_item_id"),recentLogs:E3(C.recentLogs,H.logs,V.logs)},r=new Map(e.properties);return r.set(H.config_entry_id,L),{version:e.version+1,properties:r}}function K5(e,H){return F2({version:e.version,properties:new Map},H)}var j5=3600,l1=class l1{constructor(H,C){this.configEntryId=C;this.state={data:q5,link:"connecting"};this.listeners=new Set;this.subscribing=!1;this.firstEvent=!0;this.signed=new Map;this.onEvent=H=>{let C=this.firstEvent?K5(this.state.data,H):F2(this.state.data,H);this.firstEvent=!1,(C!==this.state.data||this.state.link!=="live")&&this.set({data:C,link:"live",error:void 0})};this.onDisconnected=()=>{this.unsubscribe=void 0,this.set({link:"reconnecting"})};this.onReady=()=>{this.listeners.size>0&&this.start()};this.hass=H}static for(H,C){let V=l1.shared.get(H.connection);V||(V=new Map,l1.shared.set(H.connection,V));let L=C??"",r=V.get(L);return r||(r=new l1(H,C),V.set(L,r)),r.hass=H,r}get connection(){return this.hass.connection}listen(H){return this.listeners.add(H),H(this.state),this.listeners.size===1&&(this.connection.addEventListener("ready",this.onReady),this.connection.addEventListener("disconnected",this.onDisconnected),this.start()),()=>{this.listeners.delete(H),this.listeners.size===0&&this.stop()}}set(H){this.state={...this.state,...H};for(let C of this.listeners)C(this.state)}async start(){if(this.unsubscribe||this.subscribing)return;this.subscribing=!0,this.firstEvent=!0;let H={type:"haven/subscribe"};this.configEntryId&&(H.config_entry_id=this.configEntryId);try{let C=await this.connection.subscribeMessage(this.onEvent,H,{resubscribe:!1});this.listeners.size===0?C().catch(()=>{}):this.unsubscribe=C}catch(C){this.set({link:"error",error:$(C)})}finally{this.subscribing=!1}}stop(){this.connection.removeEventListener("ready",this.onReady),this.connection.removeEventListener("disconnected",this.onDisconnected);let H=this.unsubscribe;this.unsubscribe=void 0,H&&this.connection.connected!==!1&&H().catch(()=>{})}ws(H,C={}){return this.hass.callWS({type:H,...C})}asset(H){return this.ws("haven/asset",{asset_id:H})}templateList(){return this.templates||(this.templates=this.ws("haven/templates").then(H=>H.templates,H=>{throw this.templates=void 0,H})),this.templates}household(){return this.people||(this.people=this.ws("haven/users").catch(H=>{throw this.people=void 0,H})),this.people}schedulePreview(H){return this.ws("haven/schedule_preview",H)}async call(H,C,V=!1){let L={type:"call_service",domain:"haven",service:H,service_data:C};return V&&(L.return_response=!0),(await this.connection.sendMessagePromise(L))?.response}async signedUrl(H){let C=Date.now(),V=this.signed.get(H);if(V&&V.until>C)return V.url;let L=await this.hass.callWS({type:"auth/sign_path",path:H,expires:j5}),r=this.hass.hassUrl?this.hass.hassUrl(L.path):L.path;return this.signed.set(H,{url:r,until:C+(j5-60)*1e3}),r}async token(){let H=this.hass.auth;return H.expired&&H.refreshAccessToken&&await H.refreshAccessToken(),H.data.access_token}async upload(H,C,V,L){let r=await this.token(),M=this.hass.hassUrl?this.hass.hassUrl(H):H;return new Promise(o=>{let i=new XMLHttpRequest;i.open("POST",M),i.setRequestHeader("Authorization",`Bearer ${r}`),i.upload.addEventListener("progress",A=>{A.lengthComputable&&V&&V(A.loaded/A.total)}),i.addEventListener("load",()=>{let A={};try{A=JSON.parse(i.responseText||"{}")}catch{A={}}o({status:i.status,body:A})}),i.addEventListener("error",()=>o({status:0,body:{}})),i.addEventListener("abort",()=>o({status:-1,body:{}})),L?.addEventListener("abort",()=>i.abort()),i.send(C)})}};l1.shared=new WeakMap;var e2=l1;function $(e){if(typeof e=="string")return e;if(e&&typeof e=="object"){let H=e;if(H.message)return H.message;if(H.error?.message)return H.error.message;if(H.code)return String(H.code)}return String(e)}var Z=class extends S{constructor(){super(...arguments);this.params={};this.busy=!1;this.error="";this.closed=!1;this.danger=!1;this.onClosed=()=>{this.closed=!0,this.dispatchEvent(new CustomEvent("haven-dialog-closed",{bubbles:!0,composed:!0}))};this.onSubmit=C=>{C.preventDefault();let V=new FormData(this.formEl);this.run(()=>this.submit(V))}}submitLabel(){}async submit(C){}gone(){}firstUpdated(){this.dialogEl.showModal(),this.renderRoot.querySelector("[autofocus], .body input:not([type=hidden]), .body select, .body textarea, .body button")?.focus()}updated(C){if(C.has("ctx")&&!this.closed&&!this.busy){let V=this.gone();V&&(D(this,V),this.close())}}close(){this.closed||(this.closed=!0,this.dialogEl?.open?this.dialogEl.close():this.onClosed())}async run(C){if(!this.busy){this.busy=!0,this.error="";try{let V=await C();V&&D(this,V),this.close()}catch(V){this.error=$(V)}finally{this.busy=!1}}}render(){let C=this.submitLabel(),V=this.ctx.localize;return t`<dialog aria-labelledby="dialog-title" @close=${this.onClosed}>
      <form @submit=${this.onSubmit}>
        <div class="dialog-head">
          <h2 id="dialog-title">${this.heading()}</h2>
          <button type="button" class="btn icon-btn" aria-label=${V("common.close")} @click=${()=>this.close()}>
            ${m(G1)}
          </button>
        </div>
        <div class="body">${this.body()}</div>
        ${this.error?t`<p class="error" role="alert">${this.error}</p>`:a}
        ${C?t`<div class="dialog-foot">
              <button type="button" class="btn plain" @click=${()=>this.close()}>${V("common.cancel")}</button>
              <button type="submit" class="btn primary ${this.danger?"danger":""}" ?disabled=${this.busy}>
                ${C}
              </button>
            </div>`:a}
      </form>
    </dialog>`}};Z.styles=[z,c`
      dialog {
        width: min(560px, calc(100vw - 16px));
        max-width: none;
        max-height: calc(100dvh - 16px);
        padding: 0;
        border: none;
        border-radius: var(--haven-radius);
        background: var(--haven-surface);
        color: var(--haven-text);
        box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.45);
      }
      form {
        display: flex;
        flex-direction: column;
        max-height: calc(100dvh - 16px);
      }
      .dialog-head {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 16px 12px 8px 20px;
      }
      .dialog-head h2 {
        flex: 1;
        overflow-wrap: anywhere;
      }
      .body {
        padding: 8px 20px 16px;
        overflow: auto;
        display: flex;
        flex-direction: column;
        gap: 14px;
      }
      .error {
        margin: 0 20px 8px;
        padding: 10px 12px;
        border-radius: 8px;
        border: 1px solid var(--haven-error-dot);
        color: var(--haven-error);
        background: color-mix(in srgb, var(--haven-error-dot) 8%, transparent);
      }
      .dialog-foot {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 8px;
        padding: 12px 20px 16px;
        border-top: 1px solid var(--haven-divider);
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      legend {
        padding: 0;
        margin-bottom: 4px;
      }
      .choice {
        display: flex;
        align-items: center;
        gap: 10px;
        min-height: 36px;
        cursor: pointer;
      }
      .hint {
        font-size: 0.85rem;
        color: var(--haven-muted);
      }
      .progress {
        width: 100%;
        height: 8px;
      }
    `],n([x({attribute:!1})],Z.prototype,"ctx",2),n([x({attribute:!1})],Z.prototype,"params",2),n([d()],Z.prototype,"busy",2),n([d()],Z.prototype,"error",2),n([K("dialog")],Z.prototype,"dialogEl",2),n([K("form")],Z.prototype,"formEl",2);function s(e,H){let C=e.get(H);if(typeof C!="string")return;let V=C.trim();return V===""?void 0:V}function _(e){let H={};for(let[C,V]of Object.entries(e))V!==void 0&&(H[C]=V);return H}var s1=class extends Z{get task(){return this.ctx.property?.tasks.get(String(this.params.taskId))}get taskName(){return this.task?.name??""}gone(){return this.task?void 0:this.ctx.localize("dialog.gone.task")}when(H){return typeof H=="string"?F(H,new Date,this.ctx.fmt,this.task?.all_day):"\u2014"}};function P(e,H,C){let V=s(e,H);if(V===void 0)return;let L=R5(V);if(L===void 0||Number.isNaN(L))throw new Error(C("error.number"));return L}var r2=class extends s1{constructor(){super(...arguments);this.openedAt=new Date}heading(){return this.ctx.localize("dialog.complete.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.complete.submit")}body(){let C=this.ctx.localize,V=this.ctx.property?.summary.currency??"";return t`
      <label class="field">
        <span>${C("dialog.complete.performed_at")}</span>
        <input
          type="datetime-local"
          name="performed_at"
          required
          .value=${J(this.openedAt,this.ctx.fmt.timeZone)}
          max=${J(new Date(this.openedAt.getTime()+6e4),this.ctx.fmt.timeZone)}
        />
      </label>
      <label class="field">
        <span>${C("dialog.complete.cost",{currency:V})}</span>
        <input name="cost" inputmode="decimal" autocomplete="off" />
      </label>
      <label class="field">
        <span>${C("dialog.complete.notes")}</span>
        <textarea name="notes"></textarea>
      </label>
    `}async submit(C){let V=this.ctx.localize,L=this.taskName,r=a1(s(C,"performed_at")??"",this.ctx.fmt.timeZone),M=await this.ctx.client.call("complete_task",_({task_id:this.params.taskId,performed_at:r,notes:s(C,"notes"),cost:P(C,"cost",V)}),!0);return V("dialog.complete.done",{name:L,when:this.when(M?.next_due_at)})}};r2=n([v("haven-complete-dialog")],r2);var T1=class extends s1{constructor(){super(...arguments);this.choice="day"}heading(){return this.ctx.localize("dialog.snooze.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.snooze.submit")}body(){let C=this.ctx.localize,V=F5(new Date(Date.now()+864e5),this.ctx.fmt.timeZone),L=(r,M)=>t`<label class="choice"
        ><input
          type="radio"
          name="choice"
          .value=${r}
          .checked=${this.choice===r}
          @change=${()=>this.choice=r}
        />${M}</label
      >`;return t`<fieldset>
        <legend>${C("dialog.snooze.how_long")}</legend>
        ${L("day",C("dialog.snooze.one_day"))} ${L("week",C("dialog.snooze.one_week"))}
        ${L("date",C("dialog.snooze.until_date"))}
      </fieldset>
      ${this.choice==="date"?t`<label class="field">
            <span>${C("dialog.snooze.date")}</span>
            <input type="date" name="until" required min=${V} .value=${V} />
          </label>`:a}`}async submit(C){let V=this.taskName,L={task_id:this.params.taskId};this.choice==="date"?L.until=s(C,"until"):L.duration={days:this.choice==="day"?1:7};let r=await this.ctx.client.call("snooze_task",L,!0);return this.ctx.localize("dialog.snooze.done",{name:V,when:this.when(r?.next_due_at)})}};n([d()],T1.prototype,"choice",2),T1=n([v("haven-snooze-dialog")],T1);var M2=class extends s1{heading(){return this.ctx.localize("dialog.skip.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.skip.submit")}body(){return t`<p>${this.ctx.localize("dialog.skip.text",{name:this.taskName})}</p>`}async submit(){let H=this.taskName,C=await this.ctx.client.call("skip_task",{task_id:this.params.taskId},!0);return this.ctx.localize("dialog.skip.done",{name:H,when:this.when(C?.next_due_at)})}};M2=n([v("haven-skip-dialog")],M2);var B1=class extends s1{connectedCallback(){super.connectedCallback(),this.ctx.client.household().then(H=>this.household=H,()=>this.household=void 0)}heading(){return this.taskName}body(){let H=this.task;if(!H)return a;let C=this.ctx.localize,V=H.asset_id?this.ctx.property?.assets.get(H.asset_id):void 0,L=String(this.params.panelPath??"haven"),r=(M,o)=>{let i=this.parentNode instanceof ShadowRoot?this.parentNode.host:this;this.close(),u(i,M,o)};return t`
      <p><span class="chip ${H.status}">${B2(this.ctx,H)}</span></p>
      ${H.next_due_at?t`<p class="muted">${X1(H.next_due_at,this.ctx.fmt)}</p>`:a}
      <p>${d1(H.schedule,w1(this.ctx))}</p>
      <p class="muted">
        ${H.last_completed_at?C("task.last_done",{when:G(H.last_completed_at,this.ctx.fmt)}):C("task.never_done")}
      </p>
      ${b.of(H).length?t`<p class="muted">
            ${C("task.assigned",{names:b.of(H).map(M=>K1(M,this.household,o=>this.ctx.hass.states[o]?.attributes.friendly_name??this.ctx.localize("common.someone"))).join(", ")})}
          </p>`:a}
      ${H.notes?t`<p>${H.notes}</p>`:a}
      <div class="row">
        ${H.schedule.kind!=="once"?t`<button type="button" class="btn" @click=${()=>r("skip",{taskId:H.task_id})}>
              ${m(O5)}${C("task.skip")}
            </button>`:a}
        <button type="button" class="btn" @click=${()=>r("task",{taskId:H.task_id})}>
          ${m(y1)}${C("task.edit")}
        </button>
        <button
          type="button"
          class="btn danger"
          @click=${()=>r("remove",{what:"task",id:H.task_id})}
        >
          ${m(k1)}${C("task.remove")}
        </button>
        ${V&&this.params.onAssetPage!==!0?t`<button
              type="button"
              class="btn plain"
              @click=${()=>{this.close(),R(w(L,{view:"asset",assetId:V.asset_id}))}}
            >
              ${C("asset.open",{name:V.name})}
            </button>`:a}
      </div>
    `}};n([d()],B1.prototype,"household",2),B1=n([v("haven-task-menu-dialog")],B1);var t2=class extends Z{constructor(){super(...arguments);this.danger=!0}get what(){return this.params.what}get recordId(){return String(this.params.id)}get name(){let C=this.ctx.property;return(this.what==="asset"?C?.assets.get(this.recordId):this.what==="task"?C?.tasks.get(this.recordId):C?.supplies.get(this.recordId))?.name??""}gone(){if(!(this.busy||this.name))return this.what==="supply"?void 0:this.ctx.localize(`dialog.gone.${this.what}`)}heading(){return this.ctx.localize("dialog.remove.title",{name:this.name})}submitLabel(){return this.ctx.localize("dialog.remove.confirm")}body(){return t`<p>${this.ctx.localize(`dialog.remove.${this.what}_text`,{name:this.name})}</p>`}async submit(){let C=this.name,V=`${this.what}_id`;return await this.ctx.client.call(`remove_${this.what}`,{[V]:this.recordId}),this.what==="asset"&&typeof this.params.after=="string"&&R(this.params.after,!0),this.ctx.localize("dialog.remove.removed",{name:C})}};t2=n([v("haven-remove-dialog")],t2);var i2="__new__",D3=["days","weeks","months","years"];function F1(e,H){let C=e.property,V=C?H2(C,e.localize("common.no_zone")):[];return t`<label class="field">
    <span>${H.label}</span>
    <select name=${H.name} ?required=${H.required??!1}>
      ${H.noneLabel!==void 0?t`<option value="" ?selected=${!H.selected}>${H.noneLabel}</option>`:t`<option value="" disabled ?selected=${!H.selected}></option>`}
      ${V.map(L=>t`<optgroup label=${L.label}>
            ${L.assets.map(r=>t`<option value=${r.asset_id} ?selected=${r.asset_id===H.selected}>${r.name}</option>`)}
          </optgroup>`)}
    </select>
  </label>`}function C1(e,H,C,V){let L=s(e,H);if(!V)return L;if(L!==C)return L??null}var Y=class extends Z{constructor(){super(...arguments);this.templates=[];this.templateId="";this.zoneChoice="";this.nameValue="";this.initialised=!1}get asset(){let C=this.params.assetId;return typeof C=="string"?this.ctx.property?.assets.get(C):void 0}get editing(){return typeof this.params.assetId=="string"}connectedCallback(){super.connectedCallback(),this.initialised||(this.initialised=!0,this.nameValue=this.asset?.name??"",this.zoneChoice=this.asset?.zone_id??this.params.zoneId??"",this.editing||this.ctx.client.templateList().then(C=>this.templates=C,()=>this.templates=[]))}gone(){return this.editing&&!this.asset?this.ctx.localize("dialog.gone.asset"):void 0}heading(){let C=this.ctx.localize;return this.editing?C("dialog.asset.edit_title",{name:this.asset?.name??""}):C("dialog.asset.add_title")}submitLabel(){return this.ctx.localize(this.editing?"common.save":"dialog.asset.submit_add")}categoryName(C){let V=`dialog.asset.category.${C}`,L=this.ctx.localize(V);return L===V?C.charAt(0).toUpperCase()+C.slice(1):L}templateBlock(){if(this.editing||!this.templates.length)return a;let C=this.ctx.localize,V=new Map;for(let r of this.templates){let M=V.get(r.category)??[];M.push(r),V.set(r.category,M)}let L=this.templates.find(r=>r.id===this.templateId);return t`<label class="field">
        <span>${C("dialog.asset.template")}</span>
        <select
          name="template"
          @change=${r=>{let M=r.target.value,o=this.templates.find(A=>A.id===this.templateId);this.templateId=M;let i=this.templates.find(A=>A.id===M);i&&(!this.nameValue||this.nameValue===o?.name)&&(this.nameValue=i.name)}}
        >
          <option value="">${C("dialog.asset.no_template")}</option>
          ${[...V.entries()].map(([r,M])=>t`<optgroup label=${this.categoryName(r)}>
                ${M.map(o=>t`<option value=${o.id} ?selected=${o.id===this.templateId}>${o.name}</option>`)}
              </optgroup>`)}
        </select>
      </label>
      ${L?.tasks.length?t`<p class="hint">${C("dialog.asset.template_tasks",{tasks:L.tasks.map(r=>r.name).join(", ")})}</p>`:a}`}body(){let C=this.ctx.localize,V=this.asset,L=[...this.ctx.property?.zones.values()??[]].sort((r,M)=>r.name.localeCompare(M.name));return t`
      ${this.templateBlock()}
      <label class="field">
        <span>${C("common.name")}</span>
        <input
          name="name"
          required
          autocomplete="off"
          .value=${this.nameValue}
          @input=${r=>this.nameValue=r.target.value}
        />
      </label>
      <label class="field">
        <span>${C("dialog.asset.zone")}</span>
        <select name="zone_choice" @change=${r=>this.zoneChoice=r.target.value}>
          <option value="" ?selected=${this.zoneChoice===""}>${C("common.no_zone")}</option>
          ${L.map(r=>t`<option value=${r.zone_id} ?selected=${r.zone_id===this.zoneChoice}>${r.name}</option>`)}
          <option value=${i2} ?selected=${this.zoneChoice===i2}>${C("dialog.asset.new_zone")}</option>
        </select>
      </label>
      ${this.zoneChoice===i2?t`<label class="field">
            <span>${C("dialog.asset.new_zone_name")}</span>
            <input name="new_zone" required autocomplete="off" />
          </label>`:a}
      <div class="row">
        <label class="field"
          ><span>${C("asset.manufacturer")}</span><input name="manufacturer" .value=${V?.manufacturer??""}
        /></label>
        <label class="field"><span>${C("asset.model")}</span><input name="model" .value=${V?.model??""} /></label>
      </div>
      <div class="row">
        <label class="field"
          ><span>${C("asset.serial_number")}</span><input name="serial_number" .value=${V?.serial_number??""}
        /></label>
        <label class="field"
          ><span>${C("asset.installed_on")}</span
          ><input type="date" name="installed_on" .value=${V?.installed_on??""}
        /></label>
      </div>
      <label class="field"><span>${C("asset.notes")}</span><textarea name="notes" .value=${V?.notes??""}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,L=this.ctx.property;if(!L)throw new Error(V("common.not_loaded"));let r=this.asset,M=this.editing,o=s(C,"name")??"",i={name:M&&o===r?.name?void 0:o,manufacturer:C1(C,"manufacturer",r?.manufacturer,M),model:C1(C,"model",r?.model,M),serial_number:C1(C,"serial_number",r?.serial_number,M),installed_on:C1(C,"installed_on",r?.installed_on,M),notes:C1(C,"notes",r?.notes,M)},A=s(C,"zone_choice");if(A===i2)i.zone=s(C,"new_zone");else if(A&&A!==r?.zone_id){let p=L.zones.get(A);i[p?.area_id?"area_id":"zone"]=p?.area_id??p?.name}return M?(await this.ctx.client.call("update_asset",_({asset_id:r?.asset_id,...i})),V("dialog.asset.saved",{name:o})):(await this.ctx.client.call("create_asset",_({config_entry_id:L.summary.config_entry_id,template:s(C,"template"),...i}),!0),V("dialog.asset.added",{name:o}))}};n([d()],Y.prototype,"templates",2),n([d()],Y.prototype,"templateId",2),n([d()],Y.prototype,"zoneChoice",2),n([d()],Y.prototype,"nameValue",2),Y=n([v("haven-asset-dialog")],Y);function z3(e){let H=[];for(let[C,V]of Object.entries(e.hass.states)){if(!V||!C.startsWith("sensor.")||V.state===""||Number.isNaN(Number(V.state)))continue;let L=V.attributes.unit_of_measurement,r=`${E(Number(V.state),e.fmt.locale)}${typeof L=="string"?` ${L}`:""}`;H.push({entityId:C,label:`${T2(e,C)} (${r})`})}return H.sort((C,V)=>C.label.localeCompare(V.label))}var N=class extends Z{constructor(){super(...arguments);this.kind="interval";this.previewError="";this.previewLoading=!1;this.meterEntity="";this.people=[];this.previewSeq=0;this.initialised=!1;this.schedulePreview=()=>{window.clearTimeout(this.timer),this.timer=window.setTimeout(()=>{this.loadPreview()},400)}}get task(){let C=this.params.taskId;return typeof C=="string"?this.ctx.property?.tasks.get(C):void 0}get editing(){return typeof this.params.taskId=="string"}connectedCallback(){if(super.connectedCallback(),!this.initialised){this.initialised=!0;let C=this.task?.schedule;this.kind=C?.kind??"interval",this.meterEntity=C?.meter_entity_id??"",this.ctx.client.household().then(V=>this.people=b.choices(V),()=>this.people=[])}}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.timer)}firstUpdated(){super.firstUpdated(),this.schedulePreview()}gone(){return this.editing&&!this.task?this.ctx.localize("dialog.gone.task"):void 0}heading(){let C=this.ctx.localize;return this.editing?C("dialog.task.edit_title",{name:this.task?.name??""}):C("dialog.task.add_title")}submitLabel(){return this.ctx.localize(this.editing?"common.save":"dialog.task.submit_add")}scheduleFields(C){let V=this.ctx.localize;switch(this.kind){case"interval":return{every:P(C,"every",V),unit:s(C,"unit"),anchor:s(C,"anchor")};case"cron":return{cron:s(C,"cron")};case"meter":{let L=P(C,"backstop_every",V);return{meter_entity_id:s(C,"meter_entity_id"),meter_every:P(C,"meter_every",V),every:L,unit:L!==void 0?s(C,"backstop_unit"):void 0}}default:return{}}}async loadPreview(){let C=this.ctx.property;if(!C||!this.formEl||this.kind==="once"){this.preview=void 0,this.previewError="";return}let V=new FormData(this.formEl),L;try{L=_(this.scheduleFields(V))}catch(o){this.preview=void 0,this.previewError=$(o);return}if(this.kind==="cron"&&!L.cron||this.kind==="meter"&&!L.meter_entity_id){this.preview=void 0,this.previewError="";return}let r=++this.previewSeq;this.previewLoading=!0;let M={kind:this.kind,...L};try{let o=await this.ctx.client.schedulePreview(_({config_entry_id:C.summary.config_entry_id,first_due:s(V,"first_due"),count:5,...L}));r===this.previewSeq&&(this.preview=o,this.previewSchedule=M,this.previewError="")}catch(o){r===this.previewSeq&&(this.preview=void 0,this.previewError=$(o))}finally{r===this.previewSeq&&(this.previewLoading=!1)}}kindChoice(C){return t`<label class="choice"
      ><input
        type="radio"
        name="kind"
        .value=${C}
        .checked=${this.kind===C}
        @change=${()=>{this.kind=C,this.preview=void 0,this.previewError="",this.schedulePreview()}}
      />${this.ctx.localize(`dialog.task.kind_${C}`)}</label
    >`}unitSelect(C,V){let L=this.ctx.localize;return t`<select name=${C}>
      ${D3.map(r=>t`<option value=${r} ?selected=${r===(V??"months")}>${L(`dialog.task.unit_${r}`)}</option>`)}
    </select>`}scheduleBlock(){let C=this.ctx.localize,V=this.task?.schedule;switch(this.kind){case"interval":return t`<div class="row">
            <label class="field"
              ><span>${C("dialog.task.every")}</span
              ><input name="every" type="number" min="1" step="1" required .value=${String(V?.every??1)}
            /></label>
            <label class="field"><span>${C("dialog.task.unit")}</span>${this.unitSelect("unit",V?.unit)}</label>
          </div>
          <label class="field"
            ><span>${C("dialog.task.anchor")}</span>
            <select name="anchor">
              <option value="completion" ?selected=${V?.anchor!=="fixed"}>${C("dialog.task.anchor_completion")}</option>
              <option value="fixed" ?selected=${V?.anchor==="fixed"}>${C("dialog.task.anchor_fixed")}</option>
            </select></label
          >`;case"cron":return t`<label class="field"
          ><span>${C("dialog.task.cron")}</span
          ><input
            name="cron"
            required
            autocomplete="off"
            spellcheck="false"
            aria-describedby="cron-help"
            placeholder="0 9 1 * *"
            .value=${V?.cron??""}
          /><span class="hint" id="cron-help">${C("dialog.task.cron_help")}</span></label
        >`;case"meter":{let L=z3(this.ctx),r=this.meterEntity?this.ctx.hass.states[this.meterEntity]:void 0;return t`<label class="field"
            ><span>${C("dialog.task.meter_entity")}</span>
            <select
              name="meter_entity_id"
              required
              @change=${M=>this.meterEntity=M.target.value}
            >
              <option value="" disabled ?selected=${!this.meterEntity}>${C("dialog.task.meter_pick")}</option>
              ${L.map(M=>t`<option value=${M.entityId} ?selected=${M.entityId===this.meterEntity}>${M.label}</option>`)}
            </select></label
          >
          ${L.length?a:t`<p class="hint">${C("dialog.task.meter_none")}</p>`}
          ${r?t`<p class="hint">
                ${C("dialog.task.meter_now",{value:`${E(Number(r.state),this.ctx.fmt.locale)} ${r.attributes.unit_of_measurement??""}`.trim()})}
              </p>`:a}
          <label class="field"
            ><span>${C("dialog.task.meter_every")}</span
            ><input name="meter_every" type="number" min="0.01" step="any" required .value=${V?.meter_every!==void 0?String(V.meter_every):""}
          /></label>
          <div class="row">
            <label class="field"
              ><span>${C("dialog.task.backstop")}</span
              ><input name="backstop_every" type="number" min="1" step="1" .value=${V?.every!==void 0?String(V.every):""}
            /></label>
            <label class="field"><span>${C("dialog.task.unit")}</span>${this.unitSelect("backstop_unit",V?.unit)}</label>
          </div>`}default:return t``}}previewBlock(){if(this.kind==="once")return a;let C=this.ctx.localize;return t`<section aria-live="polite" class="preview">
      <h3>${C("dialog.task.preview")}</h3>
      ${this.previewError?t`<p class="error-text">${this.previewError}</p>`:this.preview?t`<p>${this.previewWords(this.preview)}</p>
              <ul>
                ${this.preview.next.map(V=>t`<li>${X1(V,this.ctx.fmt)}</li>`)}
              </ul>`:this.previewLoading?t`<p class="hint">${C("dialog.task.preview_loading")}</p>`:a}
    </section>`}previewWords(C){return C.description?C.description:this.previewSchedule?d1(this.previewSchedule,w1(this.ctx)):""}assigneeBlock(){if(!this.people.length)return a;let C=this.ctx.localize,V=this.task?b.of(this.task):[];return b.multiple?t`<fieldset>
        <legend>${C("dialog.task.assignee")}</legend>
        ${this.people.map(L=>t`<label class="choice"
              ><input type="checkbox" name="assignee" .value=${L.id} .checked=${V.includes(L.id)} />${L.name}</label
            >`)}
      </fieldset>`:t`<label class="field">
      <span>${C("dialog.task.assignee")}</span>
      <select name="assignee">
        <option value="" ?selected=${!V.length}>${C("dialog.task.nobody")}</option>
        ${this.people.map(L=>t`<option value=${L.id} ?selected=${V.includes(L.id)}>${L.name}</option>`)}
      </select>
    </label>`}assigneeFields(C){if(!this.people.length)return{};let V=C.getAll("assignee").filter(M=>typeof M=="string"&&M!==""),L=this.task?b.of(this.task):[];return V.length===L.length&&V.every(M=>L.includes(M))?{}:b.fields(V)}meterBlock(){let C=this.task,V=C&&this.kind==="meter"&&C.schedule.meter_entity_id===this.meterEntity?L2(this.ctx,C):void 0;return V?t`<p class="hint">${this.ctx.localize("dialog.task.meter_since",{progress:V})}</p>`:a}body(){let C=this.ctx.localize,V=this.task,L=V?.asset_id??this.params.assetId;return t`
      <fieldset @change=${this.schedulePreview}>
        <legend>${C("dialog.task.kind")}</legend>
        ${this.kindChoice("interval")} ${this.kindChoice("cron")} ${this.kindChoice("meter")} ${this.kindChoice("once")}
      </fieldset>
      <label class="field">
        <span>${C("common.name")}</span>
        <input name="name" required autocomplete="off" .value=${V?.name??""} />
      </label>
      ${this.editing?a:F1(this.ctx,{name:"asset_id",label:C("dialog.task.asset"),selected:L,noneLabel:C("common.no_asset")})}
      <div class="schedule-fields" @input=${this.schedulePreview} @change=${this.schedulePreview}>
        ${this.scheduleBlock()}
        <div class="row">
          <label class="field">
            <span>${C("dialog.task.first_due")}</span>
            <input type="date" name="first_due" ?required=${this.kind==="once"} />
          </label>
          <label class="field">
            <span>${C("dialog.task.lead_days")}</span>
            <input type="number" name="lead_days" min="0" step="1" .value=${String(V?.lead_days??7)} />
          </label>
        </div>
      </div>
      ${this.meterBlock()} ${this.previewBlock()} ${this.assigneeBlock()}
      <label class="field">
        <span>${C("dialog.task.priority")}</span>
        <select name="priority">
          ${[0,1,2,3].map(r=>t`<option value=${r} ?selected=${r===(V?.priority??1)}>${C(`task.priority_${r}`)}</option>`)}
        </select>
      </label>
      <label class="field"><span>${C("dialog.task.notes")}</span><textarea name="notes" .value=${V?.notes??""}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,L=this.ctx.property;if(!L)throw new Error(V("common.not_loaded"));let r=s(C,"name")??"",M=_({name:r,...this.scheduleFields(C),first_due:s(C,"first_due"),lead_days:P(C,"lead_days",V),priority:P(C,"priority",V),notes:this.editing?s(C,"notes")??(this.task?.notes?null:void 0):s(C,"notes"),...this.assigneeFields(C)});if(this.editing)return await this.ctx.client.call("update_task",{task_id:this.task?.task_id,...M}),V("dialog.task.saved",{name:r});let o=s(C,"asset_id");return await this.ctx.client.call("create_task",{...o?{asset_id:o}:{config_entry_id:L.summary.config_entry_id},...M},!0),V("dialog.task.added",{name:r})}};n([d()],N.prototype,"kind",2),n([d()],N.prototype,"preview",2),n([d()],N.prototype,"previewError",2),n([d()],N.prototype,"previewLoading",2),n([d()],N.prototype,"meterEntity",2),n([d()],N.prototype,"people",2),N=n([v("haven-task-dialog")],N);var o2=class extends Z{get supply(){let H=this.params.supplyId;return typeof H=="string"?this.ctx.property?.supplies.get(H):void 0}get assetId(){return this.supply?.asset_id??String(this.params.assetId)}gone(){return this.ctx.property?.assets.has(this.assetId)?void 0:this.ctx.localize("dialog.gone.asset")}heading(){let H=this.ctx.localize;return this.supply?H("dialog.supply.edit_title",{name:this.supply.name}):H("dialog.supply.add_title")}submitLabel(){return this.ctx.localize(this.supply?"common.save":"common.add")}body(){let H=this.ctx.localize,C=this.supply,V=[...this.ctx.property?.tasks.values()??[]].filter(L=>L.asset_id===this.assetId);return t`
      <label class="field"><span>${H("common.name")}</span><input name="name" required .value=${C?.name??""} /></label>
      <div class="row">
        <label class="field"
          ><span>${H("dialog.supply.quantity")}</span
          ><input name="quantity" type="number" min="0" step="1" .value=${C?.quantity!==void 0?String(C.quantity):""}
        /></label>
        <label class="field"
          ><span>${H("dialog.supply.part_number")}</span><input name="part_number" .value=${C?.part_number??""}
        /></label>
      </div>
      <label class="field"
        ><span>${H("dialog.supply.purchase_url")}</span
        ><input name="purchase_url" type="url" inputmode="url" .value=${C?.purchase_url??""}
      /></label>
      <label class="field"
        ><span>${H("dialog.supply.task")}</span>
        <select name="task_id">
          <option value="">${H("dialog.supply.no_task")}</option>
          ${V.map(L=>t`<option value=${L.task_id} ?selected=${L.task_id===C?.task_id}>${L.name}</option>`)}
        </select></label
      >
    `}async submit(H){let C=this.ctx.localize,V=this.supply,L=V!==void 0,r=s(H,"name")??"",M=_({name:r,quantity:P(H,"quantity",C)??(L&&V.quantity!==void 0?null:void 0),part_number:C1(H,"part_number",V?.part_number,L),purchase_url:C1(H,"purchase_url",V?.purchase_url,L),task_id:C1(H,"task_id",V?.task_id,L)});return L?await this.ctx.client.call("update_supply",{supply_id:V.supply_id,...M}):await this.ctx.client.call("add_supply",{asset_id:this.assetId,...M},!0),C("dialog.supply.saved",{name:r})}};o2=n([v("haven-supply-dialog")],o2);var a2=class extends Z{constructor(){super(...arguments);this.openedAt=new Date}heading(){return this.ctx.localize("dialog.log.title")}submitLabel(){return this.ctx.localize("dialog.log.submit")}body(){let C=this.ctx.localize,V=this.ctx.property?.summary.currency??"";return t`
      ${F1(this.ctx,{name:"asset_id",label:C("dialog.log.asset"),selected:this.params.assetId,required:!0})}
      <label class="field"><span>${C("dialog.log.action")}</span><input name="action" required autocomplete="off" /></label>
      <div class="row">
        <label class="field"
          ><span>${C("dialog.complete.performed_at")}</span
          ><input type="datetime-local" name="performed_at" required .value=${J(this.openedAt,this.ctx.fmt.timeZone)}
        /></label>
        <label class="field"
          ><span>${C("dialog.complete.cost",{currency:V})}</span><input name="cost" inputmode="decimal" autocomplete="off"
        /></label>
      </div>
      <label class="field"><span>${C("common.notes")}</span><textarea name="notes"></textarea></label>
    `}async submit(C){let V=this.ctx.localize;return await this.ctx.client.call("log_maintenance",_({asset_id:s(C,"asset_id"),action:s(C,"action"),performed_at:a1(s(C,"performed_at")??"",this.ctx.fmt.timeZone),cost:P(C,"cost",V),notes:s(C,"notes")}),!0),V("dialog.log.done")}};a2=n([v("haven-log-dialog")],a2);function A2(e,H,C){return e===0?C("error.network"):e===413?C("error.too_large"):e===415?C("error.unsupported_type"):e===403||e===401?C("error.forbidden",{message:H??String(e)}):e===400?C("error.bad_request",{message:H??""}):C("error.generic",{message:H??`HTTP ${e}`})}function J5(e){let H=e&&typeof e=="object"&&"name"in e?String(e.name):"";return H==="NotAllowedError"||H==="SecurityError"||H==="PermissionDeniedError"?"mic_denied":H==="NotFoundError"||H==="OverconstrainedError"||H==="DevicesNotFoundError"?"mic_absent":"mic_unsupported"}var N3=600*1e3,I3={"audio/webm":"webm","audio/ogg":"ogg","audio/mp4":"m4a","audio/mpeg":"mp3","audio/wav":"wav"},O=class extends Z{constructor(){super(...arguments);this.fileName="";this.previewUrl="";this.recording=!1;this.elapsed=0;this.progress=-1;this.micMessage="";this.onPicked=C=>{let L=C.target.files?.[0];L&&(this.error="",this.setFile(L,L.name))}}disconnectedCallback(){super.disconnectedCallback(),this.stopStream(),this.abort?.abort(),this.previewUrl&&URL.revokeObjectURL(this.previewUrl)}heading(){return this.ctx.localize("dialog.capture.title")}submitLabel(){return this.ctx.localize("dialog.capture.submit")}setFile(C,V){this.previewUrl&&URL.revokeObjectURL(this.previewUrl),this.file=C,this.fileName=V,this.previewUrl=C?URL.createObjectURL(C):""}pick(C){C.value="",C.click()}async startRecording(){let C=this.ctx.localize;if(this.micMessage="",!navigator.mediaDevices?.getUserMedia||typeof MediaRecorder>"u"){this.micMessage=C("dialog.capture.mic_unsupported");return}try{this.stream=await navigator.mediaDevices.getUserMedia({audio:{echoCancellation:!1,noiseSuppression:!1,autoGainControl:!1}})}catch(o){this.micMessage=C(`dialog.capture.${J5(o)}`);return}let V=["audio/webm;codecs=opus","audio/ogg;codecs=opus","audio/mp4","audio/webm"].find(o=>MediaRecorder.isTypeSupported(o)),L=new MediaRecorder(this.stream,V?{mimeType:V}:{}),r=[];L.addEventListener("dataavailable",o=>{o.data.size&&r.push(o.data)}),L.addEventListener("stop",()=>{let o=(L.mimeType||V||"audio/webm").split(";")[0],i=new Blob(r,{type:o});this.setFile(i,`voice-memo.${I3[o]??"webm"}`),this.stopStream()}),this.recorder=L;let M=Date.now();this.elapsed=0,this.recording=!0,this.setFile(void 0,""),L.start(1e3),this.ticker=window.setInterval(()=>{this.elapsed=(Date.now()-M)/1e3,Date.now()-M>N3&&this.stopRecording()},250)}stopRecording(){window.clearInterval(this.ticker),this.recording=!1,this.recorder&&this.recorder.state!=="inactive"&&this.recorder.stop(),this.recorder=void 0}stopStream(){window.clearInterval(this.ticker),this.recorder&&this.recorder.state!=="inactive"&&this.recorder.stop(),this.stream?.getTracks().forEach(C=>C.stop()),this.stream=void 0}body(){let C=this.ctx.localize,V=this.file?.type.startsWith("image/"),L=this.file?.type.startsWith("audio/");return t`
      <input id="camera" type="file" accept="image/*" capture="environment" hidden @change=${this.onPicked} />
      <input id="picker" type="file" accept="image/*,audio/*" hidden @change=${this.onPicked} />
      <div class="row">
        <button type="button" class="btn" ?disabled=${this.recording} @click=${()=>this.pick(this.cameraInput)}>
          ${m(l5)}${C("dialog.capture.photo")}
        </button>
        <button type="button" class="btn" ?disabled=${this.recording} @click=${()=>this.pick(this.pickerInput)}>
          ${m(Q1)}${C("dialog.capture.file")}
        </button>
        ${this.recording?t`<button type="button" class="btn primary danger" @click=${()=>this.stopRecording()}>
              ${m(k5)}${C("dialog.capture.stop")}
            </button>`:t`<button type="button" class="btn" @click=${()=>{this.startRecording()}}>
              ${m(g5)}${C("dialog.capture.record")}
            </button>`}
      </div>
      ${this.recording?t`<p role="status" class="recording">
            <span class="dot" aria-hidden="true"></span>${C("dialog.capture.recording",{time:P2(this.elapsed)})}
          </p>`:a}
      ${this.micMessage?t`<p class="error-text" role="alert">${this.micMessage}</p>`:a}
      ${this.file?t`<div class="preview">
            <p>
              ${L&&this.fileName.startsWith("voice-memo")?C("dialog.capture.recorded",{time:P2(this.elapsed)}):C("dialog.capture.chosen",{name:this.fileName,size:Y1(this.file.size,this.ctx.fmt.locale)})}
            </p>
            ${V?t`<img src=${this.previewUrl} alt=${this.fileName} />`:a}
            ${L?t`<audio controls src=${this.previewUrl}></audio>`:a}
            <button type="button" class="btn plain small" @click=${()=>this.setFile(void 0,"")}>
              ${C("dialog.capture.discard")}
            </button>
          </div>`:a}
      <label class="field">
        <span>${C("dialog.capture.text")}</span>
        <textarea name="text" maxlength="4000"></textarea>
      </label>
      ${F1(this.ctx,{name:"asset_id",label:C("dialog.capture.asset"),selected:this.params.assetId,noneLabel:C("common.none")})}
      ${this.progress>=0?t`<label class="field"
            ><span>${C("dialog.capture.uploading",{percent:Math.round(this.progress*100)})}</span>
            <progress class="progress" max="1" .value=${this.progress}></progress
          ></label>`:a}
      <style>
        .preview {
          display: flex;
          flex-direction: column;
          gap: 8px;
          align-items: flex-start;
        }
        .preview img {
          max-width: 100%;
          max-height: 240px;
          border-radius: 8px;
        }
        .preview audio {
          width: 100%;
        }
        .recording {
          display: flex;
          align-items: center;
          gap: 8px;
          font-variant-numeric: tabular-nums;
        }
        .dot {
          width: 12px;
          height: 12px;
          border-radius: 50%;
          background: var(--haven-error-dot);
        }
      </style>
    `}async submit(C){let V=this.ctx.localize,L=this.ctx.property;if(!L)throw new Error(V("common.not_loaded"));this.recording&&(this.stopRecording(),await new Promise(i=>setTimeout(i,300)));let r=s(C,"text");if(!this.file&&!r)throw new Error(V("dialog.capture.empty"));let M=new FormData;M.append("config_entry_id",L.summary.config_entry_id);let o=s(C,"asset_id");o&&M.append("asset_id",o),r&&M.append("text",r),this.file&&M.append("file",this.file,this.fileName||"capture"),this.progress=0,this.abort=new AbortController;try{let i=await this.ctx.client.upload("/api/haven/capture",M,A=>this.progress=A,this.abort.signal);if(i.status!==201)throw new Error(A2(i.status,i.body.message,V))}finally{this.progress=-1}return V("dialog.capture.sent")}};n([d()],O.prototype,"file",2),n([d()],O.prototype,"fileName",2),n([d()],O.prototype,"previewUrl",2),n([d()],O.prototype,"recording",2),n([d()],O.prototype,"elapsed",2),n([d()],O.prototype,"progress",2),n([d()],O.prototype,"micMessage",2),n([K("#camera")],O.prototype,"cameraInput",2),n([K("#picker")],O.prototype,"pickerInput",2),O=n([v("haven-capture-dialog")],O);var R1=class extends Z{constructor(){super(...arguments);this.outcome="task";this.openedAt=new Date}get item(){return this.ctx.property?.inbox.get(String(this.params.itemId))}gone(){return this.item?void 0:this.ctx.localize("dialog.gone.capture")}heading(){return this.ctx.localize("dialog.triage.title")}submitLabel(){return this.ctx.localize("dialog.triage.submit")}body(){let C=this.ctx.localize,V=this.item;if(!V)return a;let L=V.analysis??{},r=[V.text,V.transcription,L.description].filter(Boolean).join(`
`),M=i=>t`<label class="choice"
        ><input
          type="radio"
          name="outcome"
          .value=${i}
          .checked=${this.outcome===i}
          @change=${()=>this.outcome=i}
        />${C(`dialog.triage.outcome_${i}`)}</label
      >`,o=["days","weeks","months","years"];return t`
      <p class="hint">${V.summary}</p>
      <fieldset>
        <legend>${C("dialog.triage.outcome")}</legend>
        ${M("task")} ${M("log")} ${M("note")}
      </fieldset>
      ${this.outcome!=="note"?t`<label class="field"
            ><span>${C(this.outcome==="task"?"dialog.triage.name":"dialog.triage.action")}</span
            ><input name="name" required .value=${L.suggested_task??V.summary}
          /></label>`:a}
      ${F1(this.ctx,{name:"asset_id",label:C("dialog.task.asset"),selected:V.asset_id??L.suggested_asset_id,required:this.outcome!=="task",...this.outcome==="task"?{noneLabel:C("common.no_asset")}:{}})}
      ${this.outcome==="task"?t`<div class="row">
              <label class="field"
                ><span>${C("dialog.task.every")}</span><input name="every" type="number" min="1" step="1"
              /></label>
              <label class="field"
                ><span>${C("dialog.task.unit")}</span>
                <select name="unit">
                  ${o.map(i=>t`<option value=${i} ?selected=${i==="months"}>${C(`dialog.task.unit_${i}`)}</option>`)}
                </select></label
              >
            </div>
            <label class="field"><span>${C("dialog.task.first_due")}</span><input type="date" name="first_due" /></label>`:a}
      ${this.outcome==="log"?t`<div class="row">
            <label class="field"
              ><span>${C("dialog.triage.performed_at")}</span
              ><input type="datetime-local" name="performed_at" .value=${J(this.openedAt,this.ctx.fmt.timeZone)}
            /></label>
            <label class="field"
              ><span>${C("dialog.complete.cost",{currency:this.ctx.property?.summary.currency??""})}</span
              ><input name="cost" inputmode="decimal"
            /></label>
          </div>`:a}
      <label class="field"><span>${C("common.notes")}</span><textarea name="notes" .value=${r}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,L=s(C,"name"),r=P(C,"every",V);return await this.ctx.client.call("triage_capture",_({inbox_item_id:this.params.itemId,outcome:this.outcome,asset_id:s(C,"asset_id"),notes:s(C,"notes"),...this.outcome==="task"?{name:L,every:r,unit:r!==void 0?s(C,"unit"):void 0,first_due:s(C,"first_due")}:{},...this.outcome==="log"?{action:L,performed_at:a1(s(C,"performed_at")??"",this.ctx.fmt.timeZone),cost:P(C,"cost",V)}:{}}),!0),V("inbox.filed")}};n([d()],R1.prototype,"outcome",2),R1=n([v("haven-triage-dialog")],R1);var W3={complete:"haven-complete-dialog",snooze:"haven-snooze-dialog",skip:"haven-skip-dialog","task-menu":"haven-task-menu-dialog",log:"haven-log-dialog",asset:"haven-asset-dialog",task:"haven-task-dialog",supply:"haven-supply-dialog",remove:"haven-remove-dialog",triage:"haven-triage-dialog",capture:"haven-capture-dialog"},G3=5e3,U3=6e4,h=class extends S{constructor(){super(...arguments);this.toastMessage="";this.now=new Date;this.onDialogRequest=C=>{C.stopPropagation();let V=this.havenContext();if(!V)return;this.dialog?.close();let L=document.createElement(W3[C.detail.kind]);L.ctx=this.hass?{...V,hass:this.hass}:V,L.params={panelPath:this.panelPath(),...C.detail.params},this.dialog=L,this.renderRoot.appendChild(L)};this.onDialogClosed=C=>{let V=C.composedPath()[0];V instanceof HTMLElement&&V.parentNode===this.renderRoot&&V.remove(),V===this.dialog&&(this.dialog=void 0)};this.onToast=C=>{C.stopPropagation(),this.toastMessage=C.detail.message,window.clearTimeout(this.toastTimer),this.toastTimer=window.setTimeout(()=>this.toastMessage="",G3)}}subscriptionEntry(){}connectedCallback(){super.connectedCallback(),this.addEventListener("haven-dialog",this.onDialogRequest),this.addEventListener("haven-toast",this.onToast),this.addEventListener("haven-dialog-closed",this.onDialogClosed),this.clock=window.setInterval(()=>this.now=new Date,U3),this.connect()}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("haven-dialog",this.onDialogRequest),this.removeEventListener("haven-toast",this.onToast),this.removeEventListener("haven-dialog-closed",this.onDialogClosed),window.clearInterval(this.clock),this.disconnect()}willUpdate(C){C.has("hass")&&this.hass&&(this.client&&this.client.hass.connection!==this.hass.connection&&this.disconnect(),this.client?this.client.hass=this.hass:this.connect())}updated(){let C=this.havenContext(),V=this.dialog?.ctx;this.dialog&&C&&this.hass&&V&&(V.data!==C.data||V.property!==C.property||V.hass!==this.hass)&&(this.dialog.ctx={...C,hass:this.hass})}connect(){!this.hass||this.stopListening||!this.isConnected||(this.client=e2.for(this.hass,this.subscriptionEntry()),this.stopListening=this.client.listen(C=>this.live=C))}disconnect(){this.stopListening?.(),this.stopListening=void 0,this.client=void 0}havenContext(){if(!this.hass||!this.client||!this.live)return;let C=this.propertyData(),V=this.cachedContext,L=this.hass,r=V!==void 0&&(V.hass===L||V.hass.language===L.language&&V.hass.locale===L.locale&&V.hass.config===L.config&&V.hass.connection===L.connection);return V&&r&&V.data===this.live.data&&V.property===C&&V.now===this.now?V:(this.cachedContext={hass:this.hass,client:this.client,localize:y(this.hass.language),fmt:Q5(this.hass),data:this.live.data,property:C,now:this.now},this.cachedContext)}propertyData(){let C=this.live?.data;if(!C)return;let V=this.currentPropertyId();return(V?C.properties.get(V):void 0)??C.properties.values().next().value}panelPath(){return"haven"}renderToast(){return t`<div role="status" aria-live="polite" class=${this.toastMessage?"toast":"visually-hidden"}>
      ${this.toastMessage||a}
    </div>`}renderLink(){let C=y(this.hass?.language);return this.live?.link==="reconnecting"?t`<p class="banner" role="status">${C("common.reconnecting")}</p>`:this.live?.link==="error"?t`<p class="banner" role="alert">${C("error.generic",{message:this.live.error??""})}</p>`:a}};h.rootStyles=[z,c`
      .toast {
        position: fixed;
        left: 50%;
        bottom: calc(24px + env(safe-area-inset-bottom, 0px));
        transform: translateX(-50%);
        max-width: min(560px, calc(100vw - 32px));
        padding: 12px 16px;
        border-radius: 8px;
        background: var(--haven-text);
        color: var(--haven-surface);
        box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3);
        z-index: 10;
      }
      .banner {
        padding: 8px 16px;
        background: color-mix(in srgb, var(--haven-warning-dot) 20%, var(--haven-surface));
        color: var(--haven-text);
        border-radius: 8px;
      }
    `],n([x({attribute:!1})],h.prototype,"hass",2),n([d()],h.prototype,"live",2),n([d()],h.prototype,"toastMessage",2),n([d()],h.prototype,"now",2);var M1=class extends h{setConfig(H){if(!H||typeof H!="object")throw new Error("Invalid configuration");let C=this.config?.config_entry_id;this.config=H,C!==H.config_entry_id&&this.client&&(this.disconnect(),this.connect())}subscriptionEntry(){return this.config?.config_entry_id||void 0}currentPropertyId(){return this.config?.config_entry_id}willUpdate(H){super.willUpdate(H)}card(H){return t`<ha-card>${this.renderLink()} ${H}</ha-card>${this.renderToast()}`}openPanel(H,C){H.button!==0||H.metaKey||H.ctrlKey||H.shiftKey||(H.preventDefault(),R(C))}waiting(H){let C=y(this.hass?.language);if(!H||this.live?.link==="connecting")return this.card(t`<p class="empty" role="status">${C("common.connecting")}</p>`);if(!H.property)return this.card(t`<p class="empty">${C("card.no_properties")}</p>`)}};M1.styles=[...h.rootStyles,m1,c`
      :host {
        display: block;
      }
      ha-card {
        display: block;
        overflow: hidden;
        height: 100%;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 16px 16px 8px;
      }
      .head h2 {
        flex: 1;
        font-size: 1.1rem;
        overflow-wrap: anywhere;
      }
      .head a {
        color: inherit;
        text-decoration: none;
      }
      .head a:hover {
        text-decoration: underline;
      }
      .health {
        font-size: 1.5rem;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .health.good {
        color: var(--haven-success);
      }
      .health.fair {
        color: var(--haven-warning);
      }
      .health.poor {
        color: var(--haven-error);
      }
      .sub {
        padding: 0 16px 8px;
      }
      h3 {
        padding: 12px 16px 4px;
        font-size: 0.85rem;
        color: var(--haven-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .foot {
        display: flex;
        justify-content: flex-end;
        padding: 8px 12px 12px;
        gap: 8px;
      }
      .empty {
        padding: 8px 16px 16px;
      }
      .banner {
        margin: 8px 16px;
      }
    `],n([d()],M1.prototype,"config",2);var n2=class extends M1{static getConfigElement(){return document.createElement("haven-card-editor")}static getStubConfig(){return{max_tasks:6,show_recent:!0}}getCardSize(){return 2+Math.min(this.config?.max_tasks??6,6)}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??t``;let V=H.property,L=H.localize,r=V.summary,M=this.config?.max_tasks??6,o=n1([...V.tasks.values()].filter(i=>i.status==="overdue"||i.status==="due_soon"));return this.card(t`
      <div class="head">
        <h2>
          <a href="/haven" @click=${i=>this.openPanel(i,"/haven")}>${this.config?.title||r.name}</a>
        </h2>
        <span class="health ${V2(r.health)}" aria-label=${`${L("home.health")}: ${Math.round(r.health)} %`}
          >${Math.round(r.health)} %</span
        >
      </div>
      <p class="sub muted">
        ${L("count.overdue",{count:r.counts.overdue})} · ${L("count.due_soon",{count:r.counts.due_soon})}
      </p>
      ${o.length?t`<ul class="tasks">
            ${o.slice(0,M).map(i=>X(H,i,{showAsset:!0,compact:!0}))}
          </ul>`:t`<p class="empty">${L("card.all_caught_up")}</p>`}
      ${o.length>M?t`<p class="sub muted">${L("card.more",{count:o.length-M})}</p>`:a}
      ${this.config?.show_recent!==!1&&V.recentLogs.length?t`<h3>${L("home.recent_work")}</h3>
            <ul class="logs">
              ${V.recentLogs.slice(0,3).map(i=>p1(H,i,r.currency))}
            </ul>`:a}
      <div class="foot">
        <a class="btn plain small" href="/haven" @click=${i=>this.openPanel(i,"/haven")}
          >${m(U1)}${L("card.open_panel")}</a
        >
      </div>
    `)}};n2=n([v("haven-overview-card")],n2);var d2=class extends M1{static getConfigElement(){let H=document.createElement("haven-card-editor");return H.setAttribute("with-asset",""),H}static getStubConfig(){return{asset_id:""}}getCardSize(){return 4}currentPropertyId(){let H=this.live?.data,C=this.config?.asset_id;if(H&&C){for(let[V,L]of H.properties)if(L.assets.has(C))return V}return this.config?.config_entry_id}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??t``;let V=H.localize,L=this.config?.asset_id?H.property.assets.get(this.config.asset_id):void 0;if(!L)return this.card(t`<p class="empty">${this.config?.asset_id?V("asset.not_found"):V("card.pick_asset")}</p>`);let r=w("haven",{view:"asset",assetId:L.asset_id}),M=n1([...H.property.tasks.values()].filter(o=>o.asset_id===L.asset_id));return this.card(t`
      <div class="head">
        <h2><a href=${r} @click=${o=>this.openPanel(o,r)}>${this.config?.title||L.name}</a></h2>
        ${L.overdue?t`<span class="chip overdue">${V("asset.overdue")}</span>`:a}
      </div>
      ${M.length?t`<ul class="tasks">
            ${M.map(o=>X(H,o,{compact:!0}))}
          </ul>`:t`<p class="empty">${V("asset.no_tasks")}</p>`}
    `)}};d2=n([v("haven-asset-card")],d2);var p2=class extends M1{static getConfigElement(){let H=document.createElement("haven-card-editor");return H.setAttribute("with-asset",""),H.setAttribute("asset-optional",""),H}static getStubConfig(){return{}}getCardSize(){return 2}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??t``;let V=H.localize;return this.card(t`
      <div class="head">
        <h2>${this.config?.title||V("card.capture_prompt")}</h2>
      </div>
      <div class="foot">
        <button
          class="btn primary"
          @click=${L=>u(L.currentTarget,"capture",this.config?.asset_id?{assetId:this.config.asset_id}:{})}
        >
          ${m(B)}${V("nav.capture")}
        </button>
      </div>
    `)}};p2=n([v("haven-capture-card")],p2);var v1=class extends h{constructor(){super(...arguments);this.config={type:""}}setConfig(C){this.config=C}currentPropertyId(){return this.config.config_entry_id}change(C){let V={...this.config,...C};for(let[L,r]of Object.entries(V))(r===""||r===void 0)&&delete V[L];this.config=V,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:V},bubbles:!0,composed:!0}))}render(){let C=y(this.hass?.language),V=this.havenContext(),L=[...this.live?.data.properties.values()??[]],r=this.hasAttribute("with-asset"),M=this.hasAttribute("asset-optional"),o=!r,i=V?.property?[...V.property.assets.values()].sort((A,p)=>A.name.localeCompare(p.name)):[];return t`
      ${L.length>1?t`<label class="field"
            ><span>${C("common.property")}</span>
            <select @change=${A=>this.change({config_entry_id:A.target.value,asset_id:""})}>
              ${L.map(A=>t`<option value=${A.summary.config_entry_id} ?selected=${A.summary.config_entry_id===V?.property?.summary.config_entry_id}>
                    ${A.summary.name}
                  </option>`)}
            </select></label
          >`:a}
      ${r?t`<label class="field"
            ><span>${C("dialog.task.asset")}</span>
            <select @change=${A=>this.change({asset_id:A.target.value})}>
              <option value="" ?selected=${!this.config.asset_id}>${M?C("common.none"):""}</option>
              ${i.map(A=>t`<option value=${A.asset_id} ?selected=${A.asset_id===this.config.asset_id}>${A.name}</option>`)}
            </select></label
          >`:a}
      <label class="field"
        ><span>${C("card.title")}</span
        ><input .value=${this.config.title??""} @change=${A=>this.change({title:A.target.value})}
      /></label>
      ${o?t`<label class="field"
              ><span>${C("card.max_tasks")}</span
              ><input
                type="number"
                min="1"
                max="50"
                .value=${String(this.config.max_tasks??6)}
                @change=${A=>this.change({max_tasks:Number(A.target.value)||6})}
            /></label>
            <label class="check"
              ><input
                type="checkbox"
                .checked=${this.config.show_recent!==!1}
                @change=${A=>this.change({show_recent:A.target.checked})}
              />${C("card.show_recent")}</label
            >`:a}
    `}};v1.styles=[...h.rootStyles,c`
      :host {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      .check {
        display: flex;
        gap: 8px;
        align-items: center;
      }
    `],n([d()],v1.prototype,"config",2),v1=n([v("haven-card-editor")],v1);var X5=[{type:"haven-overview-card",key:"overview"},{type:"haven-asset-card",key:"asset"},{type:"haven-capture-card",key:"capture"}];var R2=50,Y5="haven.groupBy",Q3=150,g=class extends S{constructor(){super(...arguments);this.panelPath="haven";this.groupBy=localStorage.getItem(Y5)??"zone";this.zoneId="";this.assetId="";this.assignee="";this.query="";this.expanded=new Set;this.showAll=new Set;this.onSearch=C=>{let V=C.target.value;window.clearTimeout(this.searchTimer),this.searchTimer=window.setTimeout(()=>this.query=V.trim(),150)};this.clearFilters=()=>{this.query="",this.zoneId="",this.assetId="",this.assignee="";let C=this.renderRoot.querySelector("input[type=search]");C&&(C.value="")}}get property(){return this.ctx.property}willUpdate(C){if(C.has("ctx")&&!C.get("ctx")&&this.ctx.client.household().then(V=>this.household=V,()=>this.household=void 0),C.has("ctx")){let V=this.property;this.assetId&&V&&!V.assets.has(this.assetId)&&(this.assetId=""),this.zoneId&&this.zoneId!==A1&&V&&!V.zones.has(this.zoneId)&&(this.zoneId="")}}filtering(){return!!(this.query||this.zoneId||this.assetId||this.assignee)}compute(C){let V=[C.tasks,C.assets,C.zones,this.groupBy,this.zoneId,this.assetId,this.assignee,this.query,this.ctx.localize];if(this.memo&&this.memo.key.every((A,p)=>A===V[p]))return this.memo.value;let L=this.ctx.localize,r=N5(C.tasks.values(),{zoneId:this.zoneId,assetId:this.assetId,assignee:this.assignee,query:this.query},C),M=I5(r),o={noZone:L("common.no_zone"),houseWide:L("common.house_wide")},i={buckets:M,total:M.overdue.length+M.due_soon.length+M.upcoming.length,groups:{overdue:C2(M.overdue,this.groupBy,C,o),due_soon:C2(M.due_soon,this.groupBy,C,o),upcoming:C2(M.upcoming,this.groupBy,C,o)}};return this.memo={key:V,value:i},i}setGroupBy(C){this.groupBy=C,this.expanded=new Set,localStorage.setItem(Y5,C)}toggleGroup(C){let V=new Set(this.expanded);V.has(C)?V.delete(C):V.add(C),this.expanded=V}renderSummary(C){let V=this.ctx.localize,L=C.summary,r=V2(L.health),M=C.inbox.size;return t`<div class="summary">
      <div class="stat card-box ${r}">
        <span class="muted">${V("home.health")}</span>
        <span class="value">${V("home.health_value",{health:Math.round(L.health)})}</span>
        <span class="muted"
          >${V("home.health_detail",{overdue:V("count.overdue",{count:L.counts.overdue}),due_soon:V("count.due_soon",{count:L.counts.due_soon})})}</span
        >
      </div>
      <div class="stat card-box">
        <span class="muted">${V("home.spent_this_year")}</span>
        <span class="value">${U(L.spent_this_year,L.currency,this.ctx.fmt.locale)}</span>
        ${L.budget!==void 0?t`<span class="muted">${V("home.budget_of",{budget:U(L.budget,L.currency,this.ctx.fmt.locale)})}</span>`:a}
      </div>
      <button class="stat card-box" @click=${()=>R(w(this.panelPath,{view:"inbox"}))}>
        <span class="muted">${V("home.open_inbox")}</span>
        <span class="value">${M}</span>
        <span class="muted">${V("count.items",{count:M})}</span>
      </button>
    </div>`}renderToolbar(C){let V=this.ctx.localize,L=[...C.zones.values()].sort((i,A)=>i.name.localeCompare(A.name)),r=y5(C.tasks.values()),M=H2(C,V("common.no_zone")),o=i=>K1(i,this.household,A=>this.ctx.hass.states[A]?.attributes.friendly_name??this.ctx.localize("common.someone"));return t`<div class="toolbar" role="search">
      <label class="field search">
        <span>${V("common.search")}</span>
        <input type="search" .value=${this.query} @input=${this.onSearch} autocomplete="off" />
        ${m(S5)}
      </label>
      <label class="field">
        <span>${V("home.filter_zone")}</span>
        <select @change=${i=>this.zoneId=i.target.value}>
          <option value="" ?selected=${!this.zoneId}>${V("common.all_zones")}</option>
          ${L.map(i=>t`<option value=${i.zone_id} ?selected=${this.zoneId===i.zone_id}>${i.name}</option>`)}
          <option value=${A1} ?selected=${this.zoneId===A1}>${V("common.no_zone")}</option>
        </select>
      </label>
      <label class="field">
        <span>${V("home.filter_asset")}</span>
        <select @change=${i=>this.assetId=i.target.value}>
          <option value="" ?selected=${!this.assetId}>${V("common.all_assets")}</option>
          ${M.map(i=>t`<optgroup label=${i.label}>
              ${i.assets.map(A=>t`<option value=${A.asset_id} ?selected=${this.assetId===A.asset_id}>${A.name}</option>`)}
            </optgroup>`)}
        </select>
      </label>
      ${r.length?t`<label class="field">
            <span>${V("home.filter_assignee")}</span>
            <select @change=${i=>this.assignee=i.target.value}>
              <option value="">${V("common.everyone")}</option>
              ${r.map(i=>t`<option value=${i} ?selected=${this.assignee===i}>${o(i)}</option>`)}
            </select>
          </label>`:a}
      <div class="field">
        <span id="group-label">${V("home.group_by")}</span>
        <div class="toggle" role="group" aria-labelledby="group-label">
          <button aria-pressed=${this.groupBy==="zone"} @click=${()=>this.setGroupBy("zone")}>${V("home.group_zone")}</button>
          <button aria-pressed=${this.groupBy==="asset"} @click=${()=>this.setGroupBy("asset")}>${V("home.group_asset")}</button>
        </div>
      </div>
    </div>`}renderOpenSection(C,V,L){if(!L)return a;let r=this.ctx.localize,M=this.showAll.has(C),o=M?Number.POSITIVE_INFINITY:R2,i=[];for(let A of V){if(o<=0)break;let p=A.tasks.slice(0,o);o-=p.length,i.push(t`<div class="group">
        <h3 class="group-title">${A.label}</h3>
        <ul class="tasks">
          ${p.map(l=>X(this.ctx,l,{showAsset:!0}))}
        </ul>
      </div>`)}return t`<section class="card-box" aria-labelledby="h-${C}">
      <h2 id="h-${C}">${r(`home.${C}`)} <span class="muted">${r("count.tasks",{count:L})}</span></h2>
      ${i}
      ${L>R2&&!M?t`<div class="more">
            <button class="btn" @click=${()=>this.showAll=new Set([...this.showAll,C])}>
              ${r("common.show_more",{count:L-R2})}
            </button>
          </div>`:a}
    </section>`}renderUpcoming(C,V){if(!V)return a;let L=this.ctx.localize,r=this.filtering()&&V<=Q3;return t`<section class="card-box" aria-labelledby="h-upcoming">
      <h2 id="h-upcoming">${L("home.upcoming")} <span class="muted">${L("count.tasks",{count:V})}</span></h2>
      ${C.map(M=>{let o=r||this.expanded.has(M.key),i=M.tasks[0],A=i?.next_due_at?F(i.next_due_at,this.ctx.now,this.ctx.fmt,i.all_day):"";return t`<div class="group">
          <button
            class="group-toggle"
            aria-expanded=${o}
            @click=${()=>this.toggleGroup(M.key)}
          >
            ${m(o?v5:x5)}
            <span class="label">${M.label}</span>
            <span class="muted">${L("count.tasks",{count:M.tasks.length})}${A?` \xB7 ${A}`:""}</span>
          </button>
          ${o?t`<ul class="tasks">
                ${M.tasks.map(p=>X(this.ctx,p,{showAsset:!0}))}
              </ul>`:a}
        </div>`})}
    </section>`}renderRecent(C){let V=this.ctx.localize,L=C.summary;return t`<section class="card-box" aria-labelledby="h-recent">
      <h2 id="h-recent">${V("home.recent_work")}</h2>
      ${C.recentLogs.length?t`<ul class="logs">
            ${C.recentLogs.map(r=>p1(this.ctx,r,L.currency))}
          </ul>`:t`<p class="empty">${V("home.no_recent_work")}</p>`}
      <div class="footer-row">
        <span>${V("home.spent_this_year")}</span>
        <span>${U(L.spent_this_year,L.currency,this.ctx.fmt.locale)}</span>
      </div>
    </section>`}render(){let C=this.property;if(!C)return t`<p class="empty">${this.ctx.localize("common.not_loaded")}</p>`;let V=this.ctx.localize,L=this.compute(C),r=L.buckets;return t`
      ${this.renderSummary(C)}
      <div class="actions">
        <button class="btn" @click=${()=>u(this,"asset")}>${m(B)}${V("nav.add_asset")}</button>
        <button class="btn" @click=${()=>u(this,"task")}>${m(B)}${V("nav.add_task")}</button>
        <button class="btn" @click=${()=>u(this,"log")}>${m(q1)}${V("nav.log_work")}</button>
      </div>
      <div class="columns">
        <div>
          ${this.renderToolbar(C)}
          ${this.filtering()?t`<p class="results muted" role="status">${V("home.results",{count:L.total})}
                <button class="btn plain small" @click=${this.clearFilters}>${V("home.clear_filters")}</button></p>`:a}
          ${!r.overdue.length&&!r.due_soon.length&&!this.filtering()&&C.tasks.size?t`<section class="card-box"><p class="all-good">${V("home.nothing_due")}</p></section>`:a}
          ${this.renderOpenSection("overdue",L.groups.overdue,r.overdue.length)}
          ${this.renderOpenSection("due_soon",L.groups.due_soon,r.due_soon.length)}
          ${this.renderUpcoming(L.groups.upcoming,r.upcoming.length)}
          ${L.total===0?t`<section class="card-box"><p class="empty">${V(C.tasks.size?"home.no_tasks":"home.no_tasks_yet")}</p></section>`:a}
        </div>
        <div>${this.renderRecent(C)}</div>
      </div>
    `}};g.styles=[z,m1,c`
      :host {
        display: block;
      }
      .summary {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
        gap: 12px;
      }
      .stat {
        padding: 14px 16px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .stat .value {
        font-size: 1.8rem;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .stat.good .value {
        color: var(--haven-success);
      }
      .stat.fair .value {
        color: var(--haven-warning);
      }
      .stat.poor .value {
        color: var(--haven-error);
      }
      button.stat {
        text-align: left;
        cursor: pointer;
        font: inherit;
        color: inherit;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 16px 0;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 12px;
        align-items: flex-end;
        margin-bottom: 12px;
      }
      .search {
        position: relative;
        flex: 2 1 220px;
      }
      .search .icon {
        position: absolute;
        left: 10px;
        bottom: 10px;
        color: var(--haven-muted);
      }
      .search input {
        padding-left: 38px;
      }
      .toolbar .field {
        flex: 1 1 140px;
      }
      .toggle {
        display: inline-flex;
        border: 1px solid var(--haven-divider);
        border-radius: 20px;
        overflow: hidden;
      }
      .toggle button {
        border: none;
        background: transparent;
        min-height: 38px;
        padding: 0 14px;
        cursor: pointer;
        color: var(--haven-muted);
      }
      .toggle button[aria-pressed="true"] {
        background: var(--haven-primary-fill);
        color: var(--haven-on-primary);
      }
      section.card-box {
        margin-bottom: 16px;
        overflow: hidden;
      }
      section > h2 {
        padding: 14px 16px 6px;
        display: flex;
        gap: 8px;
        align-items: baseline;
      }
      section > h2 .muted {
        font-size: 0.9rem;
        font-weight: 400;
      }
      .group {
        content-visibility: auto;
        contain-intrinsic-size: auto 120px;
      }
      .group-title {
        padding: 10px 16px 2px;
        font-size: 0.85rem;
        color: var(--haven-muted);
        font-weight: 500;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .group-toggle {
        display: flex;
        width: 100%;
        align-items: center;
        gap: 8px;
        padding: 10px 16px;
        min-height: 44px;
        border: none;
        border-top: 1px solid var(--haven-divider);
        background: transparent;
        cursor: pointer;
        text-align: left;
      }
      .group-toggle .label {
        flex: 1;
        font-weight: 500;
      }
      .group-toggle .muted {
        font-size: 0.85rem;
      }
      .more {
        padding: 8px 16px 12px;
      }
      .footer-row {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        padding: 12px 16px;
        border-top: 1px solid var(--haven-divider);
        font-weight: 500;
      }
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: 16px;
        align-items: start;
      }
      @media (max-width: 900px) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      @media (max-width: 600px) {
        .summary {
          grid-template-columns: repeat(3, minmax(0, 1fr));
          gap: 8px;
        }
        .stat {
          padding: 10px;
        }
        .stat .value {
          font-size: 1.3rem;
        }
        .stat .muted {
          font-size: 0.8rem;
        }
      }
      .all-good {
        padding: 8px 16px 16px;
      }
      .results {
        margin: 0 0 8px;
      }
    `],n([x({attribute:!1})],g.prototype,"ctx",2),n([x({attribute:!1})],g.prototype,"panelPath",2),n([d()],g.prototype,"groupBy",2),n([d()],g.prototype,"zoneId",2),n([d()],g.prototype,"assetId",2),n([d()],g.prototype,"assignee",2),n([d()],g.prototype,"query",2),n([d()],g.prototype,"expanded",2),n([d()],g.prototype,"showAll",2),n([d()],g.prototype,"household",2),g=n([v("haven-home")],g);var I=class extends S{constructor(){super(...arguments);this.path="";this.mime="";this.alt="";this.url=""}willUpdate(C){if((C.has("path")||C.has("client"))&&this.client&&this.path){let V=this.path;this.client.signedUrl(V).then(L=>{V===this.path&&(this.url=L)},()=>this.url="")}}render(){return this.url?this.mime.startsWith("audio/")?t`<audio controls preload="metadata" src=${this.url} aria-label=${this.alt}></audio>`:this.mime.startsWith("image/")?t`<img src=${this.url} alt=${this.alt} loading="lazy" />`:t`<a href=${this.url} target="_blank" rel="noopener">${this.alt}</a>`:a}};I.styles=c`
    :host {
      display: block;
    }
    img {
      display: block;
      max-width: 100%;
      max-height: 280px;
      border-radius: 8px;
      object-fit: contain;
    }
    audio {
      width: 100%;
      max-width: 420px;
    }
  `,n([x({attribute:!1})],I.prototype,"client",2),n([x()],I.prototype,"path",2),n([x()],I.prototype,"mime",2),n([x()],I.prototype,"alt",2),n([d()],I.prototype,"url",2),I=n([v("haven-media")],I);var k=class extends S{constructor(){super(...arguments);this.assetId="";this.panelPath="haven";this.detailsError="";this.signed=new Map;this.uploadProgress=-1;this.loadedFor="";this.seq=0}get asset(){return this.ctx.property?.assets.get(this.assetId)}willUpdate(C){if(C.has("assetId")&&this.loadedFor!==this.assetId)this.details=void 0,this.detailsError="",this.loadedFor=this.assetId,this.load();else if(C.has("ctx")){let V=C.get("ctx"),L=this.ctx.property;V?.property&&L&&(V.property.recentLogs!==L.recentLogs||V.property.assets.get(this.assetId)!==L.assets.get(this.assetId)||V.property.inbox!==L.inbox)&&this.asset&&(window.clearTimeout(this.refreshTimer),this.refreshTimer=window.setTimeout(()=>{this.load()},250))}}async load(){let C=this.assetId;if(!C)return;let V=++this.seq;try{let L=await this.ctx.client.asset(C);if(V!==this.seq)return;L.logs=L.logs??[],this.details=L,this.detailsError="";let r=new Map(this.signed);await Promise.all((L.documents??[]).map(async M=>{try{r.set(M.file_path,await this.ctx.client.signedUrl(M.file_path))}catch{}})),V===this.seq&&(this.signed=r)}catch(L){V===this.seq&&this.asset&&(this.detailsError=this.ctx.localize("error.load_asset",{message:$(L)}))}}pickDocument(){this.attachInput.value="",this.attachInput.click()}async attach(C){let V=C.target.files?.[0];if(!V)return;let L=this.ctx.localize,r=new FormData;r.append("asset_id",this.assetId),r.append("name",V.name),r.append("file",V,V.name),this.uploadProgress=0;try{let M=await this.ctx.client.upload("/api/haven/document",r,o=>this.uploadProgress=o);M.status===201?(D(this,L("asset.attached",{name:V.name})),this.load()):D(this,A2(M.status,M.body.message,L))}catch(M){D(this,L("error.generic",{message:$(M)}))}finally{this.uploadProgress=-1}}renderDetails(C){let V=this.ctx.localize,L=C.zone_id?this.ctx.property?.zones.get(C.zone_id):void 0,r=[[V("asset.zone"),L?.name],[V("asset.manufacturer"),C.manufacturer],[V("asset.model"),C.model],[V("asset.serial_number"),C.serial_number],[V("asset.installed_on"),C.installed_on?G(C.installed_on,this.ctx.fmt):void 0],[V("asset.warranty_until"),C.warranty_until?G(C.warranty_until,this.ctx.fmt):void 0]];return t`<section class="card-box" aria-labelledby="h-details">
      <h2 id="h-details">${V("asset.details")}</h2>
      <dl>
        ${r.filter(([,M])=>M).map(([M,o])=>t`<dt>${M}</dt><dd>${o}</dd>`)}
        ${C.notes?t`<dt>${V("asset.notes")}</dt><dd>${C.notes}</dd>`:a}
      </dl>
      ${C.past_life?t`<p class="warn" style="padding:0 16px 12px">${V("asset.past_life")}</p>`:a}
    </section>`}renderTasks(C){let V=this.ctx.localize,L=n1([...this.ctx.property?.tasks.values()??[]].filter(r=>r.asset_id===C.asset_id));return t`<section class="card-box" aria-labelledby="h-tasks">
      <h2 id="h-tasks">
        <span class="grow">${V("asset.tasks")}</span>
        <button class="btn small" @click=${()=>u(this,"task",{assetId:C.asset_id})}>
          ${m(B)}${V("nav.add_task")}
        </button>
      </h2>
      ${L.length?t`<ul class="tasks">
            ${L.map(r=>X(this.ctx,r,{showSchedule:!0}))}
          </ul>`:t`<p class="empty">${V("asset.no_tasks")}</p>`}
    </section>`}renderHistory(C){let V=this.ctx.localize,L=this.ctx.property?.summary.currency??"",r=this.details;return t`<section class="card-box" aria-labelledby="h-history">
      <h2 id="h-history">
        <span class="grow">${V("asset.history")}</span>
        <button class="btn small" @click=${()=>u(this,"log",{assetId:C.asset_id})}>
          ${m(q1)}${V("nav.log_work")}
        </button>
      </h2>
      ${this.detailsError?t`<p class="empty error-text" role="alert">${this.detailsError}</p>`:r?r.logs.length?t`<ul class="logs">
                ${r.logs.map(M=>p1(this.ctx,M,L,!1))}
              </ul>`:t`<p class="empty">${V("asset.no_history")}</p>`:t`<p class="empty">${V("asset.loading_details")}</p>`}
      ${r?t`<div class="totals">
              <span>${V("asset.total_cost")}</span><span>${U(r.total_cost,L,this.ctx.fmt.locale)}</span>
            </div>
            <div class="totals">
              <span>${V("asset.cost_this_year")}</span
              ><span>${U(r.cost_this_year,L,this.ctx.fmt.locale)}</span>
            </div>`:a}
    </section>`}renderSupplies(C){let V=this.ctx.localize,L=[...this.ctx.property?.supplies.values()??[]].filter(r=>r.asset_id===C.asset_id).sort((r,M)=>r.name.localeCompare(M.name));return t`<section class="card-box" aria-labelledby="h-supplies">
      <h2 id="h-supplies">
        <span class="grow">${V("asset.supplies")}</span>
        <button class="btn small" @click=${()=>u(this,"supply",{assetId:C.asset_id})}>
          ${m(B)}${V("asset.add_supply")}
        </button>
      </h2>
      ${L.length?t`<ul class="plain">
            ${L.map(r=>t`<li>
                <span class="grow">
                  <strong>${r.name}</strong><br />
                  <span class="muted"
                    >${r.quantity!==void 0?V("asset.quantity",{count:E(r.quantity,this.ctx.fmt.locale)}):V("asset.quantity_unknown")}${r.part_number?` \xB7 ${V("asset.part",{number:r.part_number})}`:""}</span
                  >
                </span>
                ${r.purchase_url?t`<a class="btn small" href=${r.purchase_url} target="_blank" rel="noopener noreferrer"
                      >${m(s5)}<span>${V("asset.buy",{name:r.name})}</span></a
                    >`:a}
                <button
                  class="btn icon-btn"
                  aria-label=${V("asset.edit_supply",{name:r.name})}
                  @click=${()=>u(this,"supply",{supplyId:r.supply_id})}
                >
                  ${m(y1)}
                </button>
                <button
                  class="btn icon-btn"
                  aria-label=${V("asset.remove_supply",{name:r.name})}
                  @click=${()=>u(this,"remove",{what:"supply",id:r.supply_id})}
                >
                  ${m(k1)}
                </button>
              </li>`)}
          </ul>`:t`<p class="empty">${V("asset.no_supplies")}</p>`}
    </section>`}renderDocuments(){let C=this.ctx.localize,V=this.details?.documents??[];return t`<section class="card-box" aria-labelledby="h-docs">
      <h2 id="h-docs">
        <span class="grow">${C("asset.documents")}</span>
        <button class="btn small" ?disabled=${this.uploadProgress>=0} @click=${()=>this.pickDocument()}>
          ${m(Q1)}${C("asset.attach")}
        </button>
      </h2>
      <input id="attach" type="file" accept="application/pdf,image/*" hidden @change=${L=>{this.attach(L)}} />
      ${this.uploadProgress>=0?t`<label class="field" style="padding:0 16px 12px"
            ><span>${C("dialog.capture.uploading",{percent:Math.round(this.uploadProgress*100)})}</span
            ><progress max="1" .value=${this.uploadProgress}></progress
          ></label>`:a}
      ${V.length?t`<ul class="plain">
            ${V.map(L=>{let r=this.signed.get(L.file_path),M=[L.size!==void 0?Y1(L.size,this.ctx.fmt.locale):"",G(L.created_at,this.ctx.fmt)].filter(Boolean).join(" \xB7 ");return t`<li>
                ${m(c5)}
                <span class="grow">
                  ${r?t`<a href=${r} target="_blank" rel="noopener">${L.name}</a>`:L.name}<br />
                  <span class="muted">${M}</span>
                </span>
              </li>`})}
          </ul>`:t`<p class="empty">${this.details?C("asset.no_documents"):C("common.loading")}</p>`}
    </section>`}renderCaptures(){let C=this.details?.captures??[];if(!C.length)return a;let V=this.ctx.localize;return t`<section class="card-box" aria-labelledby="h-captures">
      <h2 id="h-captures">${V("asset.captures")}</h2>
      <ul class="plain">
        ${C.map(L=>t`<li class="capture">
            <strong>${L.summary}</strong>
            <span class="muted">${F(L.created_at,this.ctx.now,this.ctx.fmt)} · ${V(`inbox.status_${L.status}`)}</span>
            ${L.file_path?t`<haven-media .client=${this.ctx.client} .path=${L.file_path} .mime=${L.mime_type??""} .alt=${L.summary}></haven-media>`:a}
            ${L.transcription?t`<span>${L.transcription}</span>`:a}
          </li>`)}
      </ul>
    </section>`}render(){let C=this.ctx.localize,V=this.asset;return V?t`
      <div class="head">
        <h1>${V.name}</h1>
        ${V.overdue?t`<span class="chip overdue">${C("asset.overdue")}</span>`:a}
        <button class="btn" @click=${()=>u(this,"capture",{assetId:V.asset_id})}>${m(B)}${C("nav.capture")}</button>
        <button class="btn" @click=${()=>u(this,"asset",{assetId:V.asset_id})}>${m(y1)}${C("asset.edit")}</button>
        <button
          class="btn danger"
          @click=${()=>u(this,"remove",{what:"asset",id:V.asset_id,after:`/${this.panelPath}`})}
        >
          ${m(k1)}${C("asset.remove")}
        </button>
      </div>
      <div class="layout">
        <div>${this.renderTasks(V)} ${this.renderHistory(V)}</div>
        <div>${this.renderDetails(V)} ${this.renderSupplies(V)} ${this.renderDocuments()} ${this.renderCaptures()}</div>
      </div>
    `:t`<p class="empty" role="alert">${this.ctx.property?C("asset.not_found"):C("common.loading")}</p>`}};k.styles=[z,m1,c`
      :host {
        display: block;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 16px;
        align-items: start;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      section.card-box {
        margin-bottom: 16px;
        overflow: hidden;
      }
      section > h2 {
        padding: 14px 16px 6px;
        display: flex;
        align-items: center;
        gap: 8px;
      }
      section > h2 span.grow {
        flex: 1;
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 6px 16px;
        margin: 0;
        padding: 8px 16px 16px;
      }
      dt {
        color: var(--haven-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-bottom: 16px;
      }
      .head h1 {
        font-size: 1.5rem;
        flex: 1 1 200px;
      }
      ul.plain {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      ul.plain > li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 12px;
        padding: 10px 16px;
        border-top: 1px solid var(--haven-divider);
      }
      ul.plain > li:first-child {
        border-top: none;
      }
      .grow {
        flex: 1 1 160px;
        min-width: 0;
      }
      .totals {
        display: flex;
        justify-content: space-between;
        gap: 8px;
        padding: 12px 16px;
        border-top: 1px solid var(--haven-divider);
        font-weight: 500;
      }
      .capture {
        flex-direction: column;
        align-items: stretch !important;
      }
      progress {
        width: 100%;
      }
      .warn {
        color: var(--haven-error);
        font-weight: 500;
      }
    `],n([x({attribute:!1})],k.prototype,"ctx",2),n([x()],k.prototype,"assetId",2),n([x({attribute:!1})],k.prototype,"panelPath",2),n([d()],k.prototype,"details",2),n([d()],k.prototype,"detailsError",2),n([d()],k.prototype,"signed",2),n([d()],k.prototype,"uploadProgress",2),n([K("#attach")],k.prototype,"attachInput",2),k=n([v("haven-asset-view")],k);var t1=class extends S{constructor(){super(...arguments);this.busy=new Set}async act(C,V){let L=this.ctx.localize;this.busy=new Set([...this.busy,C.inbox_item_id]);try{V==="dismiss"?(await this.ctx.client.call("triage_capture",{inbox_item_id:C.inbox_item_id,outcome:"dismiss"},!0),D(this,L("inbox.dismissed"))):await this.ctx.client.call("retry_capture",{inbox_item_id:C.inbox_item_id},!0)}catch(r){D(this,L("error.generic",{message:$(r)}))}finally{let r=new Set(this.busy);r.delete(C.inbox_item_id),this.busy=r}}renderItem(C){let V=this.ctx.localize,L=C.analysis,r=C.asset_id?this.ctx.property?.assets.get(C.asset_id):void 0,M=this.busy.has(C.inbox_item_id),o=C.user_name??V("common.someone");return t`<li class="card-box">
      <div class="top">
        <h2>${C.summary}</h2>
        <span class="status-${C.status} muted">${V(`inbox.status_${C.status}`)}</span>
      </div>
      <span class="muted">${V("inbox.from",{who:o,when:F(C.created_at,this.ctx.now,this.ctx.fmt)})}${r?` \xB7 ${r.name}`:""}</span>
      ${C.file_path?t`<haven-media
            .client=${this.ctx.client}
            .path=${C.file_path}
            .mime=${C.mime_type??""}
            .alt=${C.mime_type?.startsWith("audio/")?V("inbox.voice_memo"):V("inbox.photo_of",{summary:C.summary})}
          ></haven-media>`:a}
      ${C.text&&C.text!==C.summary?t`<p>${C.text}</p>`:a}
      ${C.transcription?t`<div><span class="label">${V("inbox.transcript")}</span><p>${C.transcription}</p></div>`:a}
      ${L&&(L.description||L.suggested_task||L.suggested_asset)?t`<div>
            <span class="label">${V("inbox.understood")}</span>
            ${L.description?t`<p>${L.description}</p>`:a}
            ${L.suggested_task?t`<p>${V("inbox.suggested",{task:L.suggested_task})}</p>`:a}
            ${L.suggested_asset?t`<p>${V("inbox.suggested_asset",{asset:L.suggested_asset})}</p>`:a}
          </div>`:a}
      ${C.error?t`<p class="error-text">${C.error}</p>`:a}
      <div class="buttons">
        <button class="btn primary" ?disabled=${M} @click=${()=>u(this,"triage",{itemId:C.inbox_item_id})}>
          ${m(W1)}${V("inbox.triage")}
        </button>
        ${C.status==="FAILED"?t`<button class="btn" ?disabled=${M} @click=${()=>{this.act(C,"retry")}}>
              ${m(f5)}${V("inbox.retry")}
            </button>`:a}
        <button class="btn plain" ?disabled=${M} @click=${()=>{this.act(C,"dismiss")}}>
          ${m(G1)}${V("inbox.dismiss")}
        </button>
      </div>
    </li>`}render(){let C=this.ctx.localize,V=[...this.ctx.property?.inbox.values()??[]].sort((L,r)=>L.created_at<r.created_at?1:L.created_at>r.created_at?-1:0);return t`<h1>${C("inbox.title")}</h1>
      ${V.length?t`<ul>${V.map(L=>this.renderItem(L))}</ul>`:t`<p class="empty card-box">${C("inbox.empty")}</p>`}`}};t1.styles=[z,c`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      li.card-box {
        padding: 14px 16px;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: baseline;
      }
      .top h2 {
        flex: 1 1 200px;
        font-size: 1.05rem;
        overflow-wrap: anywhere;
      }
      .label {
        font-size: 0.8rem;
        color: var(--haven-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .status-FAILED {
        color: var(--haven-error);
      }
      h1 {
        font-size: 1.5rem;
        margin-bottom: 12px;
      }
    `],n([x({attribute:!1})],t1.prototype,"ctx",2),n([d()],t1.prototype,"busy",2),t1=n([v("haven-inbox")],t1);var C3="haven.property",Q=class extends h{constructor(){super(...arguments);this.narrow=!1;this.propertyId=localStorage.getItem(C3)??"";this.openCapture=()=>{let C=this.view;this.dispatchEvent(new CustomEvent("haven-dialog",{detail:{kind:"capture",params:C.view==="asset"?{assetId:C.assetId}:{}}}))}}get base(){return this.panel?.url_path??"haven"}panelPath(){return this.base}get view(){return W5(this.route?.path)}currentPropertyId(){let C=this.live?.data;if(!C)return;let V=this.view;if(V.view==="asset"){for(let[L,r]of C.properties)if(r.assets.has(V.assetId))return L}return C.properties.has(this.propertyId)?this.propertyId:C.properties.keys().next().value}willUpdate(C){super.willUpdate(C),(C.has("route")||C.has("live"))&&(document.title=`${y(this.hass?.language)("common.haven")}`)}go(C){R(w(this.base,C))}toggleMenu(){this.dispatchEvent(new Event("hass-toggle-menu",{bubbles:!0,composed:!0}))}renderHeader(C){let V=y(this.hass?.language),L=this.view,r=[...this.live?.data.properties.values()??[]],M=C?.property?.inbox.size??0,o=L.view==="asset"?C?.property?.assets.get(L.assetId):void 0;return t`<header>
      ${L.view==="asset"?t`<button class="btn icon-btn" aria-label=${V("common.back")} @click=${()=>history.length>1?history.back():this.go({view:"home"})}>
            ${m(m5)}
          </button>`:this.narrow?t`<button class="btn icon-btn" aria-label="Menu" @click=${this.toggleMenu}>${m(h5)}</button>`:a}
      <div class="title">
        <h1>${o?o.name:V("common.haven")}</h1>
        ${this.renderWhere(C,r.length>1)}
      </div>
      ${r.length>1?t`<label class="property"
            ><span class="visually-hidden">${V("nav.switch_property")}</span>
            <select
              @change=${i=>{this.propertyId=i.target.value,localStorage.setItem(C3,this.propertyId),L.view==="asset"&&this.go({view:"home"})}}
            >
              ${r.map(i=>t`<option value=${i.summary.config_entry_id} ?selected=${i.summary.config_entry_id===C?.property?.summary.config_entry_id}>
                    ${i.summary.name}
                  </option>`)}
            </select></label
          >`:a}
      <nav aria-label=${V("common.haven")}>
        <a
          class="btn plain"
          href=${w(this.base,{view:"home"})}
          aria-current=${L.view==="home"?"page":"false"}
          @click=${i=>this.link(i,{view:"home"})}
          >${m(U1)}<span class="label">${V("nav.home")}</span></a
        >
        <a
          class="btn plain"
          href=${w(this.base,{view:"inbox"})}
          aria-current=${L.view==="inbox"?"page":"false"}
          @click=${i=>this.link(i,{view:"inbox"})}
          >${m(Z5)}<span class="label">${M?V("nav.inbox_count",{count:M}):V("nav.inbox")}</span></a
        >
      </nav>
    </header>`}renderWhere(C,V){let L=C?.property?.summary;if(!L)return a;let r=[V?"":L.name,L.address??""].filter(Boolean);return r.length?t`<p class="where">${r.join(" \xB7 ")}</p>`:a}link(C,V){C.button!==0||C.metaKey||C.ctrlKey||C.shiftKey||C.altKey||(C.preventDefault(),this.go(V))}renderView(C){let V=this.view;switch(V.view){case"asset":return t`<haven-asset-view .ctx=${C} .assetId=${V.assetId} .panelPath=${this.base}></haven-asset-view>`;case"inbox":return t`<haven-inbox .ctx=${C}></haven-inbox>`;default:return t`<haven-home .ctx=${C} .panelPath=${this.base}></haven-home>`}}render(){let C=y(this.hass?.language),V=this.havenContext(),L=!this.live||this.live.link==="connecting";return t`${this.renderHeader(V)}
      <main>
        ${this.renderLink()}
        ${L||!V?t`<p class="empty" role="status">${C("common.connecting")}</p>`:V.property?this.renderView(V):t`<p class="empty">${C("common.not_loaded")}</p>`}
      </main>
      ${V?.property?t`<button class="fab" aria-label=${C("nav.capture")} title=${C("nav.capture")} @click=${this.openCapture}>
            ${m(B)}
          </button>`:a}
      ${this.renderToast()}`}};Q.styles=[...h.rootStyles,c`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--haven-bg);
      }
      header {
        position: sticky;
        top: 0;
        z-index: 2;
        display: flex;
        align-items: center;
        gap: 4px 8px;
        flex-wrap: wrap;
        padding: 4px 12px;
        padding-top: calc(4px + env(safe-area-inset-top, 0px));
        min-height: 56px;
        background: var(--app-header-background-color, var(--haven-surface));
        color: var(--app-header-text-color, var(--haven-text));
        border-bottom: var(--app-header-border-bottom, 1px solid var(--haven-divider));
      }
      header .title {
        flex: 1 1 auto;
        min-width: 0;
      }
      header h1,
      header .where {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      header h1 {
        font-size: 1.25rem;
        line-height: 1.3;
      }
      header .where {
        font-size: 0.85rem;
      }
      header .btn {
        color: inherit;
      }
      nav {
        display: flex;
        gap: 4px;
      }
      nav .btn[aria-current="page"] {
        background: color-mix(in srgb, var(--haven-primary) 16%, transparent);
      }
      .property select {
        min-height: 36px;
        width: auto;
        max-width: 200px;
        color: inherit;
        background: transparent;
      }
      main {
        padding: 16px;
        max-width: 1280px;
        margin: 0 auto;
        padding-bottom: 96px;
      }
      .fab {
        position: fixed;
        right: calc(20px + env(safe-area-inset-right, 0px));
        bottom: calc(20px + env(safe-area-inset-bottom, 0px));
        width: 56px;
        height: 56px;
        border-radius: 50%;
        border: none;
        background: var(--haven-primary-fill);
        color: var(--haven-on-primary);
        box-shadow: 0 4px 12px rgba(0, 0, 0, 0.3);
        cursor: pointer;
        display: flex;
        align-items: center;
        justify-content: center;
        z-index: 3;
      }
      .fab .icon {
        width: 28px;
        height: 28px;
      }
      .banner {
        margin: 0 0 12px;
      }
      @media (max-width: 600px) {
        main {
          padding: 12px 8px 96px;
        }
        nav .label {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip: rect(0 0 0 0);
        }
      }
    `],n([x({type:Boolean,reflect:!0})],Q.prototype,"narrow",2),n([x({attribute:!1})],Q.prototype,"route",2),n([x({attribute:!1})],Q.prototype,"panel",2),n([d()],Q.prototype,"propertyId",2),Q=n([v("haven-panel")],Q);K2();var H3=y(navigator.language);window.customCards=window.customCards??[];for(let e of X5)window.customCards.some(H=>H.type===e.type)||window.customCards.push({type:e.type,name:H3(`card.${e.key}_name`),description:H3(`card.${e.key}_description`),preview:!0,documentationURL:"https://github.com/haven-home/haven"});
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
