var J2=Object.defineProperty;var w3=Object.getOwnPropertyDescriptor;var P3=(L,H)=>{for(var C in H)J2(L,C,{get:H[C],enumerable:!0})};var n=(L,H,C,V)=>{for(var e=V>1?void 0:V?w3(H,C):H,t=L.length-1,r;t>=0;t--)(r=L[t])&&(e=(V?r(H,C,e):r(e))||e);return V&&e&&J2(H,C,e),e};var S2={};P3(S2,{cs:()=>X2,da:()=>C5,de:()=>H5,en:()=>Y2,es:()=>V5,fr:()=>e5,it:()=>L5,nb:()=>t5,nl:()=>r5,pl:()=>a5,"pt-BR":()=>M5,sv:()=>o5});var Y2={common:{haven:"Haven",cancel:"Cancel",save:"Save",close:"Close",remove:"Remove",edit:"Edit",add:"Add",back:"Back",retry:"Retry",loading:"Loading\u2026",none:"None",optional:"optional",name:"Name",notes:"Notes",cost:"Cost",search:"Search tasks",all_zones:"All zones",all_assets:"All assets",everyone:"Everyone",no_zone:"No zone",house_wide:"Whole house",no_asset:"No asset (whole house)",reconnecting:"Connection lost \u2014 reconnecting\u2026",connecting:"Connecting to Haven\u2026",not_loaded:"Haven has no property loaded yet. Add one under Settings \u2192 Devices & services.",property:"Property",show_more:{one:"Show {count} more",other:"Show {count} more"},more_actions:"More actions for {name}",by:"by {name}",someone:"someone"},count:{tasks:{one:"{count} task",other:"{count} tasks"},assets:{one:"{count} asset",other:"{count} assets"},items:{one:"{count} item",other:"{count} items"},overdue:{one:"{count} overdue",other:"{count} overdue"},due_soon:{one:"{count} due soon",other:"{count} due soon"}},status:{overdue:"Overdue",due_soon:"Due soon",ok:"Upcoming",unscheduled:"Not scheduled",done:"Done",snoozed:"Snoozed until {date}",paused:"Paused"},nav:{home:"Home",inbox:"Inbox",inbox_count:"Inbox ({count})",capture:"Capture something",add_asset:"Add asset",add_task:"Add task",log_work:"Log work",switch_property:"Property"},home:{health:"House health",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Spent this year",budget_of:"of {budget}",budget_left:"{amount} left",over_budget:"{amount} over budget",open_inbox:"Open captures",overdue:"Overdue",due_soon:"Due soon",upcoming:"Upcoming",nothing_due:"Nothing is overdue or due soon. Well done!",no_tasks:"No tasks match.",no_tasks_yet:"No tasks yet. Add an asset from a template to get its usual maintenance.",recent_work:"Recent work",no_recent_work:"Nothing logged yet.",group_by:"Group by",group_zone:"Zone",group_asset:"Asset",filter_zone:"Zone",filter_asset:"Asset",filter_assignee:"Assigned to",filters:"Filters",clear_filters:"Clear filters",expand:"Show the tasks of {name}",collapse:"Hide the tasks of {name}",results:{one:"{count} task matches",other:"{count} tasks match"},pause:"Pause the house",resume:"Resume the house",paused_text:"The house is paused: nothing becomes overdue and no reminders are sent until it is resumed.",paused_until:"The house is paused until {date}: nothing becomes overdue and no reminders are sent until then."},task:{done:"Done",snooze:"Snooze",skip:"Skip",edit:"Edit task",remove:"Remove task",due:"Due {when}",due_on:"Due {date}",last_done:"Last done {when}",never_done:"Never done",meter_progress:"{value} of {every} {unit}",priority:"Priority",priority_0:"Low",priority_1:"Normal",priority_2:"High",priority_3:"Urgent",mark_done:"Mark {name} done",snooze_named:"Snooze {name}",assigned:"Assigned to {names}",rotates:"Taken in turns: the next time goes to the next person.",season:"Active {months}",paused:"Paused until resumed",paused_until:"Paused until {date}",pause:"Pause",resume:"Resume"},log:{completed:"Done",skipped:"Skipped",snoozed:"Snoozed",manual:"Logged",note:"Note",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"This asset no longer exists.",details:"Details",manufacturer:"Manufacturer",model:"Model",serial_number:"Serial number",installed_on:"Installed on",zone:"Zone",template:"Template",warranty_until:"Warranty until",warranty_days_left:{one:"{date} ({count} day left)",other:"{date} ({count} days left)"},warranty_ended:"Ended {date}",expected_life:"Expected life",expected_life_until:{one:"{count} year, until {date}",other:"{count} years, until {date}"},expected_life_years:{one:"{count} year",other:"{count} years"},notes:"Notes",tasks:"Tasks",no_tasks:"No tasks for this asset yet.",history:"History",no_history:"Nothing logged for this asset yet.",total_cost:"Total cost",cost_this_year:"This year",supplies:"Supplies",no_supplies:"No supplies.",quantity:"In stock: {count}",quantity_unknown:"Stock not counted",buy:"Buy {name}",part:"Part {number}",documents:"Documents",no_documents:"No manuals or receipts yet.",attach:"Attach a PDF or photo",attaching:"Uploading {name}\u2026",attached:"{name} attached.",captures:"Captures about it",edit:"Edit asset",remove:"Remove asset",add_supply:"Add supply",edit_supply:"Edit {name}",overdue:"Needs attention",open:"Open {name}",loading_details:"Loading history and documents\u2026",past_life:"Past its expected life",remove_supply:"Remove {name}"},inbox:{title:"Inbox",empty:"Nothing waiting. Captures you make with the + button land here.",status_PENDING:"Waiting",status_PROCESSING:"Processing\u2026",status_PROCESSED:"Understood",status_FAILED:"Failed",transcript:"What was said",understood:"What was understood",suggested:"Suggested: {task}",suggested_asset:"About: {asset}",triage:"File it",dismiss:"Dismiss",retry:"Try again",from:"From {who}, {when}",photo_of:"Photo: {summary}",voice_memo:"Voice memo",dismissed:"Capture dismissed.",filed:"Capture filed."},dialog:{complete:{title:"Mark done: {name}",performed_at:"Done at",notes:"Notes",cost:"Cost ({currency})",submit:"Mark done",done:"{name} done. Next due {when}."},snooze:{title:"Snooze: {name}",how_long:"Snooze for",one_day:"1 day",one_week:"1 week",until_date:"Until a date",date:"Date",submit:"Snooze",done:"{name} snoozed until {when}."},skip:{title:"Skip: {name}",text:"Skip this occurrence of \u201C{name}\u201D? It moves to its next due date and the skip is recorded.",submit:"Skip",done:"{name} skipped. Next due {when}."},log:{title:"Log work",asset:"Asset",action:"What was done",submit:"Log it",done:"Logged."},asset:{add_title:"Add an asset",edit_title:"Edit {name}",template:"Template",no_template:"No template",template_tasks:"Adds: {tasks}",zone:"Zone",new_zone:"New zone\u2026",new_zone_name:"Name of the new zone",expected_life_years:"Expected life (years)",expected_life_hint:"Left empty, a template fills in a usual figure.",submit_add:"Add asset",added:"{name} added.",saved:"{name} saved.",category:{electrical:"Electrical",exterior:"Outside the house",general:"General",hvac:"Heating and cooling",kitchen:"Kitchen",laundry:"Laundry",plumbing:"Plumbing and water",pool:"Pool and spa",safety:"Safety",vehicle:"Vehicles",yard:"Yard and garden"}},task:{add_title:"Add a task",edit_title:"Edit {name}",asset:"Asset",kind:"How does it repeat?",kind_interval:"Every few days, weeks, months or years",kind_cron:"On a calendar pattern (cron)",kind_meter:"By use, from a sensor (hours, cycles, km)",kind_once:"Just once",every:"Every",unit:"Unit",unit_days:"days",unit_weeks:"weeks",unit_months:"months",unit_years:"years",anchor:"Count from",anchor_completion:"the last time it was done",anchor_fixed:"a fixed calendar",cron:"Cron expression",cron_help:"minute hour day-of-month month day-of-week, e.g. 0 9 1 * * for 9:00 on the 1st",preview:"Next dates",preview_loading:"Working out the next dates\u2026",meter_entity:"Sensor",meter_pick:"Choose a sensor",meter_none:"No numeric sensor found.",meter_now:"Now: {value}",meter_since:"Since it was last done: {progress}",meter_every:"Every (units of the sensor)",backstop:"Or at the latest every (optional)",first_due:"First due",lead_days:"Remind this many days before",priority:"Priority",notes:"Notes",submit_add:"Add task",added:"{name} added.",saved:"{name} saved.",assignee:"Assigned to",rotate:"Take turns (the next time goes to the next person)",assignee_hint:"Their reminders go to their phones; nobody ticked means anyone.",active_months:"Active months",active_months_hint:"No reminders and nothing overdue in the other months; none ticked means all year."},supply:{add_title:"Add a supply",edit_title:"Edit {name}",part_number:"Part number",purchase_url:"Where to buy it (link)",quantity:"In stock",task:"Used by task",no_task:"No task",saved:"{name} saved."},remove:{title:"Remove {name}?",asset_text:"\u201C{name}\u201D and its tasks, supplies and history are removed. This cannot be undone.",task_text:"\u201C{name}\u201D is removed; its history stays with the asset. This cannot be undone.",supply_text:"\u201C{name}\u201D is removed.",confirm:"Remove",removed:"{name} removed."},gone:{task:"This task was removed meanwhile.",asset:"This asset was removed meanwhile.",capture:"This capture was filed meanwhile."},triage:{title:"File this capture",outcome:"Turn it into",outcome_task:"A task",outcome_log:"A log entry (work done)",outcome_note:"A note on the asset",name:"Name",action:"What was done",performed_at:"Done at",submit:"File it"},capture:{title:"Capture something",photo:"Take or choose a photo",file:"Choose a file",record:"Record a voice memo",stop:"Stop recording",recording:"Recording\u2026 {time}",discard:"Discard",chosen:"{name} ({size})",recorded:"Voice memo ({time})",text:"Or type a note",asset:"About (optional)",submit:"Send to inbox",uploading:"Uploading\u2026 {percent} %",sent:"Sent to the inbox.",mic_denied:"The microphone is blocked. Allow it for this site in your browser's settings, or choose a recording instead.",mic_absent:"No microphone was found on this device. Choose a recording instead.",mic_unsupported:"This browser cannot record audio here (a secure https connection is needed). Choose a recording instead.",empty:"Add a photo, a recording or a line of text first."},pause:{title:"Pause {name}",resume_title:"Resume {name}",submit:"Pause",resume_submit:"Resume",task_text:"While paused, this task is never overdue and sends no reminders.",property_text:"While the house is paused (a holiday, the house empty), no task becomes overdue and no reminders are sent.",until:"Resume on its own on (optional)",resume_text:"Due dates move on by the time it was paused; tasks on a fixed calendar continue with their next date.",paused:"{name} paused.",resumed:"{name} resumed."}},error:{generic:"Something went wrong: {message}",network:"The upload did not reach Home Assistant. Check the connection and try again.",too_large:"This file is too big for Haven (at most 25 MB).",unsupported_type:"Haven only accepts photos (JPEG, PNG, GIF, WebP, HEIC), PDFs for documents and audio recordings.",bad_request:"Home Assistant refused the upload: {message}",forbidden:"You are not allowed to do this: {message}",number:"Enter a number.",required:"Fill in {field}.",positive:"Enter a number greater than zero.",date:"Enter a date.",years:"Enter whole years from 1 to 200.",load_asset:"Could not load this asset's history: {message}"},schedule:{every_days:{one:"Every day",other:"Every {count} days"},every_weeks:{one:"Every week",other:"Every {count} weeks"},every_months:{one:"Every month",other:"Every {count} months"},every_years:{one:"Every year",other:"Every {count} years"},from_completion:"{every}, counted from the last time it was done",fixed:"{every}, on a fixed calendar",cron_daily:"Every day at {time}",cron_weekly:"Every {days} at {time}",cron_monthly:"At {time} on day {day} of every month",cron_yearly:"Every year on {month} {day} at {time}",cron_custom:"On the pattern {cron}",meter:{one:"Every {count} unit of {sensor}",other:"Every {count} units of {sensor}"},meter_backstop:"{meter}, or {backstop}, whichever comes first",once:"Once"},card:{overview_name:"Haven overview",overview_description:"House health, the tasks due now with Done and Snooze, and recent work.",asset_name:"Haven asset",asset_description:"One asset's tasks and their state, with Done buttons.",capture_name:"Haven capture",capture_description:"Capture a photo, a voice memo or a note into Haven's inbox.",all_caught_up:"All caught up.",open_panel:"Open Haven",pick_asset:"Choose an asset in the card's settings.",capture_prompt:"Noticed something? Capture it.",show_recent:"Show recent work",max_tasks:"Tasks to show at most",title:"Title",no_properties:"No Haven property is loaded.",more:{one:"\u2026and {count} more",other:"\u2026and {count} more"}}};var X2={common:{haven:"Haven",cancel:"Zru\u0161it",save:"Ulo\u017Eit",close:"Zav\u0159\xEDt",remove:"Odebrat",edit:"Upravit",add:"P\u0159idat",back:"Zp\u011Bt",retry:"Zkusit znovu",loading:"Na\u010D\xEDt\xE1n\xED\u2026",none:"\u017D\xE1dn\xE9",optional:"nepovinn\xE9",name:"N\xE1zev",notes:"Pozn\xE1mky",cost:"N\xE1klady",search:"Hledat \xFAkoly",all_zones:"V\u0161echny z\xF3ny",all_assets:"V\u0161echny objekty",everyone:"V\u0161ichni",no_zone:"Bez z\xF3ny",house_wide:"Cel\xFD d\u016Fm",no_asset:"Bez objektu (cel\xFD d\u016Fm)",reconnecting:"Spojen\xED ztraceno \u2013 znovu se p\u0159ipojuji\u2026",connecting:"P\u0159ipojov\xE1n\xED k Haven\u2026",not_loaded:"Haven zat\xEDm nem\xE1 na\u010Dtenou \u017E\xE1dnou nemovitost. P\u0159idejte ji v Nastaven\xED \u2192 Za\u0159\xEDzen\xED a slu\u017Eby.",property:"Nemovitost",show_more:{one:"Zobrazit {count} dal\u0161\xED",few:"Zobrazit {count} dal\u0161\xED",many:"Zobrazit dal\u0161\xEDch {count}",other:"Zobrazit dal\u0161\xEDch {count}"},more_actions:"Dal\u0161\xED akce pro {name}",by:"provedl(a) {name}",someone:"n\u011Bkdo"},count:{tasks:{one:"{count} \xFAkol",few:"{count} \xFAkoly",many:"{count} \xFAkolu",other:"{count} \xFAkol\u016F"},assets:{one:"{count} objekt",few:"{count} objekty",many:"{count} objektu",other:"{count} objekt\u016F"},items:{one:"{count} polo\u017Eka",few:"{count} polo\u017Eky",many:"{count} polo\u017Eky",other:"{count} polo\u017Eek"},overdue:{one:"{count} po term\xEDnu",few:"{count} po term\xEDnu",many:"{count} po term\xEDnu",other:"{count} po term\xEDnu"},due_soon:{one:"{count} brzy na \u0159ad\u011B",few:"{count} brzy na \u0159ad\u011B",many:"{count} brzy na \u0159ad\u011B",other:"{count} brzy na \u0159ad\u011B"}},status:{overdue:"Po term\xEDnu",due_soon:"Brzy na \u0159ad\u011B",ok:"Nadch\xE1zej\xEDc\xED",unscheduled:"Nenapl\xE1nov\xE1no",done:"Hotovo",snoozed:"Odlo\u017Eeno do {date}",paused:"Pozastaveno"},nav:{home:"Dom\u016F",inbox:"Schr\xE1nka",inbox_count:"Schr\xE1nka ({count})",capture:"Zaznamenat podn\u011Bt",add_asset:"P\u0159idat objekt",add_task:"P\u0159idat \xFAkol",log_work:"Zaznamenat pr\xE1ci",switch_property:"Nemovitost"},home:{health:"Stav domu",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Utraceno letos",budget_of:"z {budget}",budget_left:"Zb\xFDv\xE1 {amount}",over_budget:"{amount} nad rozpo\u010Det",open_inbox:"Otev\u0159en\xE9 podn\u011Bty",overdue:"Po term\xEDnu",due_soon:"Brzy na \u0159ad\u011B",upcoming:"Nadch\xE1zej\xEDc\xED",nothing_due:"Nic nen\xED po term\xEDnu ani brzy na \u0159ad\u011B. V\xFDborn\u011B!",no_tasks:"\u017D\xE1dn\xE9 odpov\xEDdaj\xEDc\xED \xFAkoly.",no_tasks_yet:"Zat\xEDm \u017E\xE1dn\xE9 \xFAkoly. P\u0159idejte objekt ze \u0161ablony a z\xEDsk\xE1te jeho obvyklou \xFAdr\u017Ebu.",recent_work:"Ned\xE1vn\xE1 pr\xE1ce",no_recent_work:"Zat\xEDm nic nezaznamen\xE1no.",group_by:"Seskupit podle",group_zone:"Z\xF3na",group_asset:"Objekt",filter_zone:"Z\xF3na",filter_asset:"Objekt",filter_assignee:"P\u0159i\u0159azeno",filters:"Filtry",clear_filters:"Vymazat filtry",expand:"Zobrazit \xFAkoly: {name}",collapse:"Skr\xFDt \xFAkoly: {name}",results:{one:"Odpov\xEDd\xE1 {count} \xFAkol",few:"Odpov\xEDdaj\xED {count} \xFAkoly",many:"Odpov\xEDd\xE1 {count} \xFAkolu",other:"Odpov\xEDd\xE1 {count} \xFAkol\u016F"},pause:"Pozastavit d\u016Fm",resume:"Obnovit d\u016Fm",paused_text:"D\u016Fm je pozastaven\xFD: nic se nedostane po term\xEDn a neodes\xEDlaj\xED se \u017E\xE1dn\xE9 p\u0159ipom\xEDnky, dokud nebude obnoven.",paused_until:"D\u016Fm je pozastaven\xFD do {date}: do t\xE9 doby se nic nedostane po term\xEDn a neodes\xEDlaj\xED se \u017E\xE1dn\xE9 p\u0159ipom\xEDnky."},task:{done:"Hotovo",snooze:"Odlo\u017Eit",skip:"P\u0159esko\u010Dit",edit:"Upravit \xFAkol",remove:"Odebrat \xFAkol",due:"Term\xEDn {when}",due_on:"Term\xEDn {date}",last_done:"Naposledy provedeno {when}",never_done:"Nikdy neprovedeno",meter_progress:"{value} z {every} {unit}",priority:"Priorita",priority_0:"N\xEDzk\xE1",priority_1:"Norm\xE1ln\xED",priority_2:"Vysok\xE1",priority_3:"Nal\xE9hav\xE1",mark_done:"Ozna\u010Dit {name} jako hotov\xE9",snooze_named:"Odlo\u017Eit {name}",assigned:"P\u0159i\u0159azeno: {names}",rotates:"St\u0159\xEDd\xE1 se: p\u0159\xED\u0161t\u011B je na \u0159ad\u011B dal\u0161\xED osoba.",season:"Aktivn\xED: {months}",paused:"Pozastaveno do obnoven\xED",paused_until:"Pozastaveno do {date}",pause:"Pozastavit",resume:"Obnovit"},log:{completed:"Hotovo",skipped:"P\u0159esko\u010Deno",snoozed:"Odlo\u017Eeno",manual:"Zaznamen\xE1no",note:"Pozn\xE1mka",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Tento objekt u\u017E neexistuje.",details:"Podrobnosti",manufacturer:"V\xFDrobce",model:"Model",serial_number:"S\xE9riov\xE9 \u010D\xEDslo",installed_on:"Datum instalace",zone:"Z\xF3na",template:"\u0160ablona",warranty_until:"Z\xE1ruka do",warranty_days_left:{one:"{date} (zb\xFDv\xE1 {count} den)",few:"{date} (zb\xFDvaj\xED {count} dny)",many:"{date} (zb\xFDv\xE1 {count} dne)",other:"{date} (zb\xFDv\xE1 {count} dn\xED)"},warranty_ended:"Skon\u010Dila {date}",expected_life:"O\u010Dek\xE1van\xE1 \u017Eivotnost",expected_life_until:{one:"{count} rok, do {date}",few:"{count} roky, do {date}",many:"{count} roku, do {date}",other:"{count} let, do {date}"},expected_life_years:{one:"{count} rok",few:"{count} roky",many:"{count} roku",other:"{count} let"},notes:"Pozn\xE1mky",tasks:"\xDAkoly",no_tasks:"Tento objekt zat\xEDm nem\xE1 \u017E\xE1dn\xE9 \xFAkoly.",history:"Historie",no_history:"U tohoto objektu zat\xEDm nic nezaznamen\xE1no.",total_cost:"Celkov\xE9 n\xE1klady",cost_this_year:"Letos",supplies:"Spot\u0159ebn\xED materi\xE1l",no_supplies:"\u017D\xE1dn\xFD spot\u0159ebn\xED materi\xE1l.",quantity:"Skladem: {count}",quantity_unknown:"Z\xE1soba se nepo\u010D\xEDt\xE1",buy:"Koupit {name}",part:"D\xEDl {number}",documents:"Dokumenty",no_documents:"Zat\xEDm \u017E\xE1dn\xE9 n\xE1vody ani \xFA\u010Dtenky.",attach:"P\u0159ilo\u017Eit PDF nebo fotku",attaching:"Nahr\xE1v\xE1n\xED {name}\u2026",attached:"P\u0159ilo\u017Eeno: {name}.",captures:"Podn\u011Bty, kter\xE9 se ho t\xFDkaj\xED",edit:"Upravit objekt",remove:"Odebrat objekt",add_supply:"P\u0159idat spot\u0159ebn\xED materi\xE1l",edit_supply:"Upravit {name}",overdue:"Vy\u017Eaduje pozornost",open:"Otev\u0159\xEDt {name}",loading_details:"Na\u010D\xEDt\xE1n\xED historie a dokument\u016F\u2026",past_life:"Za o\u010Dek\xE1vanou \u017Eivotnost\xED",remove_supply:"Odebrat {name}"},inbox:{title:"Schr\xE1nka",empty:"Nic ne\u010Dek\xE1. Sem p\u0159ich\xE1zej\xED podn\u011Bty, kter\xE9 zaznamen\xE1te tla\u010D\xEDtkem +.",status_PENDING:"\u010Cek\xE1",status_PROCESSING:"Zpracov\xE1v\xE1 se\u2026",status_PROCESSED:"Rozpozn\xE1no",status_FAILED:"Selhalo",transcript:"Co zazn\u011Blo",understood:"Co bylo rozpozn\xE1no",suggested:"N\xE1vrh: {task}",suggested_asset:"T\xFDk\xE1 se: {asset}",triage:"Vy\u0159\xEDdit",dismiss:"Zahodit",retry:"Zkusit znovu",from:"Od: {who}, {when}",photo_of:"Fotka: {summary}",voice_memo:"Hlasov\xE1 pozn\xE1mka",dismissed:"Podn\u011Bt zahozen.",filed:"Podn\u011Bt vy\u0159\xEDzen."},dialog:{complete:{title:"Ozna\u010Dit jako hotov\xE9: {name}",performed_at:"Provedeno",notes:"Pozn\xE1mky",cost:"N\xE1klady ({currency})",submit:"Ozna\u010Dit jako hotov\xE9",done:"{name} \u2013 hotovo. P\u0159\xED\u0161t\xED term\xEDn {when}."},snooze:{title:"Odlo\u017Eit: {name}",how_long:"Odlo\u017Eit o",one_day:"1 den",one_week:"1 t\xFDden",until_date:"Do data",date:"Datum",submit:"Odlo\u017Eit",done:"{name} \u2013 odlo\u017Eeno do {when}."},skip:{title:"P\u0159esko\u010Dit: {name}",text:"P\u0159esko\u010Dit tento v\xFDskyt \xFAkolu \u201E{name}\u201C? P\u0159esune se na dal\u0161\xED term\xEDn a p\u0159esko\u010Den\xED se zaznamen\xE1.",submit:"P\u0159esko\u010Dit",done:"{name} \u2013 p\u0159esko\u010Deno. P\u0159\xED\u0161t\xED term\xEDn {when}."},log:{title:"Zaznamenat pr\xE1ci",asset:"Objekt",action:"Co bylo ud\u011Bl\xE1no",submit:"Zaznamenat",done:"Zaznamen\xE1no."},asset:{add_title:"P\u0159idat objekt",edit_title:"Upravit {name}",template:"\u0160ablona",no_template:"Bez \u0161ablony",template_tasks:"P\u0159id\xE1: {tasks}",zone:"Z\xF3na",new_zone:"Nov\xE1 z\xF3na\u2026",new_zone_name:"N\xE1zev nov\xE9 z\xF3ny",expected_life_years:"O\u010Dek\xE1van\xE1 \u017Eivotnost (roky)",expected_life_hint:"Kdy\u017E pole nech\xE1te pr\xE1zdn\xE9, \u0161ablona dopln\xED obvyklou hodnotu.",submit_add:"P\u0159idat objekt",added:"P\u0159id\xE1no: {name}.",saved:"Ulo\u017Eeno: {name}.",category:{electrical:"Elekt\u0159ina",exterior:"Exteri\xE9r domu",general:"Obecn\xE9",hvac:"Topen\xED a chlazen\xED",kitchen:"Kuchyn\u011B",laundry:"Pran\xED",plumbing:"Voda a instalace",pool:"Baz\xE9n a v\xED\u0159ivka",safety:"Bezpe\u010Dnost",vehicle:"Vozidla",yard:"Dv\u016Fr a zahrada"}},task:{add_title:"P\u0159idat \xFAkol",edit_title:"Upravit {name}",asset:"Objekt",kind:"Jak se opakuje?",kind_interval:"Ka\u017Ed\xFDch n\u011Bkolik dn\xED, t\xFDdn\u016F, m\u011Bs\xEDc\u016F nebo let",kind_cron:"Podle kalend\xE1\u0159n\xEDho vzoru (cron)",kind_meter:"Podle pou\u017E\xEDv\xE1n\xED, ze senzoru (hodiny, cykly, km)",kind_once:"Jen jednou",every:"Ka\u017Ed\xFDch",unit:"Jednotka",unit_days:"dn\xED",unit_weeks:"t\xFDdn\u016F",unit_months:"m\u011Bs\xEDc\u016F",unit_years:"let",anchor:"Po\u010D\xEDtat od",anchor_completion:"posledn\xEDho proveden\xED",anchor_fixed:"pevn\xE9ho kalend\xE1\u0159e",cron:"V\xFDraz cron",cron_help:"minuta hodina den-v-m\u011Bs\xEDci m\u011Bs\xEDc den-v-t\xFDdnu, nap\u0159. 0 9 1 * * pro 9:00 prvn\xEDho dne v m\u011Bs\xEDci",preview:"P\u0159\xED\u0161t\xED term\xEDny",preview_loading:"Po\u010D\xEDt\xE1m p\u0159\xED\u0161t\xED term\xEDny\u2026",meter_entity:"Senzor",meter_pick:"Zvolte senzor",meter_none:"Nebyl nalezen \u017E\xE1dn\xFD \u010D\xEDseln\xFD senzor.",meter_now:"Te\u010F: {value}",meter_since:"Od posledn\xEDho proveden\xED: {progress}",meter_every:"Ka\u017Ed\xFDch (jednotky senzoru)",backstop:"Nebo nejpozd\u011Bji ka\u017Ed\xFDch (nepovinn\xE9)",first_due:"Prvn\xED term\xEDn",lead_days:"P\u0159ipomenout tolik dn\xED p\u0159edem",priority:"Priorita",notes:"Pozn\xE1mky",submit_add:"P\u0159idat \xFAkol",added:"P\u0159id\xE1no: {name}.",saved:"Ulo\u017Eeno: {name}.",assignee:"P\u0159i\u0159azeno",rotate:"St\u0159\xEDdat se (p\u0159\xED\u0161t\u011B je na \u0159ad\u011B dal\u0161\xED osoba)",assignee_hint:"Jejich p\u0159ipom\xEDnky chod\xED na jejich telefony; kdy\u017E nikdo nen\xED za\u0161krtnut\xFD, m\u016F\u017Ee to ud\u011Blat kdokoli.",active_months:"Aktivn\xED m\u011Bs\xEDce",active_months_hint:"V ostatn\xEDch m\u011Bs\xEDc\xEDch \u017E\xE1dn\xE9 p\u0159ipom\xEDnky a nic po term\xEDnu; kdy\u017E nen\xED za\u0161krtnut\xFD \u017E\xE1dn\xFD m\u011Bs\xEDc, plat\xED cel\xFD rok."},supply:{add_title:"P\u0159idat spot\u0159ebn\xED materi\xE1l",edit_title:"Upravit {name}",part_number:"\u010C\xEDslo d\xEDlu",purchase_url:"Kde koupit (odkaz)",quantity:"Skladem",task:"Pou\u017E\xEDv\xE1 \xFAkol",no_task:"\u017D\xE1dn\xFD \xFAkol",saved:"Ulo\u017Eeno: {name}."},remove:{title:"Odebrat {name}?",asset_text:"Objekt \u201E{name}\u201C bude odebr\xE1n i s \xFAkoly, spot\u0159ebn\xEDm materi\xE1lem a histori\xED. Tuto akci nelze vr\xE1tit zp\u011Bt.",task_text:"\xDAkol \u201E{name}\u201C bude odebr\xE1n; jeho historie z\u016Fstane u objektu. Tuto akci nelze vr\xE1tit zp\u011Bt.",supply_text:"Spot\u0159ebn\xED materi\xE1l \u201E{name}\u201C bude odebr\xE1n.",confirm:"Odebrat",removed:"Odebr\xE1no: {name}."},gone:{task:"Tento \xFAkol byl mezit\xEDm odebr\xE1n.",asset:"Tento objekt byl mezit\xEDm odebr\xE1n.",capture:"Tento podn\u011Bt byl mezit\xEDm vy\u0159\xEDzen."},triage:{title:"Vy\u0159\xEDdit tento podn\u011Bt",outcome:"Ud\u011Blat z toho",outcome_task:"\xDAkol",outcome_log:"Z\xE1znam v den\xEDku (proveden\xE1 pr\xE1ce)",outcome_note:"Pozn\xE1mku k objektu",name:"N\xE1zev",action:"Co bylo ud\u011Bl\xE1no",performed_at:"Provedeno",submit:"Vy\u0159\xEDdit"},capture:{title:"Zaznamenat podn\u011Bt",photo:"Po\u0159\xEDdit nebo vybrat fotku",file:"Vybrat soubor",record:"Nahr\xE1t hlasovou pozn\xE1mku",stop:"Zastavit nahr\xE1v\xE1n\xED",recording:"Nahr\xE1v\xE1n\xED\u2026 {time}",discard:"Zahodit",chosen:"{name} ({size})",recorded:"Hlasov\xE1 pozn\xE1mka ({time})",text:"Nebo napi\u0161te pozn\xE1mku",asset:"T\xFDk\xE1 se (nepovinn\xE9)",submit:"Odeslat do schr\xE1nky",uploading:"Nahr\xE1v\xE1n\xED\u2026 {percent} %",sent:"Odesl\xE1no do schr\xE1nky.",mic_denied:"Mikrofon je zablokovan\xFD. Povolte ho pro tento web v nastaven\xED prohl\xED\u017Ee\u010De, nebo m\xEDsto toho vyberte nahr\xE1vku.",mic_absent:"Na tomto za\u0159\xEDzen\xED nebyl nalezen \u017E\xE1dn\xFD mikrofon. Vyberte m\xEDsto toho nahr\xE1vku.",mic_unsupported:"Tento prohl\xED\u017Ee\u010D tu nem\u016F\u017Ee nahr\xE1vat zvuk (je pot\u0159eba zabezpe\u010Den\xE9 p\u0159ipojen\xED https). Vyberte m\xEDsto toho nahr\xE1vku.",empty:"Nejd\u0159\xEDv p\u0159idejte fotku, nahr\xE1vku nebo \u0159\xE1dek textu."},pause:{title:"Pozastavit: {name}",resume_title:"Obnovit: {name}",submit:"Pozastavit",resume_submit:"Obnovit",task_text:"Dokud je \xFAkol pozastaven\xFD, nikdy nen\xED po term\xEDnu a nepos\xEDl\xE1 \u017E\xE1dn\xE9 p\u0159ipom\xEDnky.",property_text:"Dokud je d\u016Fm pozastaven\xFD (dovolen\xE1, pr\xE1zdn\xFD d\u016Fm), \u017E\xE1dn\xFD \xFAkol se nedostane po term\xEDn a neodes\xEDlaj\xED se \u017E\xE1dn\xE9 p\u0159ipom\xEDnky.",until:"Obnovit automaticky dne (nepovinn\xE9)",resume_text:"Term\xEDny se posunou o dobu pozastaven\xED; \xFAkoly podle pevn\xE9ho kalend\xE1\u0159e pokra\u010Duj\xED dal\u0161\xEDm datem.",paused:"Pozastaveno: {name}.",resumed:"Obnoveno: {name}."}},error:{generic:"N\u011Bco se pokazilo: {message}",network:"Nahr\xE1van\xFD soubor se nedostal do Home Assistant. Zkontrolujte p\u0159ipojen\xED a zkuste to znovu.",too_large:"Tento soubor je pro Haven p\u0159\xEDli\u0161 velk\xFD (nejv\xFD\u0161e 25 MB).",unsupported_type:"Haven p\u0159ij\xEDm\xE1 jen fotky (JPEG, PNG, GIF, WebP, HEIC), PDF jako dokumenty a zvukov\xE9 nahr\xE1vky.",bad_request:"Home Assistant nahr\xE1van\xFD soubor odm\xEDtl: {message}",forbidden:"K tomuto nem\xE1te opr\xE1vn\u011Bn\xED: {message}",number:"Zadejte \u010D\xEDslo.",required:"Vypl\u0148te pole {field}.",positive:"Zadejte \u010D\xEDslo v\u011Bt\u0161\xED ne\u017E nula.",date:"Zadejte datum.",years:"Zadejte cel\xE9 roky od 1 do 200.",load_asset:"Historii tohoto objektu se nepoda\u0159ilo na\u010D\xEDst: {message}"},schedule:{every_days:{one:"Ka\u017Ed\xFD den",few:"Ka\u017Ed\xE9 {count} dny",many:"Ka\u017Ed\xFDch {count} dne",other:"Ka\u017Ed\xFDch {count} dn\xED"},every_weeks:{one:"Ka\u017Ed\xFD t\xFDden",few:"Ka\u017Ed\xE9 {count} t\xFDdny",many:"Ka\u017Ed\xFDch {count} t\xFDdne",other:"Ka\u017Ed\xFDch {count} t\xFDdn\u016F"},every_months:{one:"Ka\u017Ed\xFD m\u011Bs\xEDc",few:"Ka\u017Ed\xE9 {count} m\u011Bs\xEDce",many:"Ka\u017Ed\xFDch {count} m\u011Bs\xEDce",other:"Ka\u017Ed\xFDch {count} m\u011Bs\xEDc\u016F"},every_years:{one:"Ka\u017Ed\xFD rok",few:"Ka\u017Ed\xE9 {count} roky",many:"Ka\u017Ed\xFDch {count} roku",other:"Ka\u017Ed\xFDch {count} let"},from_completion:"{every}, po\u010D\xEDt\xE1no od posledn\xEDho proveden\xED",fixed:"{every}, podle pevn\xE9ho kalend\xE1\u0159e",cron_daily:"Ka\u017Ed\xFD den v {time}",cron_weekly:"Ka\u017Ed\xFD t\xFDden: {days}, v {time}",cron_monthly:"V {time} {day}. dne ka\u017Ed\xE9ho m\u011Bs\xEDce",cron_yearly:"Ka\u017Ed\xFD rok: {month}, {day}. den, v {time}",cron_custom:"Podle vzoru {cron}",meter:{one:"Ka\u017Edou {count} jednotku senzoru {sensor}",few:"Ka\u017Ed\xE9 {count} jednotky senzoru {sensor}",many:"Ka\u017Ed\xFDch {count} jednotky senzoru {sensor}",other:"Ka\u017Ed\xFDch {count} jednotek senzoru {sensor}"},meter_backstop:"{meter}, nebo {backstop}, podle toho, co nastane d\u0159\xEDv",once:"Jednou"},card:{overview_name:"Haven \u2013 p\u0159ehled",overview_description:"Stav domu, \xFAkoly, kter\xE9 jsou te\u010F na \u0159ad\u011B, s tla\u010D\xEDtky Hotovo a Odlo\u017Eit, a ned\xE1vn\xE1 pr\xE1ce.",asset_name:"Haven \u2013 objekt",asset_description:"\xDAkoly jednoho objektu a jejich stav, s tla\u010D\xEDtky Hotovo.",capture_name:"Haven \u2013 podn\u011Bt",capture_description:"Zaznamenejte fotku, hlasovou pozn\xE1mku nebo pozn\xE1mku do schr\xE1nky Haven.",all_caught_up:"V\u0161e hotovo.",open_panel:"Otev\u0159\xEDt Haven",pick_asset:"Zvolte objekt v nastaven\xED karty.",capture_prompt:"V\u0161imli jste si n\u011B\u010Deho? Zaznamenejte to.",show_recent:"Zobrazit ned\xE1vnou pr\xE1ci",max_tasks:"Nejv\xFD\u0161e zobrazen\xFDch \xFAkol\u016F",title:"N\xE1zev",no_properties:"Nen\xED na\u010Dtena \u017E\xE1dn\xE1 nemovitost Haven.",more:{one:"\u2026a {count} dal\u0161\xED",few:"\u2026a {count} dal\u0161\xED",many:"\u2026a dal\u0161\xEDch {count}",other:"\u2026a dal\u0161\xEDch {count}"}}};var C5={common:{haven:"Haven",cancel:"Annuller",save:"Gem",close:"Luk",remove:"Fjern",edit:"Rediger",add:"Tilf\xF8j",back:"Tilbage",retry:"Pr\xF8v igen",loading:"Indl\xE6ser\u2026",none:"Ingen",optional:"valgfri",name:"Navn",notes:"Noter",cost:"Pris",search:"S\xF8g i opgaver",all_zones:"Alle zoner",all_assets:"Alle objekter",everyone:"Alle",no_zone:"Ingen zone",house_wide:"Hele huset",no_asset:"Intet objekt (hele huset)",reconnecting:"Forbindelsen blev afbrudt \u2013 genopretter forbindelse\u2026",connecting:"Opretter forbindelse til Haven\u2026",not_loaded:"Haven har endnu ingen ejendom indl\xE6st. Tilf\xF8j en under Indstillinger \u2192 Enheder og tjenester.",property:"Ejendom",show_more:{one:"Vis {count} mere",other:"Vis {count} mere"},more_actions:"Flere handlinger for {name}",by:"af {name}",someone:"nogen"},count:{tasks:{one:"{count} opgave",other:"{count} opgaver"},assets:{one:"{count} objekt",other:"{count} objekter"},items:{one:"{count} element",other:"{count} elementer"},overdue:{one:"{count} forsinket",other:"{count} forsinkede"},due_soon:{one:"{count} forfalder snart",other:"{count} forfalder snart"}},status:{overdue:"Forsinket",due_soon:"Forfalder snart",ok:"Kommende",unscheduled:"Ikke planlagt",done:"Udf\xF8rt",snoozed:"Udsat til {date}",paused:"Sat p\xE5 pause"},nav:{home:"Oversigt",inbox:"Indbakke",inbox_count:"Indbakke ({count})",capture:"Registrer noget",add_asset:"Tilf\xF8j objekt",add_task:"Tilf\xF8j opgave",log_work:"Not\xE9r arbejde",switch_property:"Ejendom"},home:{health:"Husets tilstand",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Brugt i \xE5r",budget_of:"af {budget}",budget_left:"{amount} tilbage",over_budget:"{amount} over budget",open_inbox:"\xC5bne registreringer",overdue:"Forsinket",due_soon:"Forfalder snart",upcoming:"Kommende",nothing_due:"Intet er forsinket eller forfalder snart. Godt klaret!",no_tasks:"Ingen opgaver matcher.",no_tasks_yet:"Ingen opgaver endnu. Tilf\xF8j et objekt fra en skabelon for at f\xE5 dets s\xE6dvanlige vedligeholdelse.",recent_work:"Seneste arbejde",no_recent_work:"Intet noteret endnu.",group_by:"Grupp\xE9r efter",group_zone:"Zone",group_asset:"Objekt",filter_zone:"Zone",filter_asset:"Objekt",filter_assignee:"Tildelt",filters:"Filtre",clear_filters:"Ryd filtre",expand:"Vis opgaverne for {name}",collapse:"Skjul opgaverne for {name}",results:{one:"{count} opgave matcher",other:"{count} opgaver matcher"},pause:"S\xE6t huset p\xE5 pause",resume:"Genoptag huset",paused_text:"Huset er sat p\xE5 pause: intet bliver forsinket, og der sendes ingen p\xE5mindelser, f\xF8r det genoptages.",paused_until:"Huset er sat p\xE5 pause indtil {date}: intet bliver forsinket, og der sendes ingen p\xE5mindelser indtil da."},task:{done:"Udf\xF8rt",snooze:"Uds\xE6t",skip:"Spring over",edit:"Rediger opgave",remove:"Fjern opgave",due:"Forfalder {when}",due_on:"Forfalder {date}",last_done:"Sidst udf\xF8rt {when}",never_done:"Aldrig udf\xF8rt",meter_progress:"{value} af {every} {unit}",priority:"Prioritet",priority_0:"Lav",priority_1:"Normal",priority_2:"H\xF8j",priority_3:"Haster",mark_done:"Mark\xE9r {name} som udf\xF8rt",snooze_named:"Uds\xE6t {name}",assigned:"Tildelt {names}",rotates:"Skiftes: n\xE6ste gang g\xE5r til den n\xE6ste person.",season:"Aktiv {months}",paused:"Sat p\xE5 pause, indtil den genoptages",paused_until:"Sat p\xE5 pause indtil {date}",pause:"S\xE6t p\xE5 pause",resume:"Genoptag"},log:{completed:"Udf\xF8rt",skipped:"Sprunget over",snoozed:"Udsat",manual:"Noteret",note:"Note",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Dette objekt findes ikke l\xE6ngere.",details:"Detaljer",manufacturer:"Producent",model:"Model",serial_number:"Serienummer",installed_on:"Installeret den",zone:"Zone",template:"Skabelon",warranty_until:"Garanti indtil",warranty_days_left:{one:"{date} ({count} dag tilbage)",other:"{date} ({count} dage tilbage)"},warranty_ended:"Udl\xF8bet {date}",expected_life:"Forventet levetid",expected_life_until:{one:"{count} \xE5r, indtil {date}",other:"{count} \xE5r, indtil {date}"},expected_life_years:{one:"{count} \xE5r",other:"{count} \xE5r"},notes:"Noter",tasks:"Opgaver",no_tasks:"Ingen opgaver for dette objekt endnu.",history:"Historik",no_history:"Intet noteret for dette objekt endnu.",total_cost:"Samlet pris",cost_this_year:"I \xE5r",supplies:"Forbrugsvarer",no_supplies:"Ingen forbrugsvarer.",quantity:"P\xE5 lager: {count}",quantity_unknown:"Lager ikke optalt",buy:"K\xF8b {name}",part:"Varenr. {number}",documents:"Dokumenter",no_documents:"Ingen manualer eller kvitteringer endnu.",attach:"Vedh\xE6ft en PDF eller et foto",attaching:"Uploader {name}\u2026",attached:"{name} vedh\xE6ftet.",captures:"Registreringer om det",edit:"Rediger objekt",remove:"Fjern objekt",add_supply:"Tilf\xF8j forbrugsvare",edit_supply:"Rediger {name}",overdue:"Kr\xE6ver opm\xE6rksomhed",open:"\xC5bn {name}",loading_details:"Indl\xE6ser historik og dokumenter\u2026",past_life:"Over sin forventede levetid",remove_supply:"Fjern {name}"},inbox:{title:"Indbakke",empty:"Intet venter. Registreringer, du laver med knappen +, havner her.",status_PENDING:"Venter",status_PROCESSING:"Behandler\u2026",status_PROCESSED:"Forst\xE5et",status_FAILED:"Mislykkedes",transcript:"Hvad der blev sagt",understood:"Hvad der blev forst\xE5et",suggested:"Forslag: {task}",suggested_asset:"Om: {asset}",triage:"Arkiv\xE9r",dismiss:"Afvis",retry:"Pr\xF8v igen",from:"Fra {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Talememo",dismissed:"Registrering afvist.",filed:"Registrering arkiveret."},dialog:{complete:{title:"Mark\xE9r som udf\xF8rt: {name}",performed_at:"Udf\xF8rt den",notes:"Noter",cost:"Pris ({currency})",submit:"Mark\xE9r som udf\xF8rt",done:"{name} udf\xF8rt. Forfalder n\xE6ste gang {when}."},snooze:{title:"Uds\xE6t: {name}",how_long:"Uds\xE6t i",one_day:"1 dag",one_week:"1 uge",until_date:"Til en dato",date:"Dato",submit:"Uds\xE6t",done:"{name} udsat til {when}."},skip:{title:"Spring over: {name}",text:"Springe denne gang af \u201C{name}\u201D over? Den flyttes til sin n\xE6ste forfaldsdato, og overspringet registreres.",submit:"Spring over",done:"{name} sprunget over. Forfalder n\xE6ste gang {when}."},log:{title:"Not\xE9r arbejde",asset:"Objekt",action:"Hvad der blev gjort",submit:"Not\xE9r det",done:"Noteret."},asset:{add_title:"Tilf\xF8j et objekt",edit_title:"Rediger {name}",template:"Skabelon",no_template:"Ingen skabelon",template_tasks:"Tilf\xF8jer: {tasks}",zone:"Zone",new_zone:"Ny zone\u2026",new_zone_name:"Navn p\xE5 den nye zone",expected_life_years:"Forventet levetid (\xE5r)",expected_life_hint:"Hvis feltet er tomt, udfylder en skabelon et s\xE6dvanligt tal.",submit_add:"Tilf\xF8j objekt",added:"{name} tilf\xF8jet.",saved:"{name} gemt.",category:{electrical:"El",exterior:"Uden for huset",general:"Generelt",hvac:"Varme og k\xF8ling",kitchen:"K\xF8kken",laundry:"Vaskerum",plumbing:"VVS og vand",pool:"Pool og spa",safety:"Sikkerhed",vehicle:"K\xF8ret\xF8jer",yard:"Have"}},task:{add_title:"Tilf\xF8j en opgave",edit_title:"Rediger {name}",asset:"Objekt",kind:"Hvordan gentages den?",kind_interval:"Med f\xE5 dages, ugers, m\xE5neders eller \xE5rs mellemrum",kind_cron:"Efter et kalenderm\xF8nster (cron)",kind_meter:"Efter brug, fra en sensor (timer, cyklusser, km)",kind_once:"Kun \xE9n gang",every:"Hver",unit:"Enhed",unit_days:"dage",unit_weeks:"uger",unit_months:"m\xE5neder",unit_years:"\xE5r",anchor:"Regn fra",anchor_completion:"sidste gang, den blev udf\xF8rt",anchor_fixed:"en fast kalender",cron:"Cron-udtryk",cron_help:"minut time dag-i-m\xE5neden m\xE5ned ugedag, f.eks. 0 9 1 * * for kl. 9:00 den 1.",preview:"N\xE6ste datoer",preview_loading:"Beregner de n\xE6ste datoer\u2026",meter_entity:"Sensor",meter_pick:"V\xE6lg en sensor",meter_none:"Ingen numerisk sensor fundet.",meter_now:"Nu: {value}",meter_since:"Siden sidste udf\xF8relse: {progress}",meter_every:"Hver (sensorens enheder)",backstop:"Eller senest hver (valgfri)",first_due:"F\xF8rste forfald",lead_days:"P\xE5mind s\xE5 mange dage f\xF8r",priority:"Prioritet",notes:"Noter",submit_add:"Tilf\xF8j opgave",added:"{name} tilf\xF8jet.",saved:"{name} gemt.",assignee:"Tildelt",rotate:"Skiftes (n\xE6ste gang g\xE5r til den n\xE6ste person)",assignee_hint:"Deres p\xE5mindelser g\xE5r til deres telefoner; ingen markeret betyder hvem som helst.",active_months:"Aktive m\xE5neder",active_months_hint:"Ingen p\xE5mindelser og intet forsinket i de andre m\xE5neder; ingen markeret betyder hele \xE5ret."},supply:{add_title:"Tilf\xF8j en forbrugsvare",edit_title:"Rediger {name}",part_number:"Varenummer",purchase_url:"Hvor den kan k\xF8bes (link)",quantity:"P\xE5 lager",task:"Bruges af opgave",no_task:"Ingen opgave",saved:"{name} gemt."},remove:{title:"Fjern {name}?",asset_text:"\u201C{name}\u201D og dets opgaver, forbrugsvarer og historik fjernes. Dette kan ikke fortrydes.",task_text:"\u201C{name}\u201D fjernes; dens historik bliver hos objektet. Dette kan ikke fortrydes.",supply_text:"\u201C{name}\u201D fjernes.",confirm:"Fjern",removed:"{name} fjernet."},gone:{task:"Denne opgave blev fjernet i mellemtiden.",asset:"Dette objekt blev fjernet i mellemtiden.",capture:"Denne registrering blev arkiveret i mellemtiden."},triage:{title:"Arkiv\xE9r denne registrering",outcome:"G\xF8r den til",outcome_task:"En opgave",outcome_log:"En logpost (udf\xF8rt arbejde)",outcome_note:"En note p\xE5 objektet",name:"Navn",action:"Hvad der blev gjort",performed_at:"Udf\xF8rt den",submit:"Arkiv\xE9r"},capture:{title:"Registrer noget",photo:"Tag eller v\xE6lg et foto",file:"V\xE6lg en fil",record:"Optag et talememo",stop:"Stop optagelse",recording:"Optager\u2026 {time}",discard:"Kass\xE9r",chosen:"{name} ({size})",recorded:"Talememo ({time})",text:"Eller skriv en note",asset:"Om (valgfri)",submit:"Send til indbakken",uploading:"Uploader\u2026 {percent} %",sent:"Sendt til indbakken.",mic_denied:"Mikrofonen er blokeret. Tillad den for dette websted i browserens indstillinger, eller v\xE6lg en optagelse i stedet.",mic_absent:"Der blev ikke fundet nogen mikrofon p\xE5 denne enhed. V\xE6lg en optagelse i stedet.",mic_unsupported:"Denne browser kan ikke optage lyd her (der kr\xE6ves en sikker https-forbindelse). V\xE6lg en optagelse i stedet.",empty:"Tilf\xF8j f\xF8rst et foto, en optagelse eller en linje tekst."},pause:{title:"S\xE6t {name} p\xE5 pause",resume_title:"Genoptag {name}",submit:"S\xE6t p\xE5 pause",resume_submit:"Genoptag",task_text:"Mens opgaven er sat p\xE5 pause, er den aldrig forsinket og sender ingen p\xE5mindelser.",property_text:"Mens huset er sat p\xE5 pause (en ferie, huset st\xE5r tomt), bliver ingen opgave forsinket, og der sendes ingen p\xE5mindelser.",until:"Genoptag automatisk den (valgfri)",resume_text:"Forfaldsdatoer rykkes frem med den tid, pausen varede; opgaver efter en fast kalender forts\xE6tter med deres n\xE6ste dato.",paused:"{name} sat p\xE5 pause.",resumed:"{name} genoptaget."}},error:{generic:"Noget gik galt: {message}",network:"Uploaden n\xE5ede ikke frem til Home Assistant. Tjek forbindelsen, og pr\xF8v igen.",too_large:"Denne fil er for stor til Haven (h\xF8jst 25 MB).",unsupported_type:"Haven accepterer kun fotos (JPEG, PNG, GIF, WebP, HEIC), PDF'er til dokumenter og lydoptagelser.",bad_request:"Home Assistant afviste uploaden: {message}",forbidden:"Du har ikke tilladelse til at g\xF8re dette: {message}",number:"Indtast et tal.",required:"Udfyld {field}.",positive:"Indtast et tal st\xF8rre end nul.",date:"Indtast en dato.",years:"Indtast hele \xE5r fra 1 til 200.",load_asset:"Kunne ikke indl\xE6se dette objekts historik: {message}"},schedule:{every_days:{one:"Hver dag",other:"Hver {count}. dag"},every_weeks:{one:"Hver uge",other:"Hver {count}. uge"},every_months:{one:"Hver m\xE5ned",other:"Hver {count}. m\xE5ned"},every_years:{one:"Hvert \xE5r",other:"Hvert {count}. \xE5r"},from_completion:"{every}, regnet fra sidste gang, den blev udf\xF8rt",fixed:"{every}, efter en fast kalender",cron_daily:"Hver dag kl. {time}",cron_weekly:"Hver {days} kl. {time}",cron_monthly:"Kl. {time} den {day}. i hver m\xE5ned",cron_yearly:"Hvert \xE5r den {day}. {month} kl. {time}",cron_custom:"Efter m\xF8nsteret {cron}",meter:{one:"For hver {count} enhed af {sensor}",other:"For hver {count} enheder af {sensor}"},meter_backstop:"{meter} eller {backstop}, alt efter hvad der kommer f\xF8rst",once:"\xC9n gang"},card:{overview_name:"Haven-oversigt",overview_description:"Husets tilstand, de opgaver, der forfalder nu, med Udf\xF8rt og Uds\xE6t, og seneste arbejde.",asset_name:"Haven-objekt",asset_description:"Et objekts opgaver og deres tilstand, med Udf\xF8rt-knapper.",capture_name:"Haven-registrering",capture_description:"Registrer et foto, et talememo eller en note i Havens indbakke.",all_caught_up:"Alt er klaret.",open_panel:"\xC5bn Haven",pick_asset:"V\xE6lg et objekt i kortets indstillinger.",capture_prompt:"Har du bem\xE6rket noget? Registrer det.",show_recent:"Vis seneste arbejde",max_tasks:"H\xF8jst antal opgaver, der vises",title:"Titel",no_properties:"Ingen Haven-ejendom er indl\xE6st.",more:{one:"\u2026og {count} mere",other:"\u2026og {count} mere"}}};var H5={common:{haven:"Haven",cancel:"Abbrechen",save:"Speichern",close:"Schlie\xDFen",remove:"Entfernen",edit:"Bearbeiten",add:"Hinzuf\xFCgen",back:"Zur\xFCck",retry:"Erneut versuchen",loading:"Wird geladen \u2026",none:"Keine",optional:"optional",name:"Name",notes:"Notizen",cost:"Kosten",search:"Aufgaben suchen",all_zones:"Alle Zonen",all_assets:"Alle Ger\xE4te",everyone:"Alle",no_zone:"Keine Zone",house_wide:"Ganzes Haus",no_asset:"Kein Ger\xE4t (ganzes Haus)",reconnecting:"Verbindung verloren \u2013 verbinde neu \u2026",connecting:"Verbinde mit Haven \u2026",not_loaded:"In Haven ist noch kein Zuhause geladen. F\xFCge eines unter Einstellungen \u2192 Ger\xE4te & Dienste hinzu.",property:"Zuhause",show_more:{one:"{count} weiteres anzeigen",other:"{count} weitere anzeigen"},more_actions:"Weitere Aktionen f\xFCr {name}",by:"von {name}",someone:"jemand"},count:{tasks:{one:"{count} Aufgabe",other:"{count} Aufgaben"},assets:{one:"{count} Ger\xE4t",other:"{count} Ger\xE4te"},items:{one:"{count} Eintrag",other:"{count} Eintr\xE4ge"},overdue:{one:"{count} \xFCberf\xE4llig",other:"{count} \xFCberf\xE4llig"},due_soon:{one:"{count} bald f\xE4llig",other:"{count} bald f\xE4llig"}},status:{overdue:"\xDCberf\xE4llig",due_soon:"Bald f\xE4llig",ok:"Demn\xE4chst",unscheduled:"Nicht geplant",done:"Erledigt",snoozed:"Verschoben bis {date}",paused:"Pausiert"},nav:{home:"\xDCbersicht",inbox:"Posteingang",inbox_count:"Posteingang ({count})",capture:"Etwas erfassen",add_asset:"Ger\xE4t hinzuf\xFCgen",add_task:"Aufgabe hinzuf\xFCgen",log_work:"Arbeit eintragen",switch_property:"Zuhause"},home:{health:"Zustand des Hauses",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Ausgaben dieses Jahr",budget_of:"von {budget}",budget_left:"{amount} \xFCbrig",over_budget:"{amount} \xFCber dem Budget",open_inbox:"Offene Erfassungen",overdue:"\xDCberf\xE4llig",due_soon:"Bald f\xE4llig",upcoming:"Demn\xE4chst",nothing_due:"Nichts ist \xFCberf\xE4llig oder bald f\xE4llig. Gut gemacht!",no_tasks:"Keine passenden Aufgaben.",no_tasks_yet:"Noch keine Aufgaben. F\xFCge ein Ger\xE4t aus einer Vorlage hinzu, um seine \xFCbliche Wartung zu erhalten.",recent_work:"Letzte Arbeiten",no_recent_work:"Noch nichts eingetragen.",group_by:"Gruppieren nach",group_zone:"Zone",group_asset:"Ger\xE4t",filter_zone:"Zone",filter_asset:"Ger\xE4t",filter_assignee:"Zugewiesen an",filters:"Filter",clear_filters:"Filter zur\xFCcksetzen",expand:"Aufgaben von {name} anzeigen",collapse:"Aufgaben von {name} ausblenden",results:{one:"{count} passende Aufgabe",other:"{count} passende Aufgaben"},pause:"Zuhause pausieren",resume:"Zuhause fortsetzen",paused_text:"Das Zuhause ist pausiert: Nichts wird \xFCberf\xE4llig und es werden keine Erinnerungen gesendet, bis es fortgesetzt wird.",paused_until:"Das Zuhause ist bis {date} pausiert: Bis dahin wird nichts \xFCberf\xE4llig und es werden keine Erinnerungen gesendet."},task:{done:"Erledigt",snooze:"Verschieben",skip:"\xDCberspringen",edit:"Aufgabe bearbeiten",remove:"Aufgabe entfernen",due:"F\xE4llig: {when}",due_on:"F\xE4llig am {date}",last_done:"Zuletzt erledigt: {when}",never_done:"Noch nie erledigt",meter_progress:"{value} von {every} {unit}",priority:"Priorit\xE4t",priority_0:"Niedrig",priority_1:"Normal",priority_2:"Hoch",priority_3:"Dringend",mark_done:"{name} als erledigt markieren",snooze_named:"{name} verschieben",assigned:"Zugewiesen an {names}",rotates:"Im Wechsel: Das n\xE4chste Mal ist die n\xE4chste Person dran.",season:"Aktiv: {months}",paused:"Pausiert bis zur Fortsetzung",paused_until:"Pausiert bis {date}",pause:"Pausieren",resume:"Fortsetzen"},log:{completed:"Erledigt",skipped:"\xDCbersprungen",snoozed:"Verschoben",manual:"Eingetragen",note:"Notiz",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Dieses Ger\xE4t existiert nicht mehr.",details:"Details",manufacturer:"Hersteller",model:"Modell",serial_number:"Seriennummer",installed_on:"Installiert am",zone:"Zone",template:"Vorlage",warranty_until:"Garantie bis",warranty_days_left:{one:"{date} (noch {count} Tag)",other:"{date} (noch {count} Tage)"},warranty_ended:"Abgelaufen am {date}",expected_life:"Erwartete Lebensdauer",expected_life_until:{one:"{count} Jahr, bis {date}",other:"{count} Jahre, bis {date}"},expected_life_years:{one:"{count} Jahr",other:"{count} Jahre"},notes:"Notizen",tasks:"Aufgaben",no_tasks:"Noch keine Aufgaben f\xFCr dieses Ger\xE4t.",history:"Verlauf",no_history:"F\xFCr dieses Ger\xE4t ist noch nichts eingetragen.",total_cost:"Gesamtkosten",cost_this_year:"Dieses Jahr",supplies:"Verbrauchsmaterial",no_supplies:"Kein Verbrauchsmaterial.",quantity:"Vorr\xE4tig: {count}",quantity_unknown:"Vorrat nicht gez\xE4hlt",buy:"{name} kaufen",part:"Teil {number}",documents:"Dokumente",no_documents:"Noch keine Anleitungen oder Belege.",attach:"PDF oder Foto anh\xE4ngen",attaching:"{name} wird hochgeladen \u2026",attached:"{name} angeh\xE4ngt.",captures:"Erfassungen dazu",edit:"Ger\xE4t bearbeiten",remove:"Ger\xE4t entfernen",add_supply:"Verbrauchsmaterial hinzuf\xFCgen",edit_supply:"{name} bearbeiten",overdue:"Braucht Aufmerksamkeit",open:"{name} \xF6ffnen",loading_details:"Verlauf und Dokumente werden geladen \u2026",past_life:"\xDCber die erwartete Lebensdauer hinaus",remove_supply:"{name} entfernen"},inbox:{title:"Posteingang",empty:"Nichts wartet. Was du mit der Schaltfl\xE4che + erfasst, landet hier.",status_PENDING:"Wartet",status_PROCESSING:"Wird verarbeitet \u2026",status_PROCESSED:"Verstanden",status_FAILED:"Fehlgeschlagen",transcript:"Was gesagt wurde",understood:"Was verstanden wurde",suggested:"Vorschlag: {task}",suggested_asset:"Betrifft: {asset}",triage:"Einordnen",dismiss:"Verwerfen",retry:"Erneut versuchen",from:"Von {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Sprachnotiz",dismissed:"Erfassung verworfen.",filed:"Erfassung eingeordnet."},dialog:{complete:{title:"Als erledigt markieren: {name}",performed_at:"Erledigt am",notes:"Notizen",cost:"Kosten ({currency})",submit:"Als erledigt markieren",done:"{name} erledigt. N\xE4chste F\xE4lligkeit: {when}."},snooze:{title:"Verschieben: {name}",how_long:"Verschieben um",one_day:"1 Tag",one_week:"1 Woche",until_date:"Bis zu einem Datum",date:"Datum",submit:"Verschieben",done:"{name} verschoben \u2013 wieder f\xE4llig {when}."},skip:{title:"\xDCberspringen: {name}",text:"Diesen Termin von \u201E{name}\u201C \xFCberspringen? Die Aufgabe r\xFCckt zum n\xE4chsten F\xE4lligkeitsdatum vor, und das \xDCberspringen wird festgehalten.",submit:"\xDCberspringen",done:"{name} \xFCbersprungen. N\xE4chste F\xE4lligkeit: {when}."},log:{title:"Arbeit eintragen",asset:"Ger\xE4t",action:"Was gemacht wurde",submit:"Eintragen",done:"Eingetragen."},asset:{add_title:"Ger\xE4t hinzuf\xFCgen",edit_title:"{name} bearbeiten",template:"Vorlage",no_template:"Keine Vorlage",template_tasks:"F\xFCgt hinzu: {tasks}",zone:"Zone",new_zone:"Neue Zone \u2026",new_zone_name:"Name der neuen Zone",expected_life_years:"Erwartete Lebensdauer (Jahre)",expected_life_hint:"Bleibt das Feld leer, setzt eine Vorlage einen \xFCblichen Wert ein.",submit_add:"Ger\xE4t hinzuf\xFCgen",added:"{name} hinzugef\xFCgt.",saved:"{name} gespeichert.",category:{electrical:"Elektrik",exterior:"Rund ums Haus",general:"Allgemein",hvac:"Heizen und K\xFChlen",kitchen:"K\xFCche",laundry:"W\xE4sche",plumbing:"Sanit\xE4r und Wasser",pool:"Pool und Whirlpool",safety:"Sicherheit",vehicle:"Fahrzeuge",yard:"Hof und Garten"}},task:{add_title:"Aufgabe hinzuf\xFCgen",edit_title:"{name} bearbeiten",asset:"Ger\xE4t",kind:"Wie wiederholt sie sich?",kind_interval:"Alle paar Tage, Wochen, Monate oder Jahre",kind_cron:"Nach Kalendermuster (Cron)",kind_meter:"Nach Nutzung, per Sensor (Stunden, Zyklen, km)",kind_once:"Nur einmal",every:"Alle",unit:"Einheit",unit_days:"Tage",unit_weeks:"Wochen",unit_months:"Monate",unit_years:"Jahre",anchor:"Z\xE4hlen ab",anchor_completion:"der letzten Erledigung",anchor_fixed:"festem Kalender",cron:"Cron-Ausdruck",cron_help:"Minute Stunde Tag-des-Monats Monat Wochentag, z. B. 0 9 1 * * f\xFCr 9:00 Uhr am 1.",preview:"N\xE4chste Termine",preview_loading:"N\xE4chste Termine werden berechnet \u2026",meter_entity:"Sensor",meter_pick:"Sensor w\xE4hlen",meter_none:"Kein numerischer Sensor gefunden.",meter_now:"Aktuell: {value}",meter_since:"Seit der letzten Erledigung: {progress}",meter_every:"Alle (Einheiten des Sensors)",backstop:"Oder sp\xE4testens alle (optional)",first_due:"Erste F\xE4lligkeit",lead_days:"So viele Tage vorher erinnern",priority:"Priorit\xE4t",notes:"Notizen",submit_add:"Aufgabe hinzuf\xFCgen",added:"{name} hinzugef\xFCgt.",saved:"{name} gespeichert.",assignee:"Zugewiesen an",rotate:"Abwechseln (das n\xE4chste Mal ist die n\xE4chste Person dran)",assignee_hint:"Ihre Erinnerungen gehen an ihre Telefone; niemand angehakt hei\xDFt: jeder.",active_months:"Aktive Monate",active_months_hint:"In den anderen Monaten keine Erinnerungen und nichts \xFCberf\xE4llig; keiner angehakt hei\xDFt: ganzj\xE4hrig."},supply:{add_title:"Verbrauchsmaterial hinzuf\xFCgen",edit_title:"{name} bearbeiten",part_number:"Teilenummer",purchase_url:"Bezugsquelle (Link)",quantity:"Vorr\xE4tig",task:"Verwendet von Aufgabe",no_task:"Keine Aufgabe",saved:"{name} gespeichert."},remove:{title:"{name} entfernen?",asset_text:"\u201E{name}\u201C wird mit seinen Aufgaben, seinem Verbrauchsmaterial und seinem Verlauf entfernt. Dies kann nicht r\xFCckg\xE4ngig gemacht werden.",task_text:"\u201E{name}\u201C wird entfernt; ihr Verlauf bleibt beim Ger\xE4t. Dies kann nicht r\xFCckg\xE4ngig gemacht werden.",supply_text:"\u201E{name}\u201C wird entfernt.",confirm:"Entfernen",removed:"{name} entfernt."},gone:{task:"Diese Aufgabe wurde inzwischen entfernt.",asset:"Dieses Ger\xE4t wurde inzwischen entfernt.",capture:"Diese Erfassung wurde inzwischen eingeordnet."},triage:{title:"Diese Erfassung einordnen",outcome:"Daraus machen",outcome_task:"Eine Aufgabe",outcome_log:"Einen Wartungseintrag (erledigte Arbeit)",outcome_note:"Eine Notiz zum Ger\xE4t",name:"Name",action:"Was gemacht wurde",performed_at:"Erledigt am",submit:"Einordnen"},capture:{title:"Etwas erfassen",photo:"Foto aufnehmen oder ausw\xE4hlen",file:"Datei ausw\xE4hlen",record:"Sprachnotiz aufnehmen",stop:"Aufnahme beenden",recording:"Aufnahme \u2026 {time}",discard:"Verwerfen",chosen:"{name} ({size})",recorded:"Sprachnotiz ({time})",text:"Oder eine Notiz tippen",asset:"Betrifft (optional)",submit:"In den Posteingang senden",uploading:"Wird hochgeladen \u2026 {percent} %",sent:"An den Posteingang gesendet.",mic_denied:"Das Mikrofon ist blockiert. Erlaube es f\xFCr diese Seite in den Einstellungen deines Browsers oder w\xE4hle stattdessen eine Aufnahme.",mic_absent:"Auf diesem Ger\xE4t wurde kein Mikrofon gefunden. W\xE4hle stattdessen eine Aufnahme.",mic_unsupported:"Dieser Browser kann hier kein Audio aufnehmen (eine sichere https-Verbindung ist n\xF6tig). W\xE4hle stattdessen eine Aufnahme.",empty:"F\xFCge zuerst ein Foto, eine Aufnahme oder eine Zeile Text hinzu."},pause:{title:"{name} pausieren",resume_title:"{name} fortsetzen",submit:"Pausieren",resume_submit:"Fortsetzen",task_text:"Solange sie pausiert ist, ist diese Aufgabe nie \xFCberf\xE4llig und sendet keine Erinnerungen.",property_text:"Solange das Zuhause pausiert ist (Urlaub, Haus leer), wird keine Aufgabe \xFCberf\xE4llig und es werden keine Erinnerungen gesendet.",until:"Von selbst fortsetzen am (optional)",resume_text:"F\xE4lligkeiten verschieben sich um die Dauer der Pause; Aufgaben nach festem Kalender machen mit ihrem n\xE4chsten Termin weiter.",paused:"{name} pausiert.",resumed:"{name} fortgesetzt."}},error:{generic:"Etwas ist schiefgelaufen: {message}",network:"Der Upload hat Home Assistant nicht erreicht. Pr\xFCfe die Verbindung und versuche es erneut.",too_large:"Diese Datei ist zu gro\xDF f\xFCr Haven (h\xF6chstens 25 MB).",unsupported_type:"Haven akzeptiert nur Fotos (JPEG, PNG, GIF, WebP, HEIC), PDFs f\xFCr Dokumente und Audioaufnahmen.",bad_request:"Home Assistant hat den Upload abgelehnt: {message}",forbidden:"Das darfst du nicht: {message}",number:"Gib eine Zahl ein.",required:"F\xFClle {field} aus.",positive:"Gib eine Zahl gr\xF6\xDFer als null ein.",date:"Gib ein Datum ein.",years:"Gib ganze Jahre von 1 bis 200 ein.",load_asset:"Der Verlauf dieses Ger\xE4ts konnte nicht geladen werden: {message}"},schedule:{every_days:{one:"Jeden Tag",other:"Alle {count} Tage"},every_weeks:{one:"Jede Woche",other:"Alle {count} Wochen"},every_months:{one:"Jeden Monat",other:"Alle {count} Monate"},every_years:{one:"Jedes Jahr",other:"Alle {count} Jahre"},from_completion:"{every}, gez\xE4hlt ab der letzten Erledigung",fixed:"{every}, nach festem Kalender",cron_daily:"Jeden Tag um {time}",cron_weekly:"Jeden {days} um {time}",cron_monthly:"Um {time} am {day}. jedes Monats",cron_yearly:"Jedes Jahr am {day}. {month} um {time}",cron_custom:"Nach dem Muster {cron}",meter:{one:"Alle {count} Einheit von {sensor}",other:"Alle {count} Einheiten von {sensor}"},meter_backstop:"{meter} oder {backstop}, je nachdem, was zuerst eintritt",once:"Einmalig"},card:{overview_name:"Haven-\xDCbersicht",overview_description:"Zustand des Hauses, die jetzt f\xE4lligen Aufgaben mit \u201EErledigt\u201C und \u201EVerschieben\u201C sowie die letzten Arbeiten.",asset_name:"Haven-Ger\xE4t",asset_description:"Die Aufgaben eines Ger\xE4ts und ihr Status, mit Schaltfl\xE4chen \u201EErledigt\u201C.",capture_name:"Haven-Erfassung",capture_description:"Ein Foto, eine Sprachnotiz oder eine Notiz in Havens Posteingang erfassen.",all_caught_up:"Alles erledigt.",open_panel:"Haven \xF6ffnen",pick_asset:"W\xE4hle in den Einstellungen der Karte ein Ger\xE4t.",capture_prompt:"Etwas bemerkt? Erfasse es.",show_recent:"Letzte Arbeiten anzeigen",max_tasks:"H\xF6chstens so viele Aufgaben anzeigen",title:"Titel",no_properties:"Kein Haven-Zuhause ist geladen.",more:{one:"\u2026 und {count} weiteres",other:"\u2026 und {count} weitere"}}};var V5={common:{haven:"Haven",cancel:"Cancelar",save:"Guardar",close:"Cerrar",remove:"Eliminar",edit:"Editar",add:"A\xF1adir",back:"Atr\xE1s",retry:"Reintentar",loading:"Cargando\u2026",none:"Ninguno",optional:"opcional",name:"Nombre",notes:"Notas",cost:"Coste",search:"Buscar tareas",all_zones:"Todas las zonas",all_assets:"Todos los equipos",everyone:"Todos",no_zone:"Sin zona",house_wide:"Toda la casa",no_asset:"Sin equipo (toda la casa)",reconnecting:"Conexi\xF3n perdida; reconectando\u2026",connecting:"Conectando con Haven\u2026",not_loaded:"Haven a\xFAn no tiene ninguna vivienda cargada. A\xF1ade una en Ajustes \u2192 Dispositivos y servicios.",property:"Vivienda",show_more:{one:"Mostrar {count} m\xE1s",many:"Mostrar {count} m\xE1s",other:"Mostrar {count} m\xE1s"},more_actions:"M\xE1s acciones para {name}",by:"por {name}",someone:"alguien"},count:{tasks:{one:"{count} tarea",many:"{count} tareas",other:"{count} tareas"},assets:{one:"{count} equipo",many:"{count} equipos",other:"{count} equipos"},items:{one:"{count} elemento",many:"{count} elementos",other:"{count} elementos"},overdue:{one:"{count} con retraso",many:"{count} con retraso",other:"{count} con retraso"},due_soon:{one:"{count} vence pronto",many:"{count} vencen pronto",other:"{count} vencen pronto"}},status:{overdue:"Con retraso",due_soon:"Vence pronto",ok:"Pr\xF3ximamente",unscheduled:"Sin programar",done:"Hecho",snoozed:"Aplazada hasta el {date}",paused:"En pausa"},nav:{home:"Inicio",inbox:"Bandeja de entrada",inbox_count:"Bandeja de entrada ({count})",capture:"Capturar algo",add_asset:"A\xF1adir equipo",add_task:"A\xF1adir tarea",log_work:"Registrar trabajo",switch_property:"Vivienda"},home:{health:"Salud de la casa",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Gastado este a\xF1o",budget_of:"de {budget}",budget_left:"Quedan {amount}",over_budget:"{amount} por encima del presupuesto",open_inbox:"Capturas abiertas",overdue:"Con retraso",due_soon:"Vence pronto",upcoming:"Pr\xF3ximamente",nothing_due:"No hay nada atrasado ni que venza pronto. \xA1Bien hecho!",no_tasks:"Ninguna tarea coincide.",no_tasks_yet:"A\xFAn no hay tareas. A\xF1ade un equipo a partir de una plantilla para tener su mantenimiento habitual.",recent_work:"Trabajo reciente",no_recent_work:"A\xFAn no hay nada registrado.",group_by:"Agrupar por",group_zone:"Zona",group_asset:"Equipo",filter_zone:"Zona",filter_asset:"Equipo",filter_assignee:"Asignada a",filters:"Filtros",clear_filters:"Borrar filtros",expand:"Mostrar las tareas de {name}",collapse:"Ocultar las tareas de {name}",results:{one:"{count} tarea coincide",many:"{count} tareas coinciden",other:"{count} tareas coinciden"},pause:"Pausar la casa",resume:"Reanudar la casa",paused_text:"La casa est\xE1 en pausa: nada se atrasa y no se env\xEDan recordatorios hasta que se reanude.",paused_until:"La casa est\xE1 en pausa hasta el {date}: hasta entonces, nada se atrasa y no se env\xEDan recordatorios."},task:{done:"Hecho",snooze:"Aplazar",skip:"Omitir",edit:"Editar tarea",remove:"Eliminar tarea",due:"Vencimiento: {when}",due_on:"Vencimiento: {date}",last_done:"\xDAltima vez: {when}",never_done:"Nunca hecha",meter_progress:"{value} de {every} {unit}",priority:"Prioridad",priority_0:"Baja",priority_1:"Normal",priority_2:"Alta",priority_3:"Urgente",mark_done:"Marcar {name} como hecha",snooze_named:"Aplazar {name}",assigned:"Asignada a {names}",rotates:"Por turnos: la pr\xF3xima vez le toca a la siguiente persona.",season:"Activa: {months}",paused:"En pausa hasta que se reanude",paused_until:"En pausa hasta el {date}",pause:"Pausar",resume:"Reanudar"},log:{completed:"Hecho",skipped:"Omitida",snoozed:"Aplazada",manual:"Registrado",note:"Nota",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Este equipo ya no existe.",details:"Detalles",manufacturer:"Fabricante",model:"Modelo",serial_number:"N\xFAmero de serie",installed_on:"Instalado el",zone:"Zona",template:"Plantilla",warranty_until:"Garant\xEDa hasta",warranty_days_left:{one:"{date} (queda {count} d\xEDa)",many:"{date} (quedan {count} d\xEDas)",other:"{date} (quedan {count} d\xEDas)"},warranty_ended:"Termin\xF3 el {date}",expected_life:"Vida \xFAtil prevista",expected_life_until:{one:"{count} a\xF1o, hasta el {date}",many:"{count} a\xF1os, hasta el {date}",other:"{count} a\xF1os, hasta el {date}"},expected_life_years:{one:"{count} a\xF1o",many:"{count} a\xF1os",other:"{count} a\xF1os"},notes:"Notas",tasks:"Tareas",no_tasks:"Este equipo a\xFAn no tiene tareas.",history:"Historial",no_history:"A\xFAn no hay nada registrado para este equipo.",total_cost:"Coste total",cost_this_year:"Este a\xF1o",supplies:"Consumibles",no_supplies:"Sin consumibles.",quantity:"En existencias: {count}",quantity_unknown:"Existencias sin contar",buy:"Comprar {name}",part:"Referencia {number}",documents:"Documentos",no_documents:"A\xFAn no hay manuales ni recibos.",attach:"Adjuntar un PDF o una foto",attaching:"Subiendo {name}\u2026",attached:"Se ha adjuntado {name}.",captures:"Capturas sobre \xE9l",edit:"Editar equipo",remove:"Eliminar equipo",add_supply:"A\xF1adir consumible",edit_supply:"Editar {name}",overdue:"Necesita atenci\xF3n",open:"Abrir {name}",loading_details:"Cargando el historial y los documentos\u2026",past_life:"Ha superado su vida \xFAtil prevista",remove_supply:"Eliminar {name}"},inbox:{title:"Bandeja de entrada",empty:"No hay nada pendiente. Las capturas que hagas con el bot\xF3n + llegan aqu\xED.",status_PENDING:"En espera",status_PROCESSING:"Procesando\u2026",status_PROCESSED:"Interpretada",status_FAILED:"Fallida",transcript:"Lo que se dijo",understood:"Lo que se ha entendido",suggested:"Sugerencia: {task}",suggested_asset:"Sobre: {asset}",triage:"Archivar",dismiss:"Descartar",retry:"Volver a intentarlo",from:"De {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Nota de voz",dismissed:"Captura descartada.",filed:"Captura archivada."},dialog:{complete:{title:"Marcar como hecha: {name}",performed_at:"Hecha el",notes:"Notas",cost:"Coste ({currency})",submit:"Marcar como hecha",done:"Hecho: {name}. Pr\xF3ximo vencimiento: {when}."},snooze:{title:"Aplazar: {name}",how_long:"Aplazar durante",one_day:"1 d\xEDa",one_week:"1 semana",until_date:"Hasta una fecha",date:"Fecha",submit:"Aplazar",done:"Se ha aplazado {name} hasta {when}."},skip:{title:"Omitir: {name}",text:"\xBFOmitir esta vez \xAB{name}\xBB? Pasa a su pr\xF3xima fecha de vencimiento y se registra la omisi\xF3n.",submit:"Omitir",done:"Se ha omitido {name}. Pr\xF3ximo vencimiento: {when}."},log:{title:"Registrar trabajo",asset:"Equipo",action:"Qu\xE9 se hizo",submit:"Registrar",done:"Registrado."},asset:{add_title:"A\xF1adir un equipo",edit_title:"Editar {name}",template:"Plantilla",no_template:"Sin plantilla",template_tasks:"A\xF1ade: {tasks}",zone:"Zona",new_zone:"Zona nueva\u2026",new_zone_name:"Nombre de la zona nueva",expected_life_years:"Vida \xFAtil prevista (a\xF1os)",expected_life_hint:"Si lo dejas vac\xEDo, una plantilla pone un valor habitual.",submit_add:"A\xF1adir equipo",added:"Se ha a\xF1adido {name}.",saved:"Se ha guardado {name}.",category:{electrical:"Electricidad",exterior:"Exterior de la casa",general:"General",hvac:"Calefacci\xF3n y refrigeraci\xF3n",kitchen:"Cocina",laundry:"Lavander\xEDa",plumbing:"Fontaner\xEDa y agua",pool:"Piscina y spa",safety:"Seguridad",vehicle:"Veh\xEDculos",yard:"Jard\xEDn y exteriores"}},task:{add_title:"A\xF1adir una tarea",edit_title:"Editar {name}",asset:"Equipo",kind:"\xBFC\xF3mo se repite?",kind_interval:"Cada tantos d\xEDas, semanas, meses o a\xF1os",kind_cron:"Seg\xFAn un patr\xF3n de calendario (cron)",kind_meter:"Seg\xFAn el uso, a partir de un sensor (horas, ciclos, km)",kind_once:"Solo una vez",every:"Cada",unit:"Unidad",unit_days:"d\xEDas",unit_weeks:"semanas",unit_months:"meses",unit_years:"a\xF1os",anchor:"Contar desde",anchor_completion:"la \xFAltima vez que se hizo",anchor_fixed:"un calendario fijo",cron:"Expresi\xF3n cron",cron_help:"minuto hora d\xEDa-del-mes mes d\xEDa-de-la-semana, p. ej., 0 9 1 * * para las 9:00 del d\xEDa 1",preview:"Pr\xF3ximas fechas",preview_loading:"Calculando las pr\xF3ximas fechas\u2026",meter_entity:"Sensor",meter_pick:"Elige un sensor",meter_none:"No se ha encontrado ning\xFAn sensor num\xE9rico.",meter_now:"Ahora: {value}",meter_since:"Desde la \xFAltima vez que se hizo: {progress}",meter_every:"Cada (unidades del sensor)",backstop:"O como muy tarde cada (opcional)",first_due:"Primer vencimiento",lead_days:"Avisar con estos d\xEDas de antelaci\xF3n",priority:"Prioridad",notes:"Notas",submit_add:"A\xF1adir tarea",added:"Se ha a\xF1adido {name}.",saved:"Se ha guardado {name}.",assignee:"Asignada a",rotate:"Por turnos (la pr\xF3xima vez le toca a la siguiente persona)",assignee_hint:"Sus recordatorios van a sus tel\xE9fonos; si no marcas a nadie, cualquiera.",active_months:"Meses activos",active_months_hint:"Sin recordatorios y nada atrasado en los dem\xE1s meses; si no marcas ninguno, todo el a\xF1o."},supply:{add_title:"A\xF1adir un consumible",edit_title:"Editar {name}",part_number:"Referencia",purchase_url:"D\xF3nde comprarlo (enlace)",quantity:"En existencias",task:"Lo usa la tarea",no_task:"Sin tarea",saved:"Se ha guardado {name}."},remove:{title:"\xBFEliminar {name}?",asset_text:"Se eliminan \xAB{name}\xBB y sus tareas, consumibles e historial. Esto no se puede deshacer.",task_text:"Se elimina \xAB{name}\xBB; su historial se queda con el equipo. Esto no se puede deshacer.",supply_text:"Se elimina \xAB{name}\xBB.",confirm:"Eliminar",removed:"Se ha eliminado {name}."},gone:{task:"Esta tarea se ha eliminado mientras tanto.",asset:"Este equipo se ha eliminado mientras tanto.",capture:"Esta captura se ha archivado mientras tanto."},triage:{title:"Archivar esta captura",outcome:"Convertirla en",outcome_task:"Una tarea",outcome_log:"Una entrada del historial (trabajo hecho)",outcome_note:"Una nota en el equipo",name:"Nombre",action:"Qu\xE9 se hizo",performed_at:"Hecha el",submit:"Archivar"},capture:{title:"Capturar algo",photo:"Hacer o elegir una foto",file:"Elegir un archivo",record:"Grabar una nota de voz",stop:"Detener la grabaci\xF3n",recording:"Grabando\u2026 {time}",discard:"Descartar",chosen:"{name} ({size})",recorded:"Nota de voz ({time})",text:"O escribe una nota",asset:"Sobre (opcional)",submit:"Enviar a la bandeja de entrada",uploading:"Subiendo\u2026 {percent} %",sent:"Enviado a la bandeja de entrada.",mic_denied:"El micr\xF3fono est\xE1 bloqueado. Perm\xEDtelo para este sitio en los ajustes del navegador, o elige una grabaci\xF3n.",mic_absent:"No se ha encontrado ning\xFAn micr\xF3fono en este dispositivo. Elige una grabaci\xF3n.",mic_unsupported:"Este navegador no puede grabar audio aqu\xED (hace falta una conexi\xF3n https segura). Elige una grabaci\xF3n.",empty:"Primero a\xF1ade una foto, una grabaci\xF3n o una l\xEDnea de texto."},pause:{title:"Pausar {name}",resume_title:"Reanudar {name}",submit:"Pausar",resume_submit:"Reanudar",task_text:"Mientras est\xE1 en pausa, esta tarea nunca se atrasa y no env\xEDa recordatorios.",property_text:"Mientras la casa est\xE1 en pausa (unas vacaciones, la casa vac\xEDa), ninguna tarea se atrasa y no se env\xEDan recordatorios.",until:"Reanudar autom\xE1ticamente el (opcional)",resume_text:"Los vencimientos se desplazan el tiempo que estuvo en pausa; las tareas con un calendario fijo siguen con su siguiente fecha.",paused:"Se ha pausado {name}.",resumed:"Se ha reanudado {name}."}},error:{generic:"Algo ha fallado: {message}",network:"La subida no ha llegado a Home Assistant. Comprueba la conexi\xF3n y vuelve a intentarlo.",too_large:"Este archivo es demasiado grande para Haven (25 MB como m\xE1ximo).",unsupported_type:"Haven solo acepta fotos (JPEG, PNG, GIF, WebP, HEIC), PDF para documentos y grabaciones de audio.",bad_request:"Home Assistant ha rechazado la subida: {message}",forbidden:"No tienes permiso para hacer esto: {message}",number:"Introduce un n\xFAmero.",required:"Rellena {field}.",positive:"Introduce un n\xFAmero mayor que cero.",date:"Introduce una fecha.",years:"Introduce a\xF1os enteros, de 1 a 200.",load_asset:"No se ha podido cargar el historial de este equipo: {message}"},schedule:{every_days:{one:"Cada d\xEDa",many:"Cada {count} d\xEDas",other:"Cada {count} d\xEDas"},every_weeks:{one:"Cada semana",many:"Cada {count} semanas",other:"Cada {count} semanas"},every_months:{one:"Cada mes",many:"Cada {count} meses",other:"Cada {count} meses"},every_years:{one:"Cada a\xF1o",many:"Cada {count} a\xF1os",other:"Cada {count} a\xF1os"},from_completion:"{every}, contando desde la \xFAltima vez que se hizo",fixed:"{every}, seg\xFAn un calendario fijo",cron_daily:"Cada d\xEDa a las {time}",cron_weekly:"Cada {days} a las {time}",cron_monthly:"A las {time} el d\xEDa {day} de cada mes",cron_yearly:"Cada a\xF1o el {day} de {month} a las {time}",cron_custom:"Seg\xFAn el patr\xF3n {cron}",meter:{one:"Cada {count} unidad de {sensor}",many:"Cada {count} unidades de {sensor}",other:"Cada {count} unidades de {sensor}"},meter_backstop:"{meter}, o {backstop}, lo que ocurra primero",once:"Una vez"},card:{overview_name:"Resumen de Haven",overview_description:"Salud de la casa, las tareas que tocan ahora con Hecho y Aplazar, y el trabajo reciente.",asset_name:"Equipo de Haven",asset_description:"Las tareas de un equipo y su estado, con botones Hecho.",capture_name:"Captura de Haven",capture_description:"Captura una foto, una nota de voz o una nota en la bandeja de entrada de Haven.",all_caught_up:"Todo al d\xEDa.",open_panel:"Abrir Haven",pick_asset:"Elige un equipo en los ajustes de la tarjeta.",capture_prompt:"\xBFHas notado algo? Capt\xFAralo.",show_recent:"Mostrar el trabajo reciente",max_tasks:"N\xFAmero m\xE1ximo de tareas que mostrar",title:"T\xEDtulo",no_properties:"No hay ninguna vivienda de Haven cargada.",more:{one:"\u2026y {count} m\xE1s",many:"\u2026y {count} m\xE1s",other:"\u2026y {count} m\xE1s"}}};var e5={common:{haven:"Haven",cancel:"Annuler",save:"Enregistrer",close:"Fermer",remove:"Supprimer",edit:"Modifier",add:"Ajouter",back:"Retour",retry:"R\xE9essayer",loading:"Chargement\u2026",none:"Aucun",optional:"facultatif",name:"Nom",notes:"Notes",cost:"Co\xFBt",search:"Rechercher des t\xE2ches",all_zones:"Toutes les zones",all_assets:"Tous les \xE9quipements",everyone:"Tout le monde",no_zone:"Aucune zone",house_wide:"Toute la maison",no_asset:"Aucun \xE9quipement (toute la maison)",reconnecting:"Connexion perdue \u2014 reconnexion\u2026",connecting:"Connexion \xE0 Haven\u2026",not_loaded:"Haven n'a encore aucun logement charg\xE9. Ajoutez-en un dans Param\xE8tres \u2192 Appareils et services.",property:"Logement",show_more:{one:"Afficher {count} de plus",many:"Afficher {count} de plus",other:"Afficher {count} de plus"},more_actions:"Plus d'actions pour {name}",by:"par {name}",someone:"quelqu'un"},count:{tasks:{one:"{count} t\xE2che",many:"{count} t\xE2ches",other:"{count} t\xE2ches"},assets:{one:"{count} \xE9quipement",many:"{count} \xE9quipements",other:"{count} \xE9quipements"},items:{one:"{count} \xE9l\xE9ment",many:"{count} \xE9l\xE9ments",other:"{count} \xE9l\xE9ments"},overdue:{one:"{count} en retard",many:"{count} en retard",other:"{count} en retard"},due_soon:{one:"{count} bient\xF4t \xE0 faire",many:"{count} bient\xF4t \xE0 faire",other:"{count} bient\xF4t \xE0 faire"}},status:{overdue:"En retard",due_soon:"Bient\xF4t \xE0 faire",ok:"\xC0 venir",unscheduled:"Non planifi\xE9e",done:"Fait",snoozed:"Report\xE9e au {date}",paused:"En pause"},nav:{home:"Accueil",inbox:"Bo\xEEte de r\xE9ception",inbox_count:"Bo\xEEte de r\xE9ception ({count})",capture:"Capturer quelque chose",add_asset:"Ajouter un \xE9quipement",add_task:"Ajouter une t\xE2che",log_work:"Enregistrer un travail",switch_property:"Logement"},home:{health:"\xC9tat de la maison",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"D\xE9pens\xE9 cette ann\xE9e",budget_of:"sur {budget}",budget_left:"Reste {amount}",over_budget:"{amount} au-del\xE0 du budget",open_inbox:"Captures en attente",overdue:"En retard",due_soon:"Bient\xF4t \xE0 faire",upcoming:"\xC0 venir",nothing_due:"Rien n'est en retard ni bient\xF4t \xE0 faire. Bravo !",no_tasks:"Aucune t\xE2che ne correspond.",no_tasks_yet:"Aucune t\xE2che pour l'instant. Ajoutez un \xE9quipement \xE0 partir d'un mod\xE8le pr\xE9d\xE9fini pour obtenir son entretien habituel.",recent_work:"Travaux r\xE9cents",no_recent_work:"Rien n'a encore \xE9t\xE9 enregistr\xE9.",group_by:"Regrouper par",group_zone:"Zone",group_asset:"\xC9quipement",filter_zone:"Zone",filter_asset:"\xC9quipement",filter_assignee:"Assign\xE9e \xE0",filters:"Filtres",clear_filters:"Effacer les filtres",expand:"Afficher les t\xE2ches de {name}",collapse:"Masquer les t\xE2ches de {name}",results:{one:"{count} t\xE2che correspond",many:"{count} t\xE2ches correspondent",other:"{count} t\xE2ches correspondent"},pause:"Mettre la maison en pause",resume:"Reprendre la maison",paused_text:"La maison est en pause : rien ne passe en retard et aucun rappel n'est envoy\xE9 jusqu'\xE0 la reprise.",paused_until:"La maison est en pause jusqu'au {date} : d'ici l\xE0, rien ne passe en retard et aucun rappel n'est envoy\xE9."},task:{done:"Fait",snooze:"Reporter",skip:"Sauter",edit:"Modifier la t\xE2che",remove:"Supprimer la t\xE2che",due:"\xC9ch\xE9ance : {when}",due_on:"\xC9ch\xE9ance le {date}",last_done:"Derni\xE8re fois : {when}",never_done:"Jamais faite",meter_progress:"{value} sur {every} {unit}",priority:"Priorit\xE9",priority_0:"Basse",priority_1:"Normale",priority_2:"Haute",priority_3:"Urgente",mark_done:"Marquer {name} comme fait",snooze_named:"Reporter {name}",assigned:"Assign\xE9e \xE0 {names}",rotates:"\xC0 tour de r\xF4le : la prochaine fois revient \xE0 la personne suivante.",season:"Active : {months}",paused:"En pause jusqu'\xE0 la reprise",paused_until:"En pause jusqu'au {date}",pause:"Mettre en pause",resume:"Reprendre"},log:{completed:"Fait",skipped:"Saut\xE9e",snoozed:"Report\xE9e",manual:"Enregistr\xE9",note:"Note",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Cet \xE9quipement n'existe plus.",details:"D\xE9tails",manufacturer:"Fabricant",model:"Mod\xE8le",serial_number:"Num\xE9ro de s\xE9rie",installed_on:"Install\xE9 le",zone:"Zone",template:"Mod\xE8le pr\xE9d\xE9fini",warranty_until:"Garantie jusqu'au",warranty_days_left:{one:"{date} (encore {count} jour)",many:"{date} (encore {count} jours)",other:"{date} (encore {count} jours)"},warranty_ended:"Termin\xE9e le {date}",expected_life:"Dur\xE9e de vie pr\xE9vue",expected_life_until:{one:"{count} an, jusqu'au {date}",many:"{count} ans, jusqu'au {date}",other:"{count} ans, jusqu'au {date}"},expected_life_years:{one:"{count} an",many:"{count} ans",other:"{count} ans"},notes:"Notes",tasks:"T\xE2ches",no_tasks:"Aucune t\xE2che pour cet \xE9quipement pour l'instant.",history:"Historique",no_history:"Rien n'a encore \xE9t\xE9 enregistr\xE9 pour cet \xE9quipement.",total_cost:"Co\xFBt total",cost_this_year:"Cette ann\xE9e",supplies:"Consommables",no_supplies:"Aucun consommable.",quantity:"En stock : {count}",quantity_unknown:"Stock non compt\xE9",buy:"Acheter {name}",part:"R\xE9f. {number}",documents:"Documents",no_documents:"Aucun manuel ni re\xE7u pour l'instant.",attach:"Joindre un PDF ou une photo",attaching:"Envoi de {name}\u2026",attached:"{name} joint.",captures:"Captures le concernant",edit:"Modifier l'\xE9quipement",remove:"Supprimer l'\xE9quipement",add_supply:"Ajouter un consommable",edit_supply:"Modifier {name}",overdue:"Demande de l'attention",open:"Ouvrir {name}",loading_details:"Chargement de l'historique et des documents\u2026",past_life:"Au-del\xE0 de sa dur\xE9e de vie pr\xE9vue",remove_supply:"Supprimer {name}"},inbox:{title:"Bo\xEEte de r\xE9ception",empty:"Rien en attente. Ce que vous capturez avec le bouton + arrive ici.",status_PENDING:"En attente",status_PROCESSING:"Traitement\u2026",status_PROCESSED:"Compris",status_FAILED:"\xC9chec",transcript:"Ce qui a \xE9t\xE9 dit",understood:"Ce qui a \xE9t\xE9 compris",suggested:"Suggestion : {task}",suggested_asset:"Concerne : {asset}",triage:"Classer",dismiss:"Ignorer",retry:"R\xE9essayer",from:"De {who}, {when}",photo_of:"Photo : {summary}",voice_memo:"M\xE9mo vocal",dismissed:"Capture ignor\xE9e.",filed:"Capture class\xE9e."},dialog:{complete:{title:"Marquer comme fait : {name}",performed_at:"Fait le",notes:"Notes",cost:"Co\xFBt ({currency})",submit:"Marquer comme fait",done:"{name} : fait. Prochaine \xE9ch\xE9ance {when}."},snooze:{title:"Reporter : {name}",how_long:"Reporter de",one_day:"1 jour",one_week:"1 semaine",until_date:"Jusqu'\xE0 une date",date:"Date",submit:"Reporter",done:"{name} report\xE9 : nouvelle \xE9ch\xE9ance {when}."},skip:{title:"Sauter : {name}",text:"Sauter cette occurrence de \xAB {name} \xBB ? La t\xE2che passe \xE0 sa prochaine \xE9ch\xE9ance et le saut est enregistr\xE9.",submit:"Sauter",done:"{name} : saut\xE9e. Prochaine \xE9ch\xE9ance {when}."},log:{title:"Enregistrer un travail",asset:"\xC9quipement",action:"Ce qui a \xE9t\xE9 fait",submit:"Enregistrer",done:"Enregistr\xE9."},asset:{add_title:"Ajouter un \xE9quipement",edit_title:"Modifier {name}",template:"Mod\xE8le pr\xE9d\xE9fini",no_template:"Aucun mod\xE8le",template_tasks:"Ajoute : {tasks}",zone:"Zone",new_zone:"Nouvelle zone\u2026",new_zone_name:"Nom de la nouvelle zone",expected_life_years:"Dur\xE9e de vie pr\xE9vue (ann\xE9es)",expected_life_hint:"Si vide, un mod\xE8le pr\xE9d\xE9fini indique une valeur habituelle.",submit_add:"Ajouter un \xE9quipement",added:"{name} ajout\xE9.",saved:"{name} enregistr\xE9.",category:{electrical:"\xC9lectricit\xE9",exterior:"Ext\xE9rieur de la maison",general:"G\xE9n\xE9ral",hvac:"Chauffage et climatisation",kitchen:"Cuisine",laundry:"Buanderie",plumbing:"Plomberie et eau",pool:"Piscine et spa",safety:"S\xE9curit\xE9",vehicle:"V\xE9hicules",yard:"Jardin et ext\xE9rieurs"}},task:{add_title:"Ajouter une t\xE2che",edit_title:"Modifier {name}",asset:"\xC9quipement",kind:"\xC0 quelle fr\xE9quence se r\xE9p\xE8te-t-elle ?",kind_interval:"Tous les quelques jours, semaines, mois ou ann\xE9es",kind_cron:"Selon un motif de calendrier (cron)",kind_meter:"Selon l'utilisation, d'apr\xE8s un capteur (heures, cycles, km)",kind_once:"Une seule fois",every:"Tous les",unit:"Unit\xE9",unit_days:"jours",unit_weeks:"semaines",unit_months:"mois",unit_years:"ans",anchor:"Compter \xE0 partir de",anchor_completion:"la derni\xE8re r\xE9alisation",anchor_fixed:"un calendrier fixe",cron:"Expression cron",cron_help:"minute heure jour-du-mois mois jour-de-la-semaine, par ex. 0 9 1 * * pour 9 h 00 le 1er",preview:"Prochaines dates",preview_loading:"Calcul des prochaines dates\u2026",meter_entity:"Capteur",meter_pick:"Choisir un capteur",meter_none:"Aucun capteur num\xE9rique trouv\xE9.",meter_now:"Actuellement : {value}",meter_since:"Depuis la derni\xE8re r\xE9alisation : {progress}",meter_every:"Tous les (unit\xE9s du capteur)",backstop:"Ou au plus tard tous les (facultatif)",first_due:"Premi\xE8re \xE9ch\xE9ance",lead_days:"Rappeler ce nombre de jours avant",priority:"Priorit\xE9",notes:"Notes",submit_add:"Ajouter une t\xE2che",added:"{name} ajout\xE9.",saved:"{name} enregistr\xE9.",assignee:"Assign\xE9e \xE0",rotate:"\xC0 tour de r\xF4le (la prochaine fois revient \xE0 la personne suivante)",assignee_hint:"Leurs rappels sont envoy\xE9s sur leur t\xE9l\xE9phone ; si personne n'est coch\xE9, n'importe qui.",active_months:"Mois actifs",active_months_hint:"Pas de rappels ni de retard les autres mois ; si aucun mois n'est coch\xE9, toute l'ann\xE9e."},supply:{add_title:"Ajouter un consommable",edit_title:"Modifier {name}",part_number:"R\xE9f\xE9rence",purchase_url:"O\xF9 l'acheter (lien)",quantity:"En stock",task:"Utilis\xE9 par la t\xE2che",no_task:"Aucune t\xE2che",saved:"{name} enregistr\xE9."},remove:{title:"Supprimer {name} ?",asset_text:"\xAB {name} \xBB et ses t\xE2ches, consommables et historique sont supprim\xE9s. Cette action est irr\xE9versible.",task_text:"\xAB {name} \xBB est supprim\xE9e ; son historique reste avec l'\xE9quipement. Cette action est irr\xE9versible.",supply_text:"\xAB {name} \xBB est supprim\xE9.",confirm:"Supprimer",removed:"{name} supprim\xE9."},gone:{task:"Cette t\xE2che a \xE9t\xE9 supprim\xE9e entre-temps.",asset:"Cet \xE9quipement a \xE9t\xE9 supprim\xE9 entre-temps.",capture:"Cette capture a \xE9t\xE9 class\xE9e entre-temps."},triage:{title:"Classer cette capture",outcome:"En faire",outcome_task:"Une t\xE2che",outcome_log:"Une entr\xE9e de journal (travail effectu\xE9)",outcome_note:"Une note sur l'\xE9quipement",name:"Nom",action:"Ce qui a \xE9t\xE9 fait",performed_at:"Fait le",submit:"Classer"},capture:{title:"Capturer quelque chose",photo:"Prendre ou choisir une photo",file:"Choisir un fichier",record:"Enregistrer un m\xE9mo vocal",stop:"Arr\xEAter l'enregistrement",recording:"Enregistrement\u2026 {time}",discard:"Abandonner",chosen:"{name} ({size})",recorded:"M\xE9mo vocal ({time})",text:"Ou saisissez une note",asset:"Concerne (facultatif)",submit:"Envoyer dans la bo\xEEte de r\xE9ception",uploading:"Envoi\u2026 {percent} %",sent:"Envoy\xE9 dans la bo\xEEte de r\xE9ception.",mic_denied:"Le microphone est bloqu\xE9. Autorisez-le pour ce site dans les param\xE8tres de votre navigateur, ou choisissez plut\xF4t un enregistrement.",mic_absent:"Aucun microphone n'a \xE9t\xE9 trouv\xE9 sur cet appareil. Choisissez plut\xF4t un enregistrement.",mic_unsupported:"Ce navigateur ne peut pas enregistrer de son ici (une connexion https s\xE9curis\xE9e est n\xE9cessaire). Choisissez plut\xF4t un enregistrement.",empty:"Ajoutez d'abord une photo, un enregistrement ou une ligne de texte."},pause:{title:"Mettre {name} en pause",resume_title:"Reprendre {name}",submit:"Mettre en pause",resume_submit:"Reprendre",task_text:"Tant qu'elle est en pause, cette t\xE2che n'est jamais en retard et n'envoie aucun rappel.",property_text:"Tant que la maison est en pause (des vacances, la maison vide), aucune t\xE2che ne passe en retard et aucun rappel n'est envoy\xE9.",until:"Reprendre automatiquement le (facultatif)",resume_text:"Les \xE9ch\xE9ances sont d\xE9cal\xE9es de la dur\xE9e de la pause ; les t\xE2ches selon un calendrier fixe reprennent \xE0 leur prochaine date.",paused:"{name} mis en pause.",resumed:"{name} repris."}},error:{generic:"Une erreur s'est produite : {message}",network:"L'envoi n'a pas atteint Home Assistant. V\xE9rifiez la connexion et r\xE9essayez.",too_large:"Ce fichier est trop volumineux pour Haven (25 Mo au maximum).",unsupported_type:"Haven n'accepte que les photos (JPEG, PNG, GIF, WebP, HEIC), les PDF pour les documents et les enregistrements audio.",bad_request:"Home Assistant a refus\xE9 l'envoi : {message}",forbidden:"Vous n'\xEAtes pas autoris\xE9 \xE0 faire cela : {message}",number:"Saisissez un nombre.",required:"Renseignez {field}.",positive:"Saisissez un nombre sup\xE9rieur \xE0 z\xE9ro.",date:"Saisissez une date.",years:"Saisissez un nombre entier d'ann\xE9es de 1 \xE0 200.",load_asset:"Impossible de charger l'historique de cet \xE9quipement : {message}"},schedule:{every_days:{one:"Tous les jours",many:"Tous les {count} jours",other:"Tous les {count} jours"},every_weeks:{one:"Toutes les semaines",many:"Toutes les {count} semaines",other:"Toutes les {count} semaines"},every_months:{one:"Tous les mois",many:"Tous les {count} mois",other:"Tous les {count} mois"},every_years:{one:"Tous les ans",many:"Tous les {count} ans",other:"Tous les {count} ans"},from_completion:"{every}, compt\xE9 \xE0 partir de la derni\xE8re r\xE9alisation",fixed:"{every}, selon un calendrier fixe",cron_daily:"Tous les jours \xE0 {time}",cron_weekly:"Chaque {days} \xE0 {time}",cron_monthly:"\xC0 {time} le {day} de chaque mois",cron_yearly:"Chaque ann\xE9e le {day} {month} \xE0 {time}",cron_custom:"Selon le motif {cron}",meter:{one:"Toutes les {count} unit\xE9 de {sensor}",many:"Toutes les {count} unit\xE9s de {sensor}",other:"Toutes les {count} unit\xE9s de {sensor}"},meter_backstop:"{meter}, ou {backstop}, au premier des deux termes",once:"Une fois"},card:{overview_name:"Vue d'ensemble Haven",overview_description:"L'\xE9tat de la maison, les t\xE2ches \xE0 faire maintenant avec Fait et Reporter, et les travaux r\xE9cents.",asset_name:"\xC9quipement Haven",asset_description:"Les t\xE2ches d'un \xE9quipement et leur \xE9tat, avec des boutons Fait.",capture_name:"Capture Haven",capture_description:"Capturer une photo, un m\xE9mo vocal ou une note dans la bo\xEEte de r\xE9ception de Haven.",all_caught_up:"Tout est \xE0 jour.",open_panel:"Ouvrir Haven",pick_asset:"Choisissez un \xE9quipement dans les param\xE8tres de la carte.",capture_prompt:"Vous avez remarqu\xE9 quelque chose ? Capturez-le.",show_recent:"Afficher les travaux r\xE9cents",max_tasks:"Nombre maximal de t\xE2ches \xE0 afficher",title:"Titre",no_properties:"Aucun logement Haven n'est charg\xE9.",more:{one:"\u2026et {count} de plus",many:"\u2026et {count} de plus",other:"\u2026et {count} de plus"}}};var L5={common:{haven:"Haven",cancel:"Annulla",save:"Salva",close:"Chiudi",remove:"Rimuovi",edit:"Modifica",add:"Aggiungi",back:"Indietro",retry:"Riprova",loading:"Caricamento\u2026",none:"Nessuno",optional:"facoltativo",name:"Nome",notes:"Note",cost:"Costo",search:"Cerca attivit\xE0",all_zones:"Tutte le zone",all_assets:"Tutti gli elementi",everyone:"Tutti",no_zone:"Nessuna zona",house_wide:"Tutta la casa",no_asset:"Nessun elemento (tutta la casa)",reconnecting:"Connessione persa, riconnessione in corso\u2026",connecting:"Connessione a Haven\u2026",not_loaded:"Haven non ha ancora nessuna abitazione caricata. Aggiungine una in Impostazioni \u2192 Dispositivi e servizi.",property:"Abitazione",show_more:{one:"Mostra altri {count}",many:"Mostra altri {count}",other:"Mostra altri {count}"},more_actions:"Altre azioni per {name}",by:"di {name}",someone:"qualcuno"},count:{tasks:{one:"{count} attivit\xE0",many:"{count} attivit\xE0",other:"{count} attivit\xE0"},assets:{one:"{count} elemento",many:"{count} elementi",other:"{count} elementi"},items:{one:"{count} voce",many:"{count} voci",other:"{count} voci"},overdue:{one:"{count} in ritardo",many:"{count} in ritardo",other:"{count} in ritardo"},due_soon:{one:"{count} in scadenza",many:"{count} in scadenza",other:"{count} in scadenza"}},status:{overdue:"In ritardo",due_soon:"In scadenza",ok:"In programma",unscheduled:"Non pianificata",done:"Fatto",snoozed:"Posticipata al {date}",paused:"In pausa"},nav:{home:"Home",inbox:"Posta in arrivo",inbox_count:"Posta in arrivo ({count})",capture:"Acquisisci qualcosa",add_asset:"Aggiungi elemento",add_task:"Aggiungi attivit\xE0",log_work:"Registra intervento",switch_property:"Abitazione"},home:{health:"Salute della casa",health_value:"{health}%",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Speso quest'anno",budget_of:"su {budget}",budget_left:"Restano {amount}",over_budget:"{amount} oltre il budget",open_inbox:"Acquisizioni aperte",overdue:"In ritardo",due_soon:"In scadenza",upcoming:"In programma",nothing_due:"Niente in ritardo n\xE9 in scadenza. Ottimo lavoro!",no_tasks:"Nessuna attivit\xE0 corrisponde.",no_tasks_yet:"Ancora nessuna attivit\xE0. Aggiungi un elemento da un modello predefinito per avere la sua manutenzione abituale.",recent_work:"Lavori recenti",no_recent_work:"Ancora nulla di registrato.",group_by:"Raggruppa per",group_zone:"Zona",group_asset:"Elemento",filter_zone:"Zona",filter_asset:"Elemento",filter_assignee:"Assegnata a",filters:"Filtri",clear_filters:"Cancella filtri",expand:"Mostra le attivit\xE0 di {name}",collapse:"Nascondi le attivit\xE0 di {name}",results:{one:"{count} attivit\xE0 corrisponde",many:"{count} attivit\xE0 corrispondono",other:"{count} attivit\xE0 corrispondono"},pause:"Metti in pausa la casa",resume:"Riprendi la casa",paused_text:"La casa \xE8 in pausa: niente va in ritardo e non vengono inviati promemoria finch\xE9 non viene ripresa.",paused_until:"La casa \xE8 in pausa fino al {date}: fino ad allora niente va in ritardo e non vengono inviati promemoria."},task:{done:"Fatto",snooze:"Posticipa",skip:"Salta",edit:"Modifica attivit\xE0",remove:"Rimuovi attivit\xE0",due:"Scadenza: {when}",due_on:"Scadenza: {date}",last_done:"Ultima volta: {when}",never_done:"Mai fatta",meter_progress:"{value} su {every} {unit}",priority:"Priorit\xE0",priority_0:"Bassa",priority_1:"Normale",priority_2:"Alta",priority_3:"Urgente",mark_done:"Segna {name} come fatta",snooze_named:"Posticipa {name}",assigned:"Assegnata a {names}",rotates:"A turno: la prossima volta tocca alla persona successiva.",season:"Attiva: {months}",paused:"In pausa finch\xE9 non viene ripresa",paused_until:"In pausa fino al {date}",pause:"Metti in pausa",resume:"Riprendi"},log:{completed:"Fatto",skipped:"Saltata",snoozed:"Posticipata",manual:"Registrato",note:"Nota",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Questo elemento non esiste pi\xF9.",details:"Dettagli",manufacturer:"Produttore",model:"Modello",serial_number:"Numero di serie",installed_on:"Installato il",zone:"Zona",template:"Modello predefinito",warranty_until:"Garanzia fino al",warranty_days_left:{one:"{date} (manca {count} giorno)",many:"{date} (mancano {count} giorni)",other:"{date} (mancano {count} giorni)"},warranty_ended:"Scaduta il {date}",expected_life:"Durata prevista",expected_life_until:{one:"{count} anno, fino al {date}",many:"{count} anni, fino al {date}",other:"{count} anni, fino al {date}"},expected_life_years:{one:"{count} anno",many:"{count} anni",other:"{count} anni"},notes:"Note",tasks:"Attivit\xE0",no_tasks:"Ancora nessuna attivit\xE0 per questo elemento.",history:"Cronologia",no_history:"Ancora nulla di registrato per questo elemento.",total_cost:"Costo totale",cost_this_year:"Quest'anno",supplies:"Consumabili",no_supplies:"Nessun consumabile.",quantity:"Disponibili: {count}",quantity_unknown:"Scorte non conteggiate",buy:"Acquista {name}",part:"Codice {number}",documents:"Documenti",no_documents:"Ancora nessun manuale o ricevuta.",attach:"Allega un PDF o una foto",attaching:"Caricamento di {name}\u2026",attached:"{name} allegato.",captures:"Acquisizioni che lo riguardano",edit:"Modifica elemento",remove:"Rimuovi elemento",add_supply:"Aggiungi consumabile",edit_supply:"Modifica {name}",overdue:"Richiede attenzione",open:"Apri {name}",loading_details:"Caricamento della cronologia e dei documenti\u2026",past_life:"Oltre la durata prevista",remove_supply:"Rimuovi {name}"},inbox:{title:"Posta in arrivo",empty:"Niente in attesa. Le acquisizioni che fai con il pulsante + arrivano qui.",status_PENDING:"In attesa",status_PROCESSING:"Elaborazione\u2026",status_PROCESSED:"Interpretata",status_FAILED:"Non riuscita",transcript:"Cosa \xE8 stato detto",understood:"Cosa \xE8 stato capito",suggested:"Suggerimento: {task}",suggested_asset:"Riguarda: {asset}",triage:"Archivia",dismiss:"Scarta",retry:"Riprova",from:"Da {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Memo vocale",dismissed:"Acquisizione scartata.",filed:"Acquisizione archiviata."},dialog:{complete:{title:"Segna come fatta: {name}",performed_at:"Fatta il",notes:"Note",cost:"Costo ({currency})",submit:"Segna come fatta",done:"Fatto: {name}. Prossima scadenza: {when}."},snooze:{title:"Posticipa: {name}",how_long:"Posticipa di",one_day:"1 giorno",one_week:"1 settimana",until_date:"Fino a una data",date:"Data",submit:"Posticipa",done:"{name} posticipata a {when}."},skip:{title:"Salta: {name}",text:"Saltare questa ricorrenza di \u201C{name}\u201D? Passa alla prossima scadenza e il salto viene registrato.",submit:"Salta",done:"{name} saltata. Prossima scadenza: {when}."},log:{title:"Registra intervento",asset:"Elemento",action:"Cosa \xE8 stato fatto",submit:"Registra",done:"Registrato."},asset:{add_title:"Aggiungi un elemento",edit_title:"Modifica {name}",template:"Modello predefinito",no_template:"Nessun modello predefinito",template_tasks:"Aggiunge: {tasks}",zone:"Zona",new_zone:"Nuova zona\u2026",new_zone_name:"Nome della nuova zona",expected_life_years:"Durata prevista (anni)",expected_life_hint:"Se lasciato vuoto, il modello predefinito inserisce un valore abituale.",submit_add:"Aggiungi elemento",added:"Aggiunto: {name}.",saved:"Salvato: {name}.",category:{electrical:"Impianto elettrico",exterior:"Esterno della casa",general:"Generale",hvac:"Riscaldamento e raffrescamento",kitchen:"Cucina",laundry:"Lavanderia",plumbing:"Impianto idraulico e acqua",pool:"Piscina e spa",safety:"Sicurezza",vehicle:"Veicoli",yard:"Cortile e giardino"}},task:{add_title:"Aggiungi un'attivit\xE0",edit_title:"Modifica {name}",asset:"Elemento",kind:"Come si ripete?",kind_interval:"Ogni tot giorni, settimane, mesi o anni",kind_cron:"Secondo uno schema di calendario (cron)",kind_meter:"In base all'uso, da un sensore (ore, cicli, km)",kind_once:"Una volta sola",every:"Ogni",unit:"Unit\xE0",unit_days:"giorni",unit_weeks:"settimane",unit_months:"mesi",unit_years:"anni",anchor:"Conta da",anchor_completion:"l'ultima volta che \xE8 stata fatta",anchor_fixed:"un calendario fisso",cron:"Espressione cron",cron_help:"minuto ora giorno-del-mese mese giorno-della-settimana, ad es. 0 9 1 * * per le 9:00 del giorno 1",preview:"Prossime date",preview_loading:"Calcolo delle prossime date\u2026",meter_entity:"Sensore",meter_pick:"Scegli un sensore",meter_none:"Nessun sensore numerico trovato.",meter_now:"Ora: {value}",meter_since:"Dall'ultima volta che \xE8 stata fatta: {progress}",meter_every:"Ogni (unit\xE0 del sensore)",backstop:"Oppure al pi\xF9 tardi ogni (facoltativo)",first_due:"Prima scadenza",lead_days:"Ricorda con questi giorni di anticipo",priority:"Priorit\xE0",notes:"Note",submit_add:"Aggiungi attivit\xE0",added:"Aggiunto: {name}.",saved:"Salvato: {name}.",assignee:"Assegnata a",rotate:"A turno (la prossima volta tocca alla persona successiva)",assignee_hint:"I loro promemoria arrivano sui loro telefoni; se non \xE8 selezionato nessuno, chiunque.",active_months:"Mesi attivi",active_months_hint:"Negli altri mesi nessun promemoria e niente in ritardo; se non \xE8 selezionato nessun mese, tutto l'anno."},supply:{add_title:"Aggiungi un consumabile",edit_title:"Modifica {name}",part_number:"Codice articolo",purchase_url:"Dove acquistarlo (link)",quantity:"Disponibili",task:"Usato dall'attivit\xE0",no_task:"Nessuna attivit\xE0",saved:"Salvato: {name}."},remove:{title:"Rimuovere {name}?",asset_text:"\u201C{name}\u201D viene rimosso con le sue attivit\xE0, i consumabili e la cronologia. Questa operazione non pu\xF2 essere annullata.",task_text:"\u201C{name}\u201D viene rimossa; la sua cronologia resta con l'elemento. Questa operazione non pu\xF2 essere annullata.",supply_text:"\u201C{name}\u201D viene rimosso.",confirm:"Rimuovi",removed:"Rimosso: {name}."},gone:{task:"Questa attivit\xE0 \xE8 stata rimossa nel frattempo.",asset:"Questo elemento \xE8 stato rimosso nel frattempo.",capture:"Questa acquisizione \xE8 stata archiviata nel frattempo."},triage:{title:"Archivia questa acquisizione",outcome:"Trasformala in",outcome_task:"Un'attivit\xE0",outcome_log:"Una voce della cronologia (lavoro svolto)",outcome_note:"Una nota sull'elemento",name:"Nome",action:"Cosa \xE8 stato fatto",performed_at:"Fatta il",submit:"Archivia"},capture:{title:"Acquisisci qualcosa",photo:"Scatta o scegli una foto",file:"Scegli un file",record:"Registra un memo vocale",stop:"Interrompi la registrazione",recording:"Registrazione\u2026 {time}",discard:"Scarta",chosen:"{name} ({size})",recorded:"Memo vocale ({time})",text:"Oppure scrivi una nota",asset:"Riguarda (facoltativo)",submit:"Invia alla posta in arrivo",uploading:"Caricamento\u2026 {percent}%",sent:"Inviato alla posta in arrivo.",mic_denied:"Il microfono \xE8 bloccato. Consentilo per questo sito nelle impostazioni del browser, oppure scegli una registrazione.",mic_absent:"Nessun microfono trovato su questo dispositivo. Scegli una registrazione.",mic_unsupported:"Questo browser non pu\xF2 registrare audio qui (serve una connessione https sicura). Scegli una registrazione.",empty:"Prima aggiungi una foto, una registrazione o una riga di testo."},pause:{title:"Metti in pausa {name}",resume_title:"Riprendi {name}",submit:"Metti in pausa",resume_submit:"Riprendi",task_text:"Finch\xE9 \xE8 in pausa, questa attivit\xE0 non va mai in ritardo e non invia promemoria.",property_text:"Finch\xE9 la casa \xE8 in pausa (una vacanza, la casa vuota), nessuna attivit\xE0 va in ritardo e non vengono inviati promemoria.",until:"Riprendi automaticamente il (facoltativo)",resume_text:"Le scadenze si spostano in avanti del tempo trascorso in pausa; le attivit\xE0 con un calendario fisso proseguono con la loro data successiva.",paused:"In pausa: {name}.",resumed:"Ripreso: {name}."}},error:{generic:"Qualcosa \xE8 andato storto: {message}",network:"Il caricamento non ha raggiunto Home Assistant. Controlla la connessione e riprova.",too_large:"Questo file \xE8 troppo grande per Haven (al massimo 25 MB).",unsupported_type:"Haven accetta solo foto (JPEG, PNG, GIF, WebP, HEIC), PDF per i documenti e registrazioni audio.",bad_request:"Home Assistant ha rifiutato il caricamento: {message}",forbidden:"Non hai il permesso di farlo: {message}",number:"Inserisci un numero.",required:"Compila {field}.",positive:"Inserisci un numero maggiore di zero.",date:"Inserisci una data.",years:"Inserisci un numero intero di anni da 1 a 200.",load_asset:"Impossibile caricare la cronologia di questo elemento: {message}"},schedule:{every_days:{one:"Ogni giorno",many:"Ogni {count} giorni",other:"Ogni {count} giorni"},every_weeks:{one:"Ogni settimana",many:"Ogni {count} settimane",other:"Ogni {count} settimane"},every_months:{one:"Ogni mese",many:"Ogni {count} mesi",other:"Ogni {count} mesi"},every_years:{one:"Ogni anno",many:"Ogni {count} anni",other:"Ogni {count} anni"},from_completion:"{every}, contando dall'ultima volta che \xE8 stata fatta",fixed:"{every}, secondo un calendario fisso",cron_daily:"Ogni giorno alle {time}",cron_weekly:"Ogni {days} alle {time}",cron_monthly:"Alle {time} del giorno {day} di ogni mese",cron_yearly:"Ogni anno il {day} {month} alle {time}",cron_custom:"Secondo lo schema {cron}",meter:{one:"Ogni {count} unit\xE0 di {sensor}",many:"Ogni {count} unit\xE0 di {sensor}",other:"Ogni {count} unit\xE0 di {sensor}"},meter_backstop:"{meter}, oppure {backstop}, quello che arriva prima",once:"Una volta"},card:{overview_name:"Panoramica Haven",overview_description:"Salute della casa, le attivit\xE0 da fare ora con Fatto e Posticipa, e i lavori recenti.",asset_name:"Elemento Haven",asset_description:"Le attivit\xE0 di un elemento e il loro stato, con i pulsanti Fatto.",capture_name:"Acquisizione Haven",capture_description:"Acquisisci una foto, un memo vocale o una nota nella posta in arrivo di Haven.",all_caught_up:"Tutto in regola.",open_panel:"Apri Haven",pick_asset:"Scegli un elemento nelle impostazioni della scheda.",capture_prompt:"Hai notato qualcosa? Acquisiscilo.",show_recent:"Mostra i lavori recenti",max_tasks:"Numero massimo di attivit\xE0 da mostrare",title:"Titolo",no_properties:"Nessuna abitazione Haven \xE8 caricata.",more:{one:"\u2026e altri {count}",many:"\u2026e altri {count}",other:"\u2026e altri {count}"}}};var t5={common:{haven:"Haven",cancel:"Avbryt",save:"Lagre",close:"Lukk",remove:"Fjern",edit:"Rediger",add:"Legg til",back:"Tilbake",retry:"Pr\xF8v igjen",loading:"Laster inn\u2026",none:"Ingen",optional:"valgfritt",name:"Navn",notes:"Notater",cost:"Kostnad",search:"S\xF8k i oppgaver",all_zones:"Alle soner",all_assets:"Alle objekter",everyone:"Alle",no_zone:"Ingen sone",house_wide:"Hele huset",no_asset:"Ikke noe objekt (hele huset)",reconnecting:"Tilkoblingen ble brutt \u2013 kobler til p\xE5 nytt\u2026",connecting:"Kobler til Haven\u2026",not_loaded:"Haven har ingen eiendom lastet inn enn\xE5. Legg til en under Innstillinger \u2192 Enheter og tjenester.",property:"Eiendom",show_more:{one:"Vis {count} til",other:"Vis {count} til"},more_actions:"Flere handlinger for {name}",by:"av {name}",someone:"noen"},count:{tasks:{one:"{count} oppgave",other:"{count} oppgaver"},assets:{one:"{count} objekt",other:"{count} objekter"},items:{one:"{count} element",other:"{count} elementer"},overdue:{one:"{count} forsinket",other:"{count} forsinket"},due_soon:{one:"{count} forfaller snart",other:"{count} forfaller snart"}},status:{overdue:"Forsinket",due_soon:"Forfaller snart",ok:"Kommende",unscheduled:"Ikke planlagt",done:"Utf\xF8rt",snoozed:"Utsatt til {date}",paused:"Satt p\xE5 pause"},nav:{home:"Oversikt",inbox:"Innboks",inbox_count:"Innboks ({count})",capture:"Registrer noe",add_asset:"Legg til objekt",add_task:"Legg til oppgave",log_work:"Loggf\xF8r arbeid",switch_property:"Eiendom"},home:{health:"Husets tilstand",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Brukt i \xE5r",budget_of:"av {budget}",budget_left:"{amount} igjen",over_budget:"{amount} over budsjett",open_inbox:"\xC5pne registreringer",overdue:"Forsinket",due_soon:"Forfaller snart",upcoming:"Kommende",nothing_due:"Ingenting er forsinket eller forfaller snart. Godt jobbet!",no_tasks:"Ingen oppgaver samsvarer.",no_tasks_yet:"Ingen oppgaver enn\xE5. Legg til et objekt fra en mal for \xE5 f\xE5 det vanlige vedlikeholdet.",recent_work:"Nylig arbeid",no_recent_work:"Ingenting loggf\xF8rt enn\xE5.",group_by:"Grupper etter",group_zone:"Sone",group_asset:"Objekt",filter_zone:"Sone",filter_asset:"Objekt",filter_assignee:"Tildelt",filters:"Filtre",clear_filters:"Fjern filtre",expand:"Vis oppgavene for {name}",collapse:"Skjul oppgavene for {name}",results:{one:"{count} oppgave samsvarer",other:"{count} oppgaver samsvarer"},pause:"Sett huset p\xE5 pause",resume:"Gjenoppta huset",paused_text:"Huset er satt p\xE5 pause: ingenting blir forsinket, og ingen p\xE5minnelser sendes f\xF8r det gjenopptas.",paused_until:"Huset er satt p\xE5 pause til {date}: ingenting blir forsinket, og ingen p\xE5minnelser sendes f\xF8r da."},task:{done:"Utf\xF8rt",snooze:"Utsett",skip:"Hopp over",edit:"Rediger oppgave",remove:"Fjern oppgave",due:"Forfaller {when}",due_on:"Forfaller {date}",last_done:"Sist utf\xF8rt {when}",never_done:"Aldri utf\xF8rt",meter_progress:"{value} av {every} {unit}",priority:"Prioritet",priority_0:"Lav",priority_1:"Normal",priority_2:"H\xF8y",priority_3:"Haster",mark_done:"Merk {name} som utf\xF8rt",snooze_named:"Utsett {name}",assigned:"Tildelt {names}",rotates:"G\xE5r p\xE5 omgang: neste gang g\xE5r til neste person.",season:"Aktiv {months}",paused:"Satt p\xE5 pause til den gjenopptas",paused_until:"Satt p\xE5 pause til {date}",pause:"Sett p\xE5 pause",resume:"Gjenoppta"},log:{completed:"Utf\xF8rt",skipped:"Hoppet over",snoozed:"Utsatt",manual:"Loggf\xF8rt",note:"Notat",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Dette objektet finnes ikke lenger.",details:"Detaljer",manufacturer:"Produsent",model:"Modell",serial_number:"Serienummer",installed_on:"Installert",zone:"Sone",template:"Mal",warranty_until:"Garanti til",warranty_days_left:{one:"{date} ({count} dag igjen)",other:"{date} ({count} dager igjen)"},warranty_ended:"Utl\xF8pt {date}",expected_life:"Forventet levetid",expected_life_until:{one:"{count} \xE5r, til {date}",other:"{count} \xE5r, til {date}"},expected_life_years:{one:"{count} \xE5r",other:"{count} \xE5r"},notes:"Notater",tasks:"Oppgaver",no_tasks:"Ingen oppgaver for dette objektet enn\xE5.",history:"Historikk",no_history:"Ingenting loggf\xF8rt for dette objektet enn\xE5.",total_cost:"Total kostnad",cost_this_year:"I \xE5r",supplies:"Forbruksvarer",no_supplies:"Ingen forbruksvarer.",quantity:"P\xE5 lager: {count}",quantity_unknown:"Lager ikke telt",buy:"Kj\xF8p {name}",part:"Delenr. {number}",documents:"Dokumenter",no_documents:"Ingen bruksanvisninger eller kvitteringer enn\xE5.",attach:"Legg ved en PDF eller et bilde",attaching:"Laster opp {name}\u2026",attached:"{name} lagt ved.",captures:"Registreringer om det",edit:"Rediger objekt",remove:"Fjern objekt",add_supply:"Legg til forbruksvare",edit_supply:"Rediger {name}",overdue:"Trenger oppmerksomhet",open:"\xC5pne {name}",loading_details:"Laster inn historikk og dokumenter\u2026",past_life:"Over forventet levetid",remove_supply:"Fjern {name}"},inbox:{title:"Innboks",empty:"Ingenting venter. Registreringer du gj\xF8r med +-knappen, havner her.",status_PENDING:"Venter",status_PROCESSING:"Behandler\u2026",status_PROCESSED:"Forst\xE5tt",status_FAILED:"Mislyktes",transcript:"Hva som ble sagt",understood:"Hva som ble forst\xE5tt",suggested:"Forslag: {task}",suggested_asset:"Gjelder: {asset}",triage:"Arkiver",dismiss:"Avvis",retry:"Pr\xF8v igjen",from:"Fra {who}, {when}",photo_of:"Bilde: {summary}",voice_memo:"Talememo",dismissed:"Registrering avvist.",filed:"Registrering arkivert."},dialog:{complete:{title:"Merk som utf\xF8rt: {name}",performed_at:"Utf\xF8rt",notes:"Notater",cost:"Kostnad ({currency})",submit:"Merk som utf\xF8rt",done:"{name} utf\xF8rt. Forfaller neste gang {when}."},snooze:{title:"Utsett: {name}",how_long:"Utsett i",one_day:"1 dag",one_week:"1 uke",until_date:"Til en dato",date:"Dato",submit:"Utsett",done:"{name} utsatt til {when}."},skip:{title:"Hopp over: {name}",text:"Hoppe over denne gangen av \xAB{name}\xBB? Den flyttes til neste forfallsdato, og at den ble hoppet over, registreres.",submit:"Hopp over",done:"{name} hoppet over. Forfaller neste gang {when}."},log:{title:"Loggf\xF8r arbeid",asset:"Objekt",action:"Hva som ble gjort",submit:"Loggf\xF8r",done:"Loggf\xF8rt."},asset:{add_title:"Legg til et objekt",edit_title:"Rediger {name}",template:"Mal",no_template:"Ingen mal",template_tasks:"Legger til: {tasks}",zone:"Sone",new_zone:"Ny sone\u2026",new_zone_name:"Navn p\xE5 den nye sonen",expected_life_years:"Forventet levetid (\xE5r)",expected_life_hint:"St\xE5r feltet tomt, fyller en mal inn et vanlig tall.",submit_add:"Legg til objekt",added:"{name} lagt til.",saved:"{name} lagret.",category:{electrical:"Elektrisk",exterior:"Utenfor huset",general:"Generelt",hvac:"Oppvarming og kj\xF8ling",kitchen:"Kj\xF8kken",laundry:"Vaskerom",plumbing:"R\xF8r og vann",pool:"Basseng og spa",safety:"Sikkerhet",vehicle:"Kj\xF8ret\xF8y",yard:"Hage"}},task:{add_title:"Legg til en oppgave",edit_title:"Rediger {name}",asset:"Objekt",kind:"Hvordan gjentas den?",kind_interval:"Med noen dagers, ukers, m\xE5neders eller \xE5rs mellomrom",kind_cron:"Etter et kalenderm\xF8nster (cron)",kind_meter:"Etter bruk, fra en sensor (timer, sykluser, km)",kind_once:"Bare \xE9n gang",every:"Hver",unit:"Enhet",unit_days:"dager",unit_weeks:"uker",unit_months:"m\xE5neder",unit_years:"\xE5r",anchor:"Regn fra",anchor_completion:"sist den ble utf\xF8rt",anchor_fixed:"en fast kalender",cron:"Cron-uttrykk",cron_help:"minutt time dag-i-m\xE5neden m\xE5ned ukedag, f.eks. 0 9 1 * * for kl. 9.00 den 1.",preview:"Neste datoer",preview_loading:"Beregner de neste datoene\u2026",meter_entity:"Sensor",meter_pick:"Velg en sensor",meter_none:"Fant ingen numerisk sensor.",meter_now:"N\xE5: {value}",meter_since:"Siden sist utf\xF8rt: {progress}",meter_every:"Hver (sensorens enheter)",backstop:"Eller senest hver (valgfritt)",first_due:"F\xF8rste forfall",lead_days:"Minn p\xE5 s\xE5 mange dager f\xF8r",priority:"Prioritet",notes:"Notater",submit_add:"Legg til oppgave",added:"{name} lagt til.",saved:"{name} lagret.",assignee:"Tildelt",rotate:"G\xE5 p\xE5 omgang (neste gang g\xE5r til neste person)",assignee_hint:"P\xE5minnelsene deres g\xE5r til telefonene deres; ingen avkrysset betyr hvem som helst.",active_months:"Aktive m\xE5neder",active_months_hint:"Ingen p\xE5minnelser og ingenting forsinket i de andre m\xE5nedene; ingen avkrysset betyr hele \xE5ret."},supply:{add_title:"Legg til en forbruksvare",edit_title:"Rediger {name}",part_number:"Delenummer",purchase_url:"Hvor den kan kj\xF8pes (lenke)",quantity:"P\xE5 lager",task:"Brukes av oppgave",no_task:"Ingen oppgave",saved:"{name} lagret."},remove:{title:"Fjerne {name}?",asset_text:"\xAB{name}\xBB og oppgavene, forbruksvarene og historikken fjernes. Dette kan ikke angres.",task_text:"\xAB{name}\xBB fjernes; historikken blir v\xE6rende hos objektet. Dette kan ikke angres.",supply_text:"\xAB{name}\xBB fjernes.",confirm:"Fjern",removed:"{name} fjernet."},gone:{task:"Denne oppgaven ble fjernet i mellomtiden.",asset:"Dette objektet ble fjernet i mellomtiden.",capture:"Denne registreringen ble arkivert i mellomtiden."},triage:{title:"Arkiver denne registreringen",outcome:"Gj\xF8r den om til",outcome_task:"En oppgave",outcome_log:"En loggf\xF8ring (utf\xF8rt arbeid)",outcome_note:"Et notat p\xE5 objektet",name:"Navn",action:"Hva som ble gjort",performed_at:"Utf\xF8rt",submit:"Arkiver"},capture:{title:"Registrer noe",photo:"Ta eller velg et bilde",file:"Velg en fil",record:"Ta opp et talememo",stop:"Stopp opptaket",recording:"Tar opp\u2026 {time}",discard:"Forkast",chosen:"{name} ({size})",recorded:"Talememo ({time})",text:"Eller skriv et notat",asset:"Gjelder (valgfritt)",submit:"Send til innboksen",uploading:"Laster opp\u2026 {percent} %",sent:"Sendt til innboksen.",mic_denied:"Mikrofonen er blokkert. Tillat den for dette nettstedet i nettleserinnstillingene, eller velg et opptak i stedet.",mic_absent:"Fant ingen mikrofon p\xE5 denne enheten. Velg et opptak i stedet.",mic_unsupported:"Denne nettleseren kan ikke ta opp lyd her (det kreves en sikker https-tilkobling). Velg et opptak i stedet.",empty:"Legg til et bilde, et opptak eller en linje tekst f\xF8rst."},pause:{title:"Sett {name} p\xE5 pause",resume_title:"Gjenoppta {name}",submit:"Sett p\xE5 pause",resume_submit:"Gjenoppta",task_text:"Mens oppgaven er satt p\xE5 pause, blir den aldri forsinket og sender ingen p\xE5minnelser.",property_text:"Mens huset er satt p\xE5 pause (en ferie, huset st\xE5r tomt), blir ingen oppgave forsinket, og ingen p\xE5minnelser sendes.",until:"Gjenoppta automatisk den (valgfritt)",resume_text:"Forfallsdatoene flyttes frem like lenge som pausen varte; oppgaver etter en fast kalender fortsetter med neste dato.",paused:"{name} satt p\xE5 pause.",resumed:"{name} gjenopptatt."}},error:{generic:"Noe gikk galt: {message}",network:"Opplastingen n\xE5dde ikke frem til Home Assistant. Sjekk tilkoblingen og pr\xF8v igjen.",too_large:"Denne filen er for stor for Haven (maks 25 MB).",unsupported_type:"Haven godtar bare bilder (JPEG, PNG, GIF, WebP, HEIC), PDF-er for dokumenter og lydopptak.",bad_request:"Home Assistant avviste opplastingen: {message}",forbidden:"Du har ikke tillatelse til \xE5 gj\xF8re dette: {message}",number:"Skriv inn et tall.",required:"Fyll ut {field}.",positive:"Skriv inn et tall st\xF8rre enn null.",date:"Skriv inn en dato.",years:"Skriv inn hele \xE5r fra 1 til 200.",load_asset:"Kunne ikke laste inn historikken til dette objektet: {message}"},schedule:{every_days:{one:"Hver dag",other:"Hver {count}. dag"},every_weeks:{one:"Hver uke",other:"Hver {count}. uke"},every_months:{one:"Hver m\xE5ned",other:"Hver {count}. m\xE5ned"},every_years:{one:"Hvert \xE5r",other:"Hvert {count}. \xE5r"},from_completion:"{every}, regnet fra sist den ble utf\xF8rt",fixed:"{every}, etter en fast kalender",cron_daily:"Hver dag kl. {time}",cron_weekly:"Hver {days} kl. {time}",cron_monthly:"Kl. {time} den {day}. hver m\xE5ned",cron_yearly:"Hvert \xE5r den {day}. {month} kl. {time}",cron_custom:"Etter m\xF8nsteret {cron}",meter:{one:"For hver {count} enhet av {sensor}",other:"For hver {count} enheter av {sensor}"},meter_backstop:"{meter} eller {backstop}, det som kommer f\xF8rst",once:"\xC9n gang"},card:{overview_name:"Haven-oversikt",overview_description:"Husets tilstand, oppgavene som forfaller n\xE5 med Utf\xF8rt og Utsett, og nylig arbeid.",asset_name:"Haven-objekt",asset_description:"Oppgavene til ett objekt og tilstanden deres, med Utf\xF8rt-knapper.",capture_name:"Haven-registrering",capture_description:"Registrer et bilde, et talememo eller et notat i Havens innboks.",all_caught_up:"Alt er i orden.",open_panel:"\xC5pne Haven",pick_asset:"Velg et objekt i kortets innstillinger.",capture_prompt:"La du merke til noe? Registrer det.",show_recent:"Vis nylig arbeid",max_tasks:"Maks antall oppgaver som vises",title:"Tittel",no_properties:"Ingen Haven-eiendom er lastet inn.",more:{one:"\u2026og {count} til",other:"\u2026og {count} til"}}};var r5={common:{haven:"Haven",cancel:"Annuleren",save:"Opslaan",close:"Sluiten",remove:"Verwijderen",edit:"Bewerken",add:"Toevoegen",back:"Terug",retry:"Opnieuw proberen",loading:"Laden\u2026",none:"Geen",optional:"optioneel",name:"Naam",notes:"Notities",cost:"Kosten",search:"Taken zoeken",all_zones:"Alle zones",all_assets:"Alle apparaten",everyone:"Iedereen",no_zone:"Geen zone",house_wide:"Hele huis",no_asset:"Geen apparaat (hele huis)",reconnecting:"Verbinding verbroken \u2014 opnieuw verbinden\u2026",connecting:"Verbinden met Haven\u2026",not_loaded:"Haven heeft nog geen huis geladen. Voeg er een toe via Instellingen \u2192 Apparaten & diensten.",property:"Huis",show_more:{one:"Nog {count} tonen",other:"Nog {count} tonen"},more_actions:"Meer acties voor {name}",by:"door {name}",someone:"iemand"},count:{tasks:{one:"{count} taak",other:"{count} taken"},assets:{one:"{count} apparaat",other:"{count} apparaten"},items:{one:"{count} item",other:"{count} items"},overdue:{one:"{count} achterstallig",other:"{count} achterstallig"},due_soon:{one:"{count} binnenkort te doen",other:"{count} binnenkort te doen"}},status:{overdue:"Achterstallig",due_soon:"Binnenkort te doen",ok:"Gepland",unscheduled:"Niet ingepland",done:"Gedaan",snoozed:"Uitgesteld tot {date}",paused:"Gepauzeerd"},nav:{home:"Overzicht",inbox:"Inbox",inbox_count:"Inbox ({count})",capture:"Iets vastleggen",add_asset:"Apparaat toevoegen",add_task:"Taak toevoegen",log_work:"Werk vastleggen",switch_property:"Huis"},home:{health:"Staat van het huis",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Uitgegeven dit jaar",budget_of:"van {budget}",budget_left:"Nog {amount} over",over_budget:"{amount} boven budget",open_inbox:"Open vastleggingen",overdue:"Achterstallig",due_soon:"Binnenkort te doen",upcoming:"Gepland",nothing_due:"Niets is achterstallig of binnenkort te doen. Goed bezig!",no_tasks:"Geen taken gevonden.",no_tasks_yet:"Nog geen taken. Voeg een apparaat toe vanuit een sjabloon om het gebruikelijke onderhoud te krijgen.",recent_work:"Recent werk",no_recent_work:"Nog niets vastgelegd.",group_by:"Groeperen op",group_zone:"Zone",group_asset:"Apparaat",filter_zone:"Zone",filter_asset:"Apparaat",filter_assignee:"Toegewezen aan",filters:"Filters",clear_filters:"Filters wissen",expand:"Taken van {name} tonen",collapse:"Taken van {name} verbergen",results:{one:"{count} taak gevonden",other:"{count} taken gevonden"},pause:"Het huis pauzeren",resume:"Het huis hervatten",paused_text:"Het huis is gepauzeerd: niets wordt achterstallig en er worden geen herinneringen verstuurd tot het wordt hervat.",paused_until:"Het huis is gepauzeerd tot {date}: tot dan wordt niets achterstallig en worden er geen herinneringen verstuurd."},task:{done:"Gedaan",snooze:"Uitstellen",skip:"Overslaan",edit:"Taak bewerken",remove:"Taak verwijderen",due:"Te doen: {when}",due_on:"Te doen op {date}",last_done:"Laatst gedaan: {when}",never_done:"Nog nooit gedaan",meter_progress:"{value} van {every} {unit}",priority:"Prioriteit",priority_0:"Laag",priority_1:"Normaal",priority_2:"Hoog",priority_3:"Dringend",mark_done:"{name} markeren als gedaan",snooze_named:"{name} uitstellen",assigned:"Toegewezen aan {names}",rotates:"Om de beurt: de volgende keer is de volgende persoon aan de beurt.",season:"Actief: {months}",paused:"Gepauzeerd tot hervat",paused_until:"Gepauzeerd tot {date}",pause:"Pauzeren",resume:"Hervatten"},log:{completed:"Gedaan",skipped:"Overgeslagen",snoozed:"Uitgesteld",manual:"Vastgelegd",note:"Notitie",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Dit apparaat bestaat niet meer.",details:"Details",manufacturer:"Fabrikant",model:"Model",serial_number:"Serienummer",installed_on:"Ge\xEFnstalleerd op",zone:"Zone",template:"Sjabloon",warranty_until:"Garantie tot",warranty_days_left:{one:"{date} (nog {count} dag)",other:"{date} (nog {count} dagen)"},warranty_ended:"Afgelopen op {date}",expected_life:"Verwachte levensduur",expected_life_until:{one:"{count} jaar, tot {date}",other:"{count} jaar, tot {date}"},expected_life_years:{one:"{count} jaar",other:"{count} jaar"},notes:"Notities",tasks:"Taken",no_tasks:"Nog geen taken voor dit apparaat.",history:"Geschiedenis",no_history:"Voor dit apparaat is nog niets vastgelegd.",total_cost:"Totale kosten",cost_this_year:"Dit jaar",supplies:"Verbruiksartikelen",no_supplies:"Geen verbruiksartikelen.",quantity:"Op voorraad: {count}",quantity_unknown:"Voorraad niet geteld",buy:"{name} kopen",part:"Onderdeel {number}",documents:"Documenten",no_documents:"Nog geen handleidingen of bonnen.",attach:"Pdf of foto toevoegen",attaching:"{name} uploaden\u2026",attached:"{name} toegevoegd.",captures:"Vastleggingen hierover",edit:"Apparaat bewerken",remove:"Apparaat verwijderen",add_supply:"Verbruiksartikel toevoegen",edit_supply:"{name} bewerken",overdue:"Vraagt aandacht",open:"{name} openen",loading_details:"Geschiedenis en documenten laden\u2026",past_life:"Voorbij de verwachte levensduur",remove_supply:"{name} verwijderen"},inbox:{title:"Inbox",empty:"Niets wacht. Wat je vastlegt met de knop + komt hier terecht.",status_PENDING:"Wacht",status_PROCESSING:"Bezig met verwerken\u2026",status_PROCESSED:"Begrepen",status_FAILED:"Mislukt",transcript:"Wat er gezegd is",understood:"Wat er begrepen is",suggested:"Voorstel: {task}",suggested_asset:"Over: {asset}",triage:"Verwerken",dismiss:"Negeren",retry:"Opnieuw proberen",from:"Van {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Spraakmemo",dismissed:"Vastlegging genegeerd.",filed:"Vastlegging verwerkt."},dialog:{complete:{title:"Markeren als gedaan: {name}",performed_at:"Gedaan op",notes:"Notities",cost:"Kosten ({currency})",submit:"Markeren als gedaan",done:"{name} gedaan. Volgende keer: {when}."},snooze:{title:"Uitstellen: {name}",how_long:"Uitstellen met",one_day:"1 dag",one_week:"1 week",until_date:"Tot een datum",date:"Datum",submit:"Uitstellen",done:"{name} uitgesteld \u2013 weer aan de beurt {when}."},skip:{title:"Overslaan: {name}",text:"Deze keer van \u2018{name}\u2019 overslaan? De taak schuift door naar de volgende datum en het overslaan wordt vastgelegd.",submit:"Overslaan",done:"{name} overgeslagen. Volgende keer: {when}."},log:{title:"Werk vastleggen",asset:"Apparaat",action:"Wat er gedaan is",submit:"Vastleggen",done:"Vastgelegd."},asset:{add_title:"Apparaat toevoegen",edit_title:"{name} bewerken",template:"Sjabloon",no_template:"Geen sjabloon",template_tasks:"Voegt toe: {tasks}",zone:"Zone",new_zone:"Nieuwe zone\u2026",new_zone_name:"Naam van de nieuwe zone",expected_life_years:"Verwachte levensduur (jaren)",expected_life_hint:"Als je dit leeg laat, vult een sjabloon een gebruikelijke waarde in.",submit_add:"Apparaat toevoegen",added:"{name} toegevoegd.",saved:"{name} opgeslagen.",category:{electrical:"Elektra",exterior:"Buiten het huis",general:"Algemeen",hvac:"Verwarming en koeling",kitchen:"Keuken",laundry:"Wasruimte",plumbing:"Sanitair en water",pool:"Zwembad en spa",safety:"Veiligheid",vehicle:"Voertuigen",yard:"Tuin en erf"}},task:{add_title:"Taak toevoegen",edit_title:"{name} bewerken",asset:"Apparaat",kind:"Hoe vaak herhaalt het?",kind_interval:"Om de paar dagen, weken, maanden of jaren",kind_cron:"Volgens een kalenderpatroon (cron)",kind_meter:"Naar gebruik, via een sensor (uren, cycli, km)",kind_once:"Eenmalig",every:"Elke",unit:"Eenheid",unit_days:"dagen",unit_weeks:"weken",unit_months:"maanden",unit_years:"jaren",anchor:"Tellen vanaf",anchor_completion:"de laatste keer dat het gedaan is",anchor_fixed:"een vaste kalender",cron:"Cron-expressie",cron_help:"minuut uur dag-van-de-maand maand dag-van-de-week, bijv. 0 9 1 * * voor 9:00 op de 1e",preview:"Volgende datums",preview_loading:"Volgende datums berekenen\u2026",meter_entity:"Sensor",meter_pick:"Kies een sensor",meter_none:"Geen numerieke sensor gevonden.",meter_now:"Nu: {value}",meter_since:"Sinds de laatste keer: {progress}",meter_every:"Elke (eenheden van de sensor)",backstop:"Of uiterlijk elke (optioneel)",first_due:"Eerste keer",lead_days:"Zoveel dagen van tevoren herinneren",priority:"Prioriteit",notes:"Notities",submit_add:"Taak toevoegen",added:"{name} toegevoegd.",saved:"{name} opgeslagen.",assignee:"Toegewezen aan",rotate:"Om de beurt (de volgende keer is de volgende persoon aan de beurt)",assignee_hint:"Hun herinneringen gaan naar hun telefoon; niemand aangevinkt betekent iedereen.",active_months:"Actieve maanden",active_months_hint:"In de andere maanden geen herinneringen en niets achterstallig; geen enkele aangevinkt betekent het hele jaar."},supply:{add_title:"Verbruiksartikel toevoegen",edit_title:"{name} bewerken",part_number:"Onderdeelnummer",purchase_url:"Waar te koop (link)",quantity:"Op voorraad",task:"Gebruikt door taak",no_task:"Geen taak",saved:"{name} opgeslagen."},remove:{title:"{name} verwijderen?",asset_text:"\u2018{name}\u2019 en de bijbehorende taken, verbruiksartikelen en geschiedenis worden verwijderd. Dit kan niet ongedaan worden gemaakt.",task_text:"\u2018{name}\u2019 wordt verwijderd; de geschiedenis blijft bij het apparaat. Dit kan niet ongedaan worden gemaakt.",supply_text:"\u2018{name}\u2019 wordt verwijderd.",confirm:"Verwijderen",removed:"{name} verwijderd."},gone:{task:"Deze taak is intussen verwijderd.",asset:"Dit apparaat is intussen verwijderd.",capture:"Deze vastlegging is intussen verwerkt."},triage:{title:"Deze vastlegging verwerken",outcome:"Maak er van",outcome_task:"Een taak",outcome_log:"Een logboekvermelding (gedaan werk)",outcome_note:"Een notitie bij het apparaat",name:"Naam",action:"Wat er gedaan is",performed_at:"Gedaan op",submit:"Verwerken"},capture:{title:"Iets vastleggen",photo:"Foto maken of kiezen",file:"Bestand kiezen",record:"Spraakmemo opnemen",stop:"Opname stoppen",recording:"Opnemen\u2026 {time}",discard:"Weggooien",chosen:"{name} ({size})",recorded:"Spraakmemo ({time})",text:"Of typ een notitie",asset:"Over (optioneel)",submit:"Naar inbox sturen",uploading:"Uploaden\u2026 {percent} %",sent:"Naar de inbox gestuurd.",mic_denied:"De microfoon is geblokkeerd. Sta hem toe voor deze site in de instellingen van je browser, of kies in plaats daarvan een opname.",mic_absent:"Op dit apparaat is geen microfoon gevonden. Kies in plaats daarvan een opname.",mic_unsupported:"Deze browser kan hier geen audio opnemen (een beveiligde https-verbinding is nodig). Kies in plaats daarvan een opname.",empty:"Voeg eerst een foto, een opname of een regel tekst toe."},pause:{title:"{name} pauzeren",resume_title:"{name} hervatten",submit:"Pauzeren",resume_submit:"Hervatten",task_text:"Zolang deze taak gepauzeerd is, is ze nooit achterstallig en verstuurt ze geen herinneringen.",property_text:"Zolang het huis gepauzeerd is (vakantie, het huis leeg), wordt geen enkele taak achterstallig en worden er geen herinneringen verstuurd.",until:"Vanzelf hervatten op (optioneel)",resume_text:"De datums schuiven op met de tijd dat het gepauzeerd was; taken volgens een vaste kalender gaan verder met hun volgende datum.",paused:"{name} gepauzeerd.",resumed:"{name} hervat."}},error:{generic:"Er ging iets mis: {message}",network:"De upload heeft Home Assistant niet bereikt. Controleer de verbinding en probeer het opnieuw.",too_large:"Dit bestand is te groot voor Haven (maximaal 25 MB).",unsupported_type:"Haven accepteert alleen foto's (JPEG, PNG, GIF, WebP, HEIC), pdf's voor documenten en audio-opnamen.",bad_request:"Home Assistant heeft de upload geweigerd: {message}",forbidden:"Je mag dit niet doen: {message}",number:"Voer een getal in.",required:"Vul {field} in.",positive:"Voer een getal groter dan nul in.",date:"Voer een datum in.",years:"Voer hele jaren in, van 1 tot 200.",load_asset:"Kon de geschiedenis van dit apparaat niet laden: {message}"},schedule:{every_days:{one:"Elke dag",other:"Om de {count} dagen"},every_weeks:{one:"Elke week",other:"Om de {count} weken"},every_months:{one:"Elke maand",other:"Om de {count} maanden"},every_years:{one:"Elk jaar",other:"Om de {count} jaar"},from_completion:"{every}, geteld vanaf de laatste keer dat het gedaan is",fixed:"{every}, volgens een vaste kalender",cron_daily:"Elke dag om {time}",cron_weekly:"Elke {days} om {time}",cron_monthly:"Om {time} op dag {day} van elke maand",cron_yearly:"Elk jaar op {day} {month} om {time}",cron_custom:"Volgens het patroon {cron}",meter:{one:"Om de {count} eenheid van {sensor}",other:"Om de {count} eenheden van {sensor}"},meter_backstop:"{meter}, of {backstop}, wat het eerst komt",once:"Eenmalig"},card:{overview_name:"Haven-overzicht",overview_description:"Staat van het huis, de taken die nu moeten gebeuren met Gedaan en Uitstellen, en recent werk.",asset_name:"Haven-apparaat",asset_description:"De taken van \xE9\xE9n apparaat en hun status, met knoppen Gedaan.",capture_name:"Haven vastleggen",capture_description:"Leg een foto, een spraakmemo of een notitie vast in de inbox van Haven.",all_caught_up:"Alles bijgewerkt.",open_panel:"Haven openen",pick_asset:"Kies een apparaat in de instellingen van de kaart.",capture_prompt:"Iets opgemerkt? Leg het vast.",show_recent:"Recent werk tonen",max_tasks:"Maximaal aantal taken om te tonen",title:"Titel",no_properties:"Er is geen Haven-huis geladen.",more:{one:"\u2026en nog {count}",other:"\u2026en nog {count}"}}};var a5={common:{haven:"Haven",cancel:"Anuluj",save:"Zapisz",close:"Zamknij",remove:"Usu\u0144",edit:"Edytuj",add:"Dodaj",back:"Wstecz",retry:"Pon\xF3w",loading:"\u0141adowanie\u2026",none:"Brak",optional:"opcjonalnie",name:"Nazwa",notes:"Notatki",cost:"Koszt",search:"Szukaj zada\u0144",all_zones:"Wszystkie strefy",all_assets:"Wszystkie obiekty",everyone:"Wszyscy",no_zone:"Bez strefy",house_wide:"Ca\u0142y dom",no_asset:"Bez obiektu (ca\u0142y dom)",reconnecting:"Utracono po\u0142\u0105czenie \u2014 ponowne \u0142\u0105czenie\u2026",connecting:"\u0141\u0105czenie z Haven\u2026",not_loaded:"Haven nie ma jeszcze wczytanej nieruchomo\u015Bci. Dodaj j\u0105 w Ustawienia \u2192 Urz\u0105dzenia oraz us\u0142ugi.",property:"Nieruchomo\u015B\u0107",show_more:{one:"Poka\u017C {count} wi\u0119cej",few:"Poka\u017C {count} wi\u0119cej",many:"Poka\u017C {count} wi\u0119cej",other:"Poka\u017C {count} wi\u0119cej"},more_actions:"Wi\u0119cej akcji dla {name}",by:"autor: {name}",someone:"kto\u015B"},count:{tasks:{one:"{count} zadanie",few:"{count} zadania",many:"{count} zada\u0144",other:"{count} zadania"},assets:{one:"{count} obiekt",few:"{count} obiekty",many:"{count} obiekt\xF3w",other:"{count} obiektu"},items:{one:"{count} element",few:"{count} elementy",many:"{count} element\xF3w",other:"{count} elementu"},overdue:{one:"{count} zaleg\u0142e",few:"{count} zaleg\u0142e",many:"{count} zaleg\u0142ych",other:"{count} zaleg\u0142ego"},due_soon:{one:"{count} wkr\xF3tce",few:"{count} wkr\xF3tce",many:"{count} wkr\xF3tce",other:"{count} wkr\xF3tce"}},status:{overdue:"Zaleg\u0142e",due_soon:"Wkr\xF3tce termin",ok:"Nadchodz\u0105ce",unscheduled:"Nie zaplanowano",done:"Zrobione",snoozed:"Od\u0142o\u017Cone do {date}",paused:"Wstrzymane"},nav:{home:"Start",inbox:"Skrzynka odbiorcza",inbox_count:"Skrzynka odbiorcza ({count})",capture:"Zapisz co\u015B",add_asset:"Dodaj obiekt",add_task:"Dodaj zadanie",log_work:"Zarejestruj prac\u0119",switch_property:"Nieruchomo\u015B\u0107"},home:{health:"Kondycja domu",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Wydano w tym roku",budget_of:"z {budget}",budget_left:"Pozosta\u0142o {amount}",over_budget:"{amount} ponad bud\u017Cet",open_inbox:"Otwarte zapisy",overdue:"Zaleg\u0142e",due_soon:"Wkr\xF3tce termin",upcoming:"Nadchodz\u0105ce",nothing_due:"Nic nie jest zaleg\u0142e ani nie ma bliskiego terminu. Dobra robota!",no_tasks:"Brak pasuj\u0105cych zada\u0144.",no_tasks_yet:"Nie ma jeszcze zada\u0144. Dodaj obiekt z szablonu, aby otrzyma\u0107 jego typowe zadania konserwacyjne.",recent_work:"Ostatnie prace",no_recent_work:"Nic jeszcze nie zarejestrowano.",group_by:"Grupuj wed\u0142ug",group_zone:"Strefa",group_asset:"Obiekt",filter_zone:"Strefa",filter_asset:"Obiekt",filter_assignee:"Przypisane do",filters:"Filtry",clear_filters:"Wyczy\u015B\u0107 filtry",expand:"Poka\u017C zadania: {name}",collapse:"Ukryj zadania: {name}",results:{one:"Pasuje {count} zadanie",few:"Pasuj\u0105 {count} zadania",many:"Pasuje {count} zada\u0144",other:"Pasuje {count} zadania"},pause:"Wstrzymaj dom",resume:"Wzn\xF3w dom",paused_text:"Dom jest wstrzymany: nic nie staje si\u0119 zaleg\u0142e i \u017Cadne przypomnienia nie s\u0105 wysy\u0142ane a\u017C do wznowienia.",paused_until:"Dom jest wstrzymany do {date}: do tego czasu nic nie staje si\u0119 zaleg\u0142e i \u017Cadne przypomnienia nie s\u0105 wysy\u0142ane."},task:{done:"Zrobione",snooze:"Od\u0142\xF3\u017C",skip:"Pomi\u0144",edit:"Edytuj zadanie",remove:"Usu\u0144 zadanie",due:"Termin {when}",due_on:"Termin {date}",last_done:"Ostatnio wykonano {when}",never_done:"Nigdy nie wykonano",meter_progress:"{value} z {every} {unit}",priority:"Priorytet",priority_0:"Niski",priority_1:"Normalny",priority_2:"Wysoki",priority_3:"Pilny",mark_done:"Oznacz {name} jako wykonane",snooze_named:"Od\u0142\xF3\u017C {name}",assigned:"Przypisane do: {names}",rotates:"Na zmian\u0119: nast\u0119pnym razem kolej na nast\u0119pn\u0105 osob\u0119.",season:"Aktywne: {months}",paused:"Wstrzymane do wznowienia",paused_until:"Wstrzymane do {date}",pause:"Wstrzymaj",resume:"Wzn\xF3w"},log:{completed:"Wykonano",skipped:"Pomini\u0119to",snoozed:"Od\u0142o\u017Cono",manual:"Zarejestrowano",note:"Notatka",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Ten obiekt ju\u017C nie istnieje.",details:"Szczeg\xF3\u0142y",manufacturer:"Producent",model:"Model",serial_number:"Numer seryjny",installed_on:"Data instalacji",zone:"Strefa",template:"Szablon",warranty_until:"Gwarancja do",warranty_days_left:{one:"{date} (pozosta\u0142 {count} dzie\u0144)",few:"{date} (pozosta\u0142y {count} dni)",many:"{date} (pozosta\u0142o {count} dni)",other:"{date} (pozosta\u0142o dni: {count})"},warranty_ended:"Zako\u0144czona {date}",expected_life:"Przewidywany okres u\u017Cytkowania",expected_life_until:{one:"{count} rok, do {date}",few:"{count} lata, do {date}",many:"{count} lat, do {date}",other:"{count} roku, do {date}"},expected_life_years:{one:"{count} rok",few:"{count} lata",many:"{count} lat",other:"{count} roku"},notes:"Notatki",tasks:"Zadania",no_tasks:"Ten obiekt nie ma jeszcze zada\u0144.",history:"Historia",no_history:"Dla tego obiektu nic jeszcze nie zarejestrowano.",total_cost:"\u0141\u0105czny koszt",cost_this_year:"W tym roku",supplies:"Materia\u0142y eksploatacyjne",no_supplies:"Brak materia\u0142\xF3w eksploatacyjnych.",quantity:"Na stanie: {count}",quantity_unknown:"Stan nie jest liczony",buy:"Kup {name}",part:"Cz\u0119\u015B\u0107 {number}",documents:"Dokumenty",no_documents:"Nie ma jeszcze instrukcji ani paragon\xF3w.",attach:"Do\u0142\u0105cz PDF lub zdj\u0119cie",attaching:"Przesy\u0142anie {name}\u2026",attached:"Do\u0142\u0105czono {name}.",captures:"Zapisy na jego temat",edit:"Edytuj obiekt",remove:"Usu\u0144 obiekt",add_supply:"Dodaj materia\u0142 eksploatacyjny",edit_supply:"Edytuj {name}",overdue:"Wymaga uwagi",open:"Otw\xF3rz {name}",loading_details:"\u0141adowanie historii i dokument\xF3w\u2026",past_life:"Przekroczy\u0142 przewidywany okres u\u017Cytkowania",remove_supply:"Usu\u0144 {name}"},inbox:{title:"Skrzynka odbiorcza",empty:"Nic nie czeka. Trafiaj\u0105 tu zapisy utworzone przyciskiem +.",status_PENDING:"Oczekuje",status_PROCESSING:"Przetwarzanie\u2026",status_PROCESSED:"Rozpoznano",status_FAILED:"Niepowodzenie",transcript:"Co zosta\u0142o powiedziane",understood:"Co zosta\u0142o rozpoznane",suggested:"Propozycja: {task}",suggested_asset:"Dotyczy: {asset}",triage:"Rozpatrz",dismiss:"Odrzu\u0107",retry:"Spr\xF3buj ponownie",from:"Od: {who}, {when}",photo_of:"Zdj\u0119cie: {summary}",voice_memo:"Notatka g\u0142osowa",dismissed:"Zapis odrzucony.",filed:"Zapis rozpatrzony."},dialog:{complete:{title:"Oznacz jako wykonane: {name}",performed_at:"Wykonano",notes:"Notatki",cost:"Koszt ({currency})",submit:"Oznacz jako wykonane",done:"Wykonano: {name}. Nast\u0119pny termin {when}."},snooze:{title:"Od\u0142\xF3\u017C: {name}",how_long:"Od\u0142\xF3\u017C na",one_day:"1 dzie\u0144",one_week:"1 tydzie\u0144",until_date:"Do wybranej daty",date:"Data",submit:"Od\u0142\xF3\u017C",done:"Od\u0142o\u017Cono {name} do {when}."},skip:{title:"Pomi\u0144: {name}",text:"Pomin\u0105\u0107 to wyst\u0105pienie \u201E{name}\u201D? Zadanie przejdzie do nast\u0119pnego terminu, a pomini\u0119cie zostanie zarejestrowane.",submit:"Pomi\u0144",done:"Pomini\u0119to {name}. Nast\u0119pny termin {when}."},log:{title:"Zarejestruj prac\u0119",asset:"Obiekt",action:"Co zosta\u0142o zrobione",submit:"Zarejestruj",done:"Zarejestrowano."},asset:{add_title:"Dodaj obiekt",edit_title:"Edytuj {name}",template:"Szablon",no_template:"Bez szablonu",template_tasks:"Dodaje: {tasks}",zone:"Strefa",new_zone:"Nowa strefa\u2026",new_zone_name:"Nazwa nowej strefy",expected_life_years:"Przewidywany okres u\u017Cytkowania (lata)",expected_life_hint:"Je\u015Bli zostawisz puste, szablon wpisze typow\u0105 warto\u015B\u0107.",submit_add:"Dodaj obiekt",added:"Dodano {name}.",saved:"Zapisano {name}.",category:{electrical:"Elektryka",exterior:"Na zewn\u0105trz domu",general:"Og\xF3lne",hvac:"Ogrzewanie i ch\u0142odzenie",kitchen:"Kuchnia",laundry:"Pranie",plumbing:"Hydraulika i woda",pool:"Basen i spa",safety:"Bezpiecze\u0144stwo",vehicle:"Pojazdy",yard:"Podw\xF3rko i ogr\xF3d"}},task:{add_title:"Dodaj zadanie",edit_title:"Edytuj {name}",asset:"Obiekt",kind:"Jak si\u0119 powtarza?",kind_interval:"Co kilka dni, tygodni, miesi\u0119cy lub lat",kind_cron:"Wed\u0142ug wzorca kalendarzowego (cron)",kind_meter:"Wed\u0142ug zu\u017Cycia, z sensora (godziny, cykle, km)",kind_once:"Tylko raz",every:"Powtarzaj co",unit:"Jednostka",unit_days:"dni",unit_weeks:"tygodnie",unit_months:"miesi\u0105ce",unit_years:"lata",anchor:"Licz od",anchor_completion:"ostatniego wykonania",anchor_fixed:"sta\u0142ego kalendarza",cron:"Wyra\u017Cenie cron",cron_help:"minuta godzina dzie\u0144-miesi\u0105ca miesi\u0105c dzie\u0144-tygodnia, np. 0 9 1 * * to 9:00 pierwszego dnia miesi\u0105ca",preview:"Nast\u0119pne terminy",preview_loading:"Obliczanie nast\u0119pnych termin\xF3w\u2026",meter_entity:"Sensor",meter_pick:"Wybierz sensor",meter_none:"Nie znaleziono sensora liczbowego.",meter_now:"Teraz: {value}",meter_since:"Od ostatniego wykonania: {progress}",meter_every:"Powtarzaj co (jednostki sensora)",backstop:"Lub najp\xF3\u017Aniej co (opcjonalnie)",first_due:"Pierwszy termin",lead_days:"Przypomnij tyle dni wcze\u015Bniej",priority:"Priorytet",notes:"Notatki",submit_add:"Dodaj zadanie",added:"Dodano {name}.",saved:"Zapisano {name}.",assignee:"Przypisane do",rotate:"Na zmian\u0119 (nast\u0119pnym razem kolej na nast\u0119pn\u0105 osob\u0119)",assignee_hint:"Przypomnienia trafiaj\u0105 na telefony tych os\xF3b; brak zaznaczenia oznacza ka\u017Cdego.",active_months:"Aktywne miesi\u0105ce",active_months_hint:"W pozosta\u0142ych miesi\u0105cach brak przypomnie\u0144 i nic nie jest zaleg\u0142e; brak zaznaczenia oznacza ca\u0142y rok."},supply:{add_title:"Dodaj materia\u0142 eksploatacyjny",edit_title:"Edytuj {name}",part_number:"Numer cz\u0119\u015Bci",purchase_url:"Gdzie kupi\u0107 (link)",quantity:"Na stanie",task:"U\u017Cywany przez zadanie",no_task:"Bez zadania",saved:"Zapisano {name}."},remove:{title:"Usun\u0105\u0107 {name}?",asset_text:"Obiekt \u201E{name}\u201D zostanie usuni\u0119ty razem z zadaniami, materia\u0142ami eksploatacyjnymi i histori\u0105. Tego nie mo\u017Cna cofn\u0105\u0107.",task_text:"Zadanie \u201E{name}\u201D zostanie usuni\u0119te; jego historia pozostanie przy obiekcie. Tego nie mo\u017Cna cofn\u0105\u0107.",supply_text:"Materia\u0142 \u201E{name}\u201D zostanie usuni\u0119ty.",confirm:"Usu\u0144",removed:"Usuni\u0119to {name}."},gone:{task:"To zadanie zosta\u0142o w mi\u0119dzyczasie usuni\u0119te.",asset:"Ten obiekt zosta\u0142 w mi\u0119dzyczasie usuni\u0119ty.",capture:"Ten zapis zosta\u0142 w mi\u0119dzyczasie rozpatrzony."},triage:{title:"Rozpatrz ten zapis",outcome:"Zamie\u0144 na",outcome_task:"Zadanie",outcome_log:"Wpis w dzienniku (wykonana praca)",outcome_note:"Notatk\u0119 przy obiekcie",name:"Nazwa",action:"Co zosta\u0142o zrobione",performed_at:"Wykonano",submit:"Rozpatrz"},capture:{title:"Zapisz co\u015B",photo:"Zr\xF3b lub wybierz zdj\u0119cie",file:"Wybierz plik",record:"Nagraj notatk\u0119 g\u0142osow\u0105",stop:"Zatrzymaj nagrywanie",recording:"Nagrywanie\u2026 {time}",discard:"Odrzu\u0107",chosen:"{name} ({size})",recorded:"Notatka g\u0142osowa ({time})",text:"Lub wpisz notatk\u0119",asset:"Dotyczy (opcjonalnie)",submit:"Wy\u015Blij do skrzynki odbiorczej",uploading:"Przesy\u0142anie\u2026 {percent} %",sent:"Wys\u0142ano do skrzynki odbiorczej.",mic_denied:"Mikrofon jest zablokowany. Zezw\xF3l na niego dla tej witryny w ustawieniach przegl\u0105darki albo wybierz nagranie.",mic_absent:"Na tym urz\u0105dzeniu nie znaleziono mikrofonu. Wybierz nagranie.",mic_unsupported:"Ta przegl\u0105darka nie mo\u017Ce tu nagrywa\u0107 d\u017Awi\u0119ku (potrzebne jest bezpieczne po\u0142\u0105czenie https). Wybierz nagranie.",empty:"Najpierw dodaj zdj\u0119cie, nagranie lub kilka s\u0142\xF3w tekstu."},pause:{title:"Wstrzymaj: {name}",resume_title:"Wzn\xF3w: {name}",submit:"Wstrzymaj",resume_submit:"Wzn\xF3w",task_text:"Gdy zadanie jest wstrzymane, nigdy nie staje si\u0119 zaleg\u0142e i nie wysy\u0142a przypomnie\u0144.",property_text:"Gdy dom jest wstrzymany (urlop, pusty dom), \u017Cadne zadanie nie staje si\u0119 zaleg\u0142e i \u017Cadne przypomnienia nie s\u0105 wysy\u0142ane.",until:"Wzn\xF3w automatycznie dnia (opcjonalnie)",resume_text:"Terminy przesuwaj\u0105 si\u0119 o czas wstrzymania; zadania wed\u0142ug sta\u0142ego kalendarza s\u0105 kontynuowane od nast\u0119pnej daty.",paused:"Wstrzymano: {name}.",resumed:"Wznowiono: {name}."}},error:{generic:"Co\u015B posz\u0142o nie tak: {message}",network:"Przesy\u0142any plik nie dotar\u0142 do Home Assistant. Sprawd\u017A po\u0142\u0105czenie i spr\xF3buj ponownie.",too_large:"Ten plik jest za du\u017Cy dla Haven (najwy\u017Cej 25 MB).",unsupported_type:"Haven przyjmuje tylko zdj\u0119cia (JPEG, PNG, GIF, WebP, HEIC), pliki PDF jako dokumenty i nagrania d\u017Awi\u0119kowe.",bad_request:"Home Assistant odrzuci\u0142 przesy\u0142any plik: {message}",forbidden:"Nie masz uprawnie\u0144, aby to zrobi\u0107: {message}",number:"Wprowad\u017A liczb\u0119.",required:"Wype\u0142nij pole: {field}.",positive:"Wprowad\u017A liczb\u0119 wi\u0119ksz\u0105 od zera.",date:"Wprowad\u017A dat\u0119.",years:"Wprowad\u017A pe\u0142n\u0105 liczb\u0119 lat od 1 do 200.",load_asset:"Nie uda\u0142o si\u0119 wczyta\u0107 historii tego obiektu: {message}"},schedule:{every_days:{one:"Codziennie",few:"Co {count} dni",many:"Co {count} dni",other:"Co {count} dnia"},every_weeks:{one:"Co tydzie\u0144",few:"Co {count} tygodnie",many:"Co {count} tygodni",other:"Co {count} tygodnia"},every_months:{one:"Co miesi\u0105c",few:"Co {count} miesi\u0105ce",many:"Co {count} miesi\u0119cy",other:"Co {count} miesi\u0105ca"},every_years:{one:"Co rok",few:"Co {count} lata",many:"Co {count} lat",other:"Co {count} roku"},from_completion:"{every}, licz\u0105c od ostatniego wykonania",fixed:"{every}, wed\u0142ug sta\u0142ego kalendarza",cron_daily:"Codziennie o {time}",cron_weekly:"Co tydzie\u0144: {days}, o {time}",cron_monthly:"O {time} w dniu {day} ka\u017Cdego miesi\u0105ca",cron_yearly:"Co roku: {month}, dzie\u0144 {day}, o {time}",cron_custom:"Wed\u0142ug wzorca {cron}",meter:{one:"Co {count} jednostk\u0119 {sensor}",few:"Co {count} jednostki {sensor}",many:"Co {count} jednostek {sensor}",other:"Co {count} jednostki {sensor}"},meter_backstop:"{meter} lub {backstop}, zale\u017Cnie od tego, co nast\u0105pi pierwsze",once:"Jednorazowo"},card:{overview_name:"Haven \u2013 przegl\u0105d",overview_description:"Kondycja domu, zadania z bie\u017C\u0105cym terminem z przyciskami \u201EZrobione\u201D i \u201EOd\u0142\xF3\u017C\u201D oraz ostatnie prace.",asset_name:"Haven \u2013 obiekt",asset_description:"Zadania jednego obiektu i ich stan, z przyciskami \u201EZrobione\u201D.",capture_name:"Haven \u2013 zapis",capture_description:"Zapisz zdj\u0119cie, notatk\u0119 g\u0142osow\u0105 lub notatk\u0119 w skrzynce odbiorczej Haven.",all_caught_up:"Wszystko zrobione.",open_panel:"Otw\xF3rz Haven",pick_asset:"Wybierz obiekt w ustawieniach karty.",capture_prompt:"Co\u015B zauwa\u017Cy\u0142e\u015B? Zapisz to.",show_recent:"Poka\u017C ostatnie prace",max_tasks:"Maksymalna liczba zada\u0144 do pokazania",title:"Tytu\u0142",no_properties:"Nie wczytano \u017Cadnej nieruchomo\u015Bci Haven.",more:{one:"\u2026i {count} wi\u0119cej",few:"\u2026i {count} wi\u0119cej",many:"\u2026i {count} wi\u0119cej",other:"\u2026i {count} wi\u0119cej"}}};var M5={common:{haven:"Haven",cancel:"Cancelar",save:"Salvar",close:"Fechar",remove:"Remover",edit:"Editar",add:"Adicionar",back:"Voltar",retry:"Tentar novamente",loading:"Carregando\u2026",none:"Nenhum",optional:"opcional",name:"Nome",notes:"Notas",cost:"Custo",search:"Pesquisar tarefas",all_zones:"Todas as zonas",all_assets:"Todos os equipamentos",everyone:"Todos",no_zone:"Sem zona",house_wide:"Casa toda",no_asset:"Sem equipamento (casa toda)",reconnecting:"Conex\xE3o perdida \u2014 reconectando\u2026",connecting:"Conectando ao Haven\u2026",not_loaded:"O Haven ainda n\xE3o tem nenhum im\xF3vel carregado. Adicione um em Configura\xE7\xF5es \u2192 Dispositivos e servi\xE7os.",property:"Im\xF3vel",show_more:{one:"Mostrar mais {count}",many:"Mostrar mais {count}",other:"Mostrar mais {count}"},more_actions:"Mais a\xE7\xF5es para {name}",by:"por {name}",someone:"algu\xE9m"},count:{tasks:{one:"{count} tarefa",many:"{count} tarefas",other:"{count} tarefas"},assets:{one:"{count} equipamento",many:"{count} equipamentos",other:"{count} equipamentos"},items:{one:"{count} item",many:"{count} itens",other:"{count} itens"},overdue:{one:"{count} atrasada",many:"{count} atrasadas",other:"{count} atrasadas"},due_soon:{one:"{count} vence em breve",many:"{count} vencem em breve",other:"{count} vencem em breve"}},status:{overdue:"Atrasada",due_soon:"Vence em breve",ok:"Em dia",unscheduled:"N\xE3o agendada",done:"Conclu\xEDdo",snoozed:"Adiada at\xE9 {date}",paused:"Pausada"},nav:{home:"In\xEDcio",inbox:"Caixa de entrada",inbox_count:"Caixa de entrada ({count})",capture:"Capturar algo",add_asset:"Adicionar equipamento",add_task:"Adicionar tarefa",log_work:"Registrar trabalho",switch_property:"Im\xF3vel"},home:{health:"Sa\xFAde da casa",health_value:"{health}%",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Gasto este ano",budget_of:"de {budget}",budget_left:"Restam {amount}",over_budget:"{amount} acima do or\xE7amento",open_inbox:"Capturas abertas",overdue:"Atrasada",due_soon:"Vence em breve",upcoming:"Em dia",nothing_due:"Nada atrasado nem vencendo em breve. Muito bem!",no_tasks:"Nenhuma tarefa corresponde.",no_tasks_yet:"Ainda n\xE3o h\xE1 tarefas. Adicione um equipamento a partir de um modelo predefinido para ter a manuten\xE7\xE3o habitual dele.",recent_work:"Trabalhos recentes",no_recent_work:"Nada registrado ainda.",group_by:"Agrupar por",group_zone:"Zona",group_asset:"Equipamento",filter_zone:"Zona",filter_asset:"Equipamento",filter_assignee:"Atribu\xEDda a",filters:"Filtros",clear_filters:"Limpar filtros",expand:"Mostrar as tarefas de {name}",collapse:"Ocultar as tarefas de {name}",results:{one:"{count} tarefa corresponde",many:"{count} tarefas correspondem",other:"{count} tarefas correspondem"},pause:"Pausar a casa",resume:"Retomar a casa",paused_text:"A casa est\xE1 pausada: nada fica atrasado e nenhum lembrete \xE9 enviado at\xE9 que ela seja retomada.",paused_until:"A casa est\xE1 pausada at\xE9 {date}: at\xE9 l\xE1, nada fica atrasado e nenhum lembrete \xE9 enviado."},task:{done:"Conclu\xEDdo",snooze:"Adiar",skip:"Pular",edit:"Editar tarefa",remove:"Remover tarefa",due:"Vencimento: {when}",due_on:"Vencimento: {date}",last_done:"\xDAltima vez: {when}",never_done:"Nunca feita",meter_progress:"{value} de {every} {unit}",priority:"Prioridade",priority_0:"Baixa",priority_1:"Normal",priority_2:"Alta",priority_3:"Urgente",mark_done:"Marcar {name} como conclu\xEDda",snooze_named:"Adiar {name}",assigned:"Atribu\xEDda a {names}",rotates:"Em revezamento: a pr\xF3xima vez fica com a pr\xF3xima pessoa.",season:"Ativa: {months}",paused:"Pausada at\xE9 ser retomada",paused_until:"Pausada at\xE9 {date}",pause:"Pausar",resume:"Retomar"},log:{completed:"Conclu\xEDdo",skipped:"Pulada",snoozed:"Adiada",manual:"Registrado",note:"Nota",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Este equipamento n\xE3o existe mais.",details:"Detalhes",manufacturer:"Fabricante",model:"Modelo",serial_number:"N\xFAmero de s\xE9rie",installed_on:"Instalado em",zone:"Zona",template:"Modelo predefinido",warranty_until:"Garantia at\xE9",warranty_days_left:{one:"{date} (falta {count} dia)",many:"{date} (faltam {count} dias)",other:"{date} (faltam {count} dias)"},warranty_ended:"Terminou em {date}",expected_life:"Vida \xFAtil prevista",expected_life_until:{one:"{count} ano, at\xE9 {date}",many:"{count} anos, at\xE9 {date}",other:"{count} anos, at\xE9 {date}"},expected_life_years:{one:"{count} ano",many:"{count} anos",other:"{count} anos"},notes:"Notas",tasks:"Tarefas",no_tasks:"Ainda n\xE3o h\xE1 tarefas para este equipamento.",history:"Hist\xF3rico",no_history:"Nada registrado para este equipamento ainda.",total_cost:"Custo total",cost_this_year:"Este ano",supplies:"Suprimentos",no_supplies:"Sem suprimentos.",quantity:"Em estoque: {count}",quantity_unknown:"Estoque n\xE3o contado",buy:"Comprar {name}",part:"Pe\xE7a {number}",documents:"Documentos",no_documents:"Ainda n\xE3o h\xE1 manuais nem recibos.",attach:"Anexar um PDF ou uma foto",attaching:"Enviando {name}\u2026",attached:"{name} anexado.",captures:"Capturas sobre ele",edit:"Editar equipamento",remove:"Remover equipamento",add_supply:"Adicionar suprimento",edit_supply:"Editar {name}",overdue:"Precisa de aten\xE7\xE3o",open:"Abrir {name}",loading_details:"Carregando hist\xF3rico e documentos\u2026",past_life:"Passou da vida \xFAtil prevista",remove_supply:"Remover {name}"},inbox:{title:"Caixa de entrada",empty:"Nada esperando. As capturas que voc\xEA fizer com o bot\xE3o + chegam aqui.",status_PENDING:"Aguardando",status_PROCESSING:"Processando\u2026",status_PROCESSED:"Interpretada",status_FAILED:"Falhou",transcript:"O que foi dito",understood:"O que foi entendido",suggested:"Sugest\xE3o: {task}",suggested_asset:"Sobre: {asset}",triage:"Arquivar",dismiss:"Descartar",retry:"Tentar novamente",from:"De {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"Memo de voz",dismissed:"Captura descartada.",filed:"Captura arquivada."},dialog:{complete:{title:"Marcar como conclu\xEDda: {name}",performed_at:"Feita em",notes:"Notas",cost:"Custo ({currency})",submit:"Marcar como conclu\xEDda",done:"Conclu\xEDdo: {name}. Pr\xF3ximo vencimento: {when}."},snooze:{title:"Adiar: {name}",how_long:"Adiar por",one_day:"1 dia",one_week:"1 semana",until_date:"At\xE9 uma data",date:"Data",submit:"Adiar",done:"{name} adiada at\xE9 {when}."},skip:{title:"Pular: {name}",text:"Pular esta ocorr\xEAncia de \u201C{name}\u201D? Ela passa para a pr\xF3xima data de vencimento e o pulo \xE9 registrado.",submit:"Pular",done:"{name} pulada. Pr\xF3ximo vencimento: {when}."},log:{title:"Registrar trabalho",asset:"Equipamento",action:"O que foi feito",submit:"Registrar",done:"Registrado."},asset:{add_title:"Adicionar um equipamento",edit_title:"Editar {name}",template:"Modelo predefinido",no_template:"Sem modelo predefinido",template_tasks:"Adiciona: {tasks}",zone:"Zona",new_zone:"Nova zona\u2026",new_zone_name:"Nome da nova zona",expected_life_years:"Vida \xFAtil prevista (anos)",expected_life_hint:"Se ficar vazio, o modelo predefinido preenche um valor habitual.",submit_add:"Adicionar equipamento",added:"Adicionado: {name}.",saved:"Salvo: {name}.",category:{electrical:"El\xE9trica",exterior:"\xC1rea externa",general:"Geral",hvac:"Aquecimento e refrigera\xE7\xE3o",kitchen:"Cozinha",laundry:"Lavanderia",plumbing:"Hidr\xE1ulica e \xE1gua",pool:"Piscina e spa",safety:"Seguran\xE7a",vehicle:"Ve\xEDculos",yard:"Quintal e jardim"}},task:{add_title:"Adicionar uma tarefa",edit_title:"Editar {name}",asset:"Equipamento",kind:"Como ela se repete?",kind_interval:"A cada tantos dias, semanas, meses ou anos",kind_cron:"Em um padr\xE3o de calend\xE1rio (cron)",kind_meter:"Por uso, a partir de um sensor (horas, ciclos, km)",kind_once:"S\xF3 uma vez",every:"A cada",unit:"Unidade",unit_days:"dias",unit_weeks:"semanas",unit_months:"meses",unit_years:"anos",anchor:"Contar a partir de",anchor_completion:"a \xFAltima vez que foi feita",anchor_fixed:"um calend\xE1rio fixo",cron:"Express\xE3o cron",cron_help:"minuto hora dia-do-m\xEAs m\xEAs dia-da-semana, ex.: 0 9 1 * * para 9:00 no dia 1\xBA",preview:"Pr\xF3ximas datas",preview_loading:"Calculando as pr\xF3ximas datas\u2026",meter_entity:"Sensor",meter_pick:"Escolha um sensor",meter_none:"Nenhum sensor num\xE9rico encontrado.",meter_now:"Agora: {value}",meter_since:"Desde a \xFAltima vez que foi feita: {progress}",meter_every:"A cada (unidades do sensor)",backstop:"Ou no m\xE1ximo a cada (opcional)",first_due:"Primeiro vencimento",lead_days:"Lembrar com estes dias de anteced\xEAncia",priority:"Prioridade",notes:"Notas",submit_add:"Adicionar tarefa",added:"Adicionado: {name}.",saved:"Salvo: {name}.",assignee:"Atribu\xEDda a",rotate:"Revezar (a pr\xF3xima vez fica com a pr\xF3xima pessoa)",assignee_hint:"Os lembretes v\xE3o para os telefones das pessoas; ningu\xE9m marcado significa qualquer pessoa.",active_months:"Meses ativos",active_months_hint:"Nos outros meses, nenhum lembrete e nada atrasado; nenhum marcado significa o ano todo."},supply:{add_title:"Adicionar um suprimento",edit_title:"Editar {name}",part_number:"C\xF3digo da pe\xE7a",purchase_url:"Onde comprar (link)",quantity:"Em estoque",task:"Usado pela tarefa",no_task:"Nenhuma tarefa",saved:"Salvo: {name}."},remove:{title:"Remover {name}?",asset_text:"\u201C{name}\u201D e suas tarefas, suprimentos e hist\xF3rico s\xE3o removidos. Isso n\xE3o pode ser desfeito.",task_text:"\u201C{name}\u201D \xE9 removida; o hist\xF3rico fica com o equipamento. Isso n\xE3o pode ser desfeito.",supply_text:"\u201C{name}\u201D \xE9 removido.",confirm:"Remover",removed:"Removido: {name}."},gone:{task:"Esta tarefa foi removida nesse meio-tempo.",asset:"Este equipamento foi removido nesse meio-tempo.",capture:"Esta captura foi arquivada nesse meio-tempo."},triage:{title:"Arquivar esta captura",outcome:"Transformar em",outcome_task:"Uma tarefa",outcome_log:"Uma entrada do hist\xF3rico (trabalho feito)",outcome_note:"Uma nota no equipamento",name:"Nome",action:"O que foi feito",performed_at:"Feita em",submit:"Arquivar"},capture:{title:"Capturar algo",photo:"Tirar ou escolher uma foto",file:"Escolher um arquivo",record:"Gravar um memo de voz",stop:"Parar de gravar",recording:"Gravando\u2026 {time}",discard:"Descartar",chosen:"{name} ({size})",recorded:"Memo de voz ({time})",text:"Ou digite uma nota",asset:"Sobre (opcional)",submit:"Enviar para a caixa de entrada",uploading:"Enviando\u2026 {percent}%",sent:"Enviado para a caixa de entrada.",mic_denied:"O microfone est\xE1 bloqueado. Permita o acesso para este site nas configura\xE7\xF5es do navegador, ou escolha uma grava\xE7\xE3o.",mic_absent:"Nenhum microfone foi encontrado neste dispositivo. Escolha uma grava\xE7\xE3o.",mic_unsupported:"Este navegador n\xE3o consegue gravar \xE1udio aqui (\xE9 preciso uma conex\xE3o https segura). Escolha uma grava\xE7\xE3o.",empty:"Primeiro adicione uma foto, uma grava\xE7\xE3o ou uma linha de texto."},pause:{title:"Pausar {name}",resume_title:"Retomar {name}",submit:"Pausar",resume_submit:"Retomar",task_text:"Enquanto estiver pausada, esta tarefa nunca fica atrasada e n\xE3o envia lembretes.",property_text:"Enquanto a casa estiver pausada (f\xE9rias, casa vazia), nenhuma tarefa fica atrasada e nenhum lembrete \xE9 enviado.",until:"Retomar sozinho em (opcional)",resume_text:"As datas de vencimento avan\xE7am pelo tempo em que ficou pausado; tarefas em um calend\xE1rio fixo continuam com a pr\xF3xima data.",paused:"Pausado: {name}.",resumed:"Retomado: {name}."}},error:{generic:"Algo deu errado: {message}",network:"O envio n\xE3o chegou ao Home Assistant. Verifique a conex\xE3o e tente novamente.",too_large:"Este arquivo \xE9 grande demais para o Haven (no m\xE1ximo 25 MB).",unsupported_type:"O Haven s\xF3 aceita fotos (JPEG, PNG, GIF, WebP, HEIC), PDFs para documentos e grava\xE7\xF5es de \xE1udio.",bad_request:"O Home Assistant recusou o envio: {message}",forbidden:"Voc\xEA n\xE3o tem permiss\xE3o para fazer isso: {message}",number:"Digite um n\xFAmero.",required:"Preencha {field}.",positive:"Digite um n\xFAmero maior que zero.",date:"Digite uma data.",years:"Digite anos inteiros de 1 a 200.",load_asset:"N\xE3o foi poss\xEDvel carregar o hist\xF3rico deste equipamento: {message}"},schedule:{every_days:{one:"Todo dia",many:"A cada {count} dias",other:"A cada {count} dias"},every_weeks:{one:"Toda semana",many:"A cada {count} semanas",other:"A cada {count} semanas"},every_months:{one:"Todo m\xEAs",many:"A cada {count} meses",other:"A cada {count} meses"},every_years:{one:"Todo ano",many:"A cada {count} anos",other:"A cada {count} anos"},from_completion:"{every}, contando a partir da \xFAltima vez que foi feita",fixed:"{every}, em um calend\xE1rio fixo",cron_daily:"Todo dia \xE0s {time}",cron_weekly:"Semanalmente: {days}, \xE0s {time}",cron_monthly:"\xC0s {time} no dia {day} de cada m\xEAs",cron_yearly:"Todo ano em {day} de {month} \xE0s {time}",cron_custom:"No padr\xE3o {cron}",meter:{one:"A cada {count} unidade de {sensor}",many:"A cada {count} unidades de {sensor}",other:"A cada {count} unidades de {sensor}"},meter_backstop:"{meter}, ou {backstop}, o que vier primeiro",once:"Uma vez"},card:{overview_name:"Vis\xE3o geral do Haven",overview_description:"Sa\xFAde da casa, as tarefas que vencem agora com Conclu\xEDdo e Adiar, e os trabalhos recentes.",asset_name:"Equipamento do Haven",asset_description:"As tarefas de um equipamento e o estado delas, com bot\xF5es Conclu\xEDdo.",capture_name:"Captura do Haven",capture_description:"Capture uma foto, um memo de voz ou uma nota para a caixa de entrada do Haven.",all_caught_up:"Tudo em dia.",open_panel:"Abrir o Haven",pick_asset:"Escolha um equipamento nas configura\xE7\xF5es do cart\xE3o.",capture_prompt:"Notou algo? Capture.",show_recent:"Mostrar trabalhos recentes",max_tasks:"M\xE1ximo de tarefas a mostrar",title:"T\xEDtulo",no_properties:"Nenhum im\xF3vel do Haven est\xE1 carregado.",more:{one:"\u2026e mais {count}",many:"\u2026e mais {count}",other:"\u2026e mais {count}"}}};var o5={common:{haven:"Haven",cancel:"Avbryt",save:"Spara",close:"St\xE4ng",remove:"Ta bort",edit:"Redigera",add:"L\xE4gg till",back:"Tillbaka",retry:"F\xF6rs\xF6k igen",loading:"L\xE4ser in\u2026",none:"Ingen",optional:"valfritt",name:"Namn",notes:"Anteckningar",cost:"Kostnad",search:"S\xF6k uppgifter",all_zones:"Alla zoner",all_assets:"Alla objekt",everyone:"Alla",no_zone:"Ingen zon",house_wide:"Hela huset",no_asset:"Inget objekt (hela huset)",reconnecting:"Anslutningen br\xF6ts \u2013 ansluter igen\u2026",connecting:"Ansluter till Haven\u2026",not_loaded:"Haven har ingen fastighet inl\xE4st \xE4n. L\xE4gg till en under Inst\xE4llningar \u2192 Enheter och tj\xE4nster.",property:"Fastighet",show_more:{one:"Visa {count} till",other:"Visa {count} till"},more_actions:"Fler \xE5tg\xE4rder f\xF6r {name}",by:"av {name}",someone:"n\xE5gon"},count:{tasks:{one:"{count} uppgift",other:"{count} uppgifter"},assets:{one:"{count} objekt",other:"{count} objekt"},items:{one:"{count} post",other:"{count} poster"},overdue:{one:"{count} f\xF6rsenad",other:"{count} f\xF6rsenade"},due_soon:{one:"{count} snart dags",other:"{count} snart dags"}},status:{overdue:"F\xF6rsenad",due_soon:"Snart dags",ok:"Kommande",unscheduled:"Inte schemalagd",done:"Klar",snoozed:"Uppskjuten till {date}",paused:"Pausad"},nav:{home:"Hem",inbox:"Inkorg",inbox_count:"Inkorg ({count})",capture:"Notera n\xE5got",add_asset:"L\xE4gg till objekt",add_task:"L\xE4gg till uppgift",log_work:"Logga arbete",switch_property:"Fastighet"},home:{health:"Husets skick",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Spenderat i \xE5r",budget_of:"av {budget}",budget_left:"{amount} kvar",over_budget:"{amount} \xF6ver budget",open_inbox:"\xD6ppna noteringar",overdue:"F\xF6rsenade",due_soon:"Snart dags",upcoming:"Kommande",nothing_due:"Inget \xE4r f\xF6rsenat eller snart dags. Bra jobbat!",no_tasks:"Inga uppgifter matchar.",no_tasks_yet:"Inga uppgifter \xE4n. L\xE4gg till ett objekt fr\xE5n en mall f\xF6r att f\xE5 dess vanliga underh\xE5ll.",recent_work:"Senaste arbeten",no_recent_work:"Inget loggat \xE4n.",group_by:"Gruppera efter",group_zone:"Zon",group_asset:"Objekt",filter_zone:"Zon",filter_asset:"Objekt",filter_assignee:"Tilldelad",filters:"Filter",clear_filters:"Rensa filter",expand:"Visa uppgifterna f\xF6r {name}",collapse:"D\xF6lj uppgifterna f\xF6r {name}",results:{one:"{count} uppgift matchar",other:"{count} uppgifter matchar"},pause:"Pausa huset",resume:"\xC5teruppta huset",paused_text:"Huset \xE4r pausat: ingenting blir f\xF6rsenat och inga p\xE5minnelser skickas f\xF6rr\xE4n det \xE5terupptas.",paused_until:"Huset \xE4r pausat till {date}: ingenting blir f\xF6rsenat och inga p\xE5minnelser skickas f\xF6rr\xE4n dess."},task:{done:"Klar",snooze:"Skjut upp",skip:"Hoppa \xF6ver",edit:"Redigera uppgift",remove:"Ta bort uppgift",due:"F\xF6rfaller {when}",due_on:"F\xF6rfaller {date}",last_done:"Senast gjord {when}",never_done:"Aldrig gjord",meter_progress:"{value} av {every} {unit}",priority:"Prioritet",priority_0:"L\xE5g",priority_1:"Normal",priority_2:"H\xF6g",priority_3:"Br\xE5dskande",mark_done:"Markera {name} som klar",snooze_named:"Skjut upp {name}",assigned:"Tilldelad {names}",rotates:"Turas om: n\xE4sta g\xE5ng g\xE5r till n\xE4sta person.",season:"Aktiv {months}",paused:"Pausad tills den \xE5terupptas",paused_until:"Pausad till {date}",pause:"Pausa",resume:"\xC5teruppta"},log:{completed:"Klar",skipped:"\xD6verhoppad",snoozed:"Uppskjuten",manual:"Loggad",note:"Anteckning",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"Det h\xE4r objektet finns inte l\xE4ngre.",details:"Detaljer",manufacturer:"Tillverkare",model:"Modell",serial_number:"Serienummer",installed_on:"Installerad",zone:"Zon",template:"Mall",warranty_until:"Garanti till",warranty_days_left:{one:"{date} ({count} dag kvar)",other:"{date} ({count} dagar kvar)"},warranty_ended:"Gick ut {date}",expected_life:"F\xF6rv\xE4ntad livsl\xE4ngd",expected_life_until:{one:"{count} \xE5r, till {date}",other:"{count} \xE5r, till {date}"},expected_life_years:{one:"{count} \xE5r",other:"{count} \xE5r"},notes:"Anteckningar",tasks:"Uppgifter",no_tasks:"Inga uppgifter f\xF6r det h\xE4r objektet \xE4n.",history:"Historik",no_history:"Inget loggat f\xF6r det h\xE4r objektet \xE4n.",total_cost:"Total kostnad",cost_this_year:"I \xE5r",supplies:"F\xF6rbrukningsartiklar",no_supplies:"Inga f\xF6rbrukningsartiklar.",quantity:"I lager: {count}",quantity_unknown:"Lagret r\xE4knas inte",buy:"K\xF6p {name}",part:"Artikel {number}",documents:"Dokument",no_documents:"Inga manualer eller kvitton \xE4n.",attach:"Bifoga en PDF eller ett foto",attaching:"Laddar upp {name}\u2026",attached:"{name} bifogad.",captures:"Noteringar om det",edit:"Redigera objekt",remove:"Ta bort objekt",add_supply:"L\xE4gg till f\xF6rbrukningsartikel",edit_supply:"Redigera {name}",overdue:"Beh\xF6ver \xE5tg\xE4rdas",open:"\xD6ppna {name}",loading_details:"L\xE4ser in historik och dokument\u2026",past_life:"Har passerat sin f\xF6rv\xE4ntade livsl\xE4ngd",remove_supply:"Ta bort {name}"},inbox:{title:"Inkorg",empty:"Inget v\xE4ntar. Noteringar du g\xF6r med +-knappen hamnar h\xE4r.",status_PENDING:"V\xE4ntar",status_PROCESSING:"Bearbetar\u2026",status_PROCESSED:"Tolkad",status_FAILED:"Misslyckades",transcript:"Vad som sades",understood:"Vad som tolkades",suggested:"F\xF6rslag: {task}",suggested_asset:"G\xE4ller: {asset}",triage:"Sortera",dismiss:"Avf\xE4rda",retry:"F\xF6rs\xF6k igen",from:"Fr\xE5n {who}, {when}",photo_of:"Foto: {summary}",voice_memo:"R\xF6stmemo",dismissed:"Noteringen avf\xE4rdades.",filed:"Noteringen sorterades."},dialog:{complete:{title:"Markera som klar: {name}",performed_at:"Utf\xF6rd",notes:"Anteckningar",cost:"Kostnad ({currency})",submit:"Markera som klar",done:"{name} klar. F\xF6rfaller n\xE4sta g\xE5ng {when}."},snooze:{title:"Skjut upp: {name}",how_long:"Skjut upp i",one_day:"1 dag",one_week:"1 vecka",until_date:"Till ett datum",date:"Datum",submit:"Skjut upp",done:"{name} uppskjuten till {when}."},skip:{title:"Hoppa \xF6ver: {name}",text:"Hoppa \xF6ver den h\xE4r f\xF6rekomsten av \u201D{name}\u201D? Den flyttas till n\xE4sta f\xF6rfallodatum och \xF6verhoppningen registreras.",submit:"Hoppa \xF6ver",done:"{name} \xF6verhoppad. F\xF6rfaller n\xE4sta g\xE5ng {when}."},log:{title:"Logga arbete",asset:"Objekt",action:"Vad som gjordes",submit:"Logga",done:"Loggat."},asset:{add_title:"L\xE4gg till ett objekt",edit_title:"Redigera {name}",template:"Mall",no_template:"Ingen mall",template_tasks:"L\xE4gger till: {tasks}",zone:"Zon",new_zone:"Ny zon\u2026",new_zone_name:"Namn p\xE5 den nya zonen",expected_life_years:"F\xF6rv\xE4ntad livsl\xE4ngd (\xE5r)",expected_life_hint:"L\xE4mnas f\xE4ltet tomt fyller en mall i ett vanligt v\xE4rde.",submit_add:"L\xE4gg till objekt",added:"{name} har lagts till.",saved:"{name} har sparats.",category:{electrical:"El",exterior:"Husets utsida",general:"Allm\xE4nt",hvac:"V\xE4rme och kyla",kitchen:"K\xF6k",laundry:"Tv\xE4tt",plumbing:"VVS och vatten",pool:"Pool och spa",safety:"S\xE4kerhet",vehicle:"Fordon",yard:"Tomt och tr\xE4dg\xE5rd"}},task:{add_title:"L\xE4gg till en uppgift",edit_title:"Redigera {name}",asset:"Objekt",kind:"Hur upprepas den?",kind_interval:"Med n\xE5gra dagars, veckors, m\xE5naders eller \xE5rs mellanrum",kind_cron:"Enligt ett kalenderm\xF6nster (cron)",kind_meter:"Efter anv\xE4ndning, fr\xE5n en sensor (timmar, cykler, km)",kind_once:"Bara en g\xE5ng",every:"Intervall",unit:"Enhet",unit_days:"dagar",unit_weeks:"veckor",unit_months:"m\xE5nader",unit_years:"\xE5r",anchor:"R\xE4kna fr\xE5n",anchor_completion:"senaste g\xE5ngen den gjordes",anchor_fixed:"en fast kalender",cron:"Cron-uttryck",cron_help:"minut timme dag-i-m\xE5naden m\xE5nad veckodag, t.ex. 0 9 1 * * f\xF6r 9:00 den 1:a",preview:"N\xE4sta datum",preview_loading:"R\xE4knar ut n\xE4sta datum\u2026",meter_entity:"Sensor",meter_pick:"V\xE4lj en sensor",meter_none:"Ingen numerisk sensor hittades.",meter_now:"Nu: {value}",meter_since:"Sedan den senast gjordes: {progress}",meter_every:"Intervall (sensorns enheter)",backstop:"Eller senast efter (valfritt)",first_due:"F\xF6rsta f\xF6rfallodatum",lead_days:"P\xE5minn s\xE5 h\xE4r m\xE5nga dagar innan",priority:"Prioritet",notes:"Anteckningar",submit_add:"L\xE4gg till uppgift",added:"{name} har lagts till.",saved:"{name} har sparats.",assignee:"Tilldelad",rotate:"Turas om (n\xE4sta g\xE5ng g\xE5r till n\xE4sta person)",assignee_hint:"Deras p\xE5minnelser g\xE5r till deras telefoner; ingen markerad betyder vem som helst.",active_months:"Aktiva m\xE5nader",active_months_hint:"Inga p\xE5minnelser och inget f\xF6rsenat under \xF6vriga m\xE5nader; ingen markerad betyder hela \xE5ret."},supply:{add_title:"L\xE4gg till en f\xF6rbrukningsartikel",edit_title:"Redigera {name}",part_number:"Artikelnummer",purchase_url:"Var den kan k\xF6pas (l\xE4nk)",quantity:"I lager",task:"Anv\xE4nds av uppgift",no_task:"Ingen uppgift",saved:"{name} har sparats."},remove:{title:"Ta bort {name}?",asset_text:"\u201D{name}\u201D och dess uppgifter, f\xF6rbrukningsartiklar och historik tas bort. Det h\xE4r kan inte \xE5ngras.",task_text:"\u201D{name}\u201D tas bort; dess historik finns kvar hos objektet. Det h\xE4r kan inte \xE5ngras.",supply_text:"\u201D{name}\u201D tas bort.",confirm:"Ta bort",removed:"{name} har tagits bort."},gone:{task:"Den h\xE4r uppgiften togs bort under tiden.",asset:"Det h\xE4r objektet togs bort under tiden.",capture:"Den h\xE4r noteringen sorterades under tiden."},triage:{title:"Sortera den h\xE4r noteringen",outcome:"G\xF6r om den till",outcome_task:"En uppgift",outcome_log:"En loggpost (utf\xF6rt arbete)",outcome_note:"En anteckning p\xE5 objektet",name:"Namn",action:"Vad som gjordes",performed_at:"Utf\xF6rd",submit:"Sortera"},capture:{title:"Notera n\xE5got",photo:"Ta eller v\xE4lj ett foto",file:"V\xE4lj en fil",record:"Spela in ett r\xF6stmemo",stop:"Stoppa inspelningen",recording:"Spelar in\u2026 {time}",discard:"Sl\xE4ng",chosen:"{name} ({size})",recorded:"R\xF6stmemo ({time})",text:"Eller skriv en anteckning",asset:"G\xE4ller (valfritt)",submit:"Skicka till inkorgen",uploading:"Laddar upp\u2026 {percent} %",sent:"Skickat till inkorgen.",mic_denied:"Mikrofonen \xE4r blockerad. Till\xE5t den f\xF6r den h\xE4r webbplatsen i webbl\xE4sarens inst\xE4llningar, eller v\xE4lj en inspelning i st\xE4llet.",mic_absent:"Ingen mikrofon hittades p\xE5 den h\xE4r enheten. V\xE4lj en inspelning i st\xE4llet.",mic_unsupported:"Den h\xE4r webbl\xE4saren kan inte spela in ljud h\xE4r (en s\xE4ker https-anslutning kr\xE4vs). V\xE4lj en inspelning i st\xE4llet.",empty:"L\xE4gg f\xF6rst till ett foto, en inspelning eller en rad text."},pause:{title:"Pausa {name}",resume_title:"\xC5teruppta {name}",submit:"Pausa",resume_submit:"\xC5teruppta",task_text:"Medan uppgiften \xE4r pausad blir den aldrig f\xF6rsenad och skickar inga p\xE5minnelser.",property_text:"Medan huset \xE4r pausat (en semester, huset tomt) blir ingen uppgift f\xF6rsenad och inga p\xE5minnelser skickas.",until:"\xC5teruppta automatiskt den (valfritt)",resume_text:"F\xF6rfallodatumen flyttas fram lika l\xE4nge som pausen varade; uppgifter enligt en fast kalender forts\xE4tter med sitt n\xE4sta datum.",paused:"{name} pausad.",resumed:"{name} \xE5terupptagen."}},error:{generic:"N\xE5got gick fel: {message}",network:"Uppladdningen n\xE5dde inte Home Assistant. Kontrollera anslutningen och f\xF6rs\xF6k igen.",too_large:"Filen \xE4r f\xF6r stor f\xF6r Haven (h\xF6gst 25 MB).",unsupported_type:"Haven tar bara emot foton (JPEG, PNG, GIF, WebP, HEIC), PDF-filer som dokument och ljudinspelningar.",bad_request:"Home Assistant avvisade uppladdningen: {message}",forbidden:"Du f\xE5r inte g\xF6ra det h\xE4r: {message}",number:"Ange ett tal.",required:"Fyll i {field}.",positive:"Ange ett tal st\xF6rre \xE4n noll.",date:"Ange ett datum.",years:"Ange hela \xE5r fr\xE5n 1 till 200.",load_asset:"Det gick inte att l\xE4sa in objektets historik: {message}"},schedule:{every_days:{one:"Varje dag",other:"Med {count} dagars mellanrum"},every_weeks:{one:"Varje vecka",other:"Med {count} veckors mellanrum"},every_months:{one:"Varje m\xE5nad",other:"Med {count} m\xE5naders mellanrum"},every_years:{one:"Varje \xE5r",other:"Med {count} \xE5rs mellanrum"},from_completion:"{every}, r\xE4knat fr\xE5n senaste g\xE5ngen den gjordes",fixed:"{every}, enligt en fast kalender",cron_daily:"Varje dag kl. {time}",cron_weekly:"Varje {days} kl. {time}",cron_monthly:"Kl. {time} den {day} varje m\xE5nad",cron_yearly:"Varje \xE5r den {day} {month} kl. {time}",cron_custom:"Enligt m\xF6nstret {cron}",meter:{one:"Varje g\xE5ng {sensor} har \xF6kat {count} enhet",other:"Varje g\xE5ng {sensor} har \xF6kat {count} enheter"},meter_backstop:"{meter}, eller {backstop}, det som intr\xE4ffar f\xF6rst",once:"En g\xE5ng"},card:{overview_name:"Haven-\xF6versikt",overview_description:"Husets skick, uppgifterna som f\xF6rfaller nu med Klar och Skjut upp, och senaste arbeten.",asset_name:"Haven-objekt",asset_description:"Ett objekts uppgifter och deras status, med Klar-knappar.",capture_name:"Haven-notering",capture_description:"Notera ett foto, ett r\xF6stmemo eller en anteckning i Havens inkorg.",all_caught_up:"Allt \xE4r klart.",open_panel:"\xD6ppna Haven",pick_asset:"V\xE4lj ett objekt i kortets inst\xE4llningar.",capture_prompt:"Lagt m\xE4rke till n\xE5got? Notera det.",show_recent:"Visa senaste arbeten",max_tasks:"H\xF6gst antal uppgifter att visa",title:"Rubrik",no_properties:"Ingen Haven-fastighet \xE4r inl\xE4st.",more:{one:"\u2026och {count} till",other:"\u2026och {count} till"}}};var U3=S2,i5=new Map;function G3(L,H){let C=[...H];if(L){let V=L.replace("_","-"),e=V.split("-")[0],t=C.find(r=>r===V)??C.find(r=>r===e)??C.find(r=>r.split("-")[0]===e);if(t!==void 0)return t}return"en"}function n5(L,H){let C=L;for(let V of H.split(".")){if(C===void 0||typeof C=="string")return;C=C[V]}return C}function q3(L,H){let C=i5.get(L);return C||(C=new Intl.PluralRules(L),i5.set(L,C)),C.select(H)}function d5(L,H,C){return H?L.replace(/\{(\w+)\}/g,(V,e)=>{let t=H[e];return t===void 0?V:typeof t=="number"?new Intl.NumberFormat(C).format(t):t}):L}function s5(L,H,C){if(L===void 0)return;if(typeof L=="string")return d5(L,C,H);let V=C?.count;if(typeof V=="number"){let e=L,t=e[`=${V}`],r=typeof t=="string"?t:e[q3(H,V)]??e.other;if(typeof r=="string")return d5(r,C,H)}}function Q3(L,H){let C={...U3,...H},V=G3(L,Object.keys(C)),e=C[V],t=C.en;return(r,M)=>s5(n5(e,r),V,M)??s5(n5(t,r),"en",M)??r}var A5=new Map;function _(L){let H=L??"en",C=A5.get(H);return C||(C=Q3(L),A5.set(H,C)),C}var p5=[],x1=!1;function g2(){return window.customElements}function f2(){for(let[L,H]of p5.splice(0))g2().get(L)||g2().define(L,H)}function k2(){return!document.querySelector("home-assistant")||g2().get("home-assistant")!==void 0}function u(L){return H=>{p5.push([L,H]),(x1||k2())&&(x1=!0,f2())}}function m5(){return x1||k2()?(x1=!0,f2(),Promise.resolve()):new Promise(L=>{let H=()=>{k2()?(x1=!0,f2(),L()):window.setTimeout(H,25)};H()})}var N1=globalThis,I1=N1.ShadowRoot&&(N1.ShadyCSS===void 0||N1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,y2=Symbol(),l5=new WeakMap,Z1=class{constructor(H,C,V){if(this._$cssResult$=!0,V!==y2)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=H,this.t=C}get styleSheet(){let H=this.o,C=this.t;if(I1&&H===void 0){let V=C!==void 0&&C.length===1;V&&(H=l5.get(C)),H===void 0&&((this.o=H=new CSSStyleSheet).replaceSync(this.cssText),V&&l5.set(C,H))}return H}toString(){return this.cssText}},u5=L=>new Z1(typeof L=="string"?L:L+"",void 0,y2),x=(L,...H)=>{let C=L.length===1?L[0]:H.reduce((V,e,t)=>V+(r=>{if(r._$cssResult$===!0)return r.cssText;if(typeof r=="number")return r;throw Error("Value passed to 'css' function must be a 'css' function result: "+r+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(e)+L[t+1],L[0]);return new Z1(C,L,y2)},v5=(L,H)=>{if(I1)L.adoptedStyleSheets=H.map(C=>C instanceof CSSStyleSheet?C:C.styleSheet);else for(let C of H){let V=document.createElement("style"),e=N1.litNonce;e!==void 0&&V.setAttribute("nonce",e),V.textContent=C.cssText,L.appendChild(V)}},b2=I1?L=>L:L=>L instanceof CSSStyleSheet?(H=>{let C="";for(let V of H.cssRules)C+=V.cssText;return u5(C)})(L):L;var{is:K3,defineProperty:J3,getOwnPropertyDescriptor:Y3,getOwnPropertyNames:X3,getOwnPropertySymbols:C0,getPrototypeOf:H0}=Object,j1=globalThis,c5=j1.trustedTypes,V0=c5?c5.emptyScript:"",e0=j1.reactiveElementPolyfillSupport,h1=(L,H)=>L,S1={toAttribute(L,H){switch(H){case Boolean:L=L?V0:null;break;case Object:case Array:L=L==null?L:JSON.stringify(L)}return L},fromAttribute(L,H){let C=L;switch(H){case Boolean:C=L!==null;break;case Number:C=L===null?null:Number(L);break;case Object:case Array:try{C=JSON.parse(L)}catch{C=null}}return C}},W1=(L,H)=>!K3(L,H),x5={attribute:!0,type:String,converter:S1,reflect:!1,useDefault:!1,hasChanged:W1};Symbol.metadata??=Symbol("metadata"),j1.litPropertyMetadata??=new WeakMap;var G=class extends HTMLElement{static addInitializer(H){this._$Ei(),(this.l??=[]).push(H)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(H,C=x5){if(C.state&&(C.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(H)&&((C=Object.create(C)).wrapped=!0),this.elementProperties.set(H,C),!C.noAccessor){let V=Symbol(),e=this.getPropertyDescriptor(H,V,C);e!==void 0&&J3(this.prototype,H,e)}}static getPropertyDescriptor(H,C,V){let{get:e,set:t}=Y3(this.prototype,H)??{get(){return this[C]},set(r){this[C]=r}};return{get:e,set(r){let M=e?.call(this);t?.call(this,r),this.requestUpdate(H,M,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(H){return this.elementProperties.get(H)??x5}static _$Ei(){if(this.hasOwnProperty(h1("elementProperties")))return;let H=H0(this);H.finalize(),H.l!==void 0&&(this.l=[...H.l]),this.elementProperties=new Map(H.elementProperties)}static finalize(){if(this.hasOwnProperty(h1("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(h1("properties"))){let C=this.properties,V=[...X3(C),...C0(C)];for(let e of V)this.createProperty(e,C[e])}let H=this[Symbol.metadata];if(H!==null){let C=litPropertyMetadata.get(H);if(C!==void 0)for(let[V,e]of C)this.elementProperties.set(V,e)}this._$Eh=new Map;for(let[C,V]of this.elementProperties){let e=this._$Eu(C,V);e!==void 0&&this._$Eh.set(e,C)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(H){let C=[];if(Array.isArray(H)){let V=new Set(H.flat(1/0).reverse());for(let e of V)C.unshift(b2(e))}else H!==void 0&&C.push(b2(H));return C}static _$Eu(H,C){let V=C.attribute;return V===!1?void 0:typeof V=="string"?V:typeof H=="string"?H.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(H=>this.enableUpdating=H),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(H=>H(this))}addController(H){(this._$EO??=new Set).add(H),this.renderRoot!==void 0&&this.isConnected&&H.hostConnected?.()}removeController(H){this._$EO?.delete(H)}_$E_(){let H=new Map,C=this.constructor.elementProperties;for(let V of C.keys())this.hasOwnProperty(V)&&(H.set(V,this[V]),delete this[V]);H.size>0&&(this._$Ep=H)}createRenderRoot(){let H=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return v5(H,this.constructor.elementStyles),H}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(H=>H.hostConnected?.())}enableUpdating(H){}disconnectedCallback(){this._$EO?.forEach(H=>H.hostDisconnected?.())}attributeChangedCallback(H,C,V){this._$AK(H,V)}_$ET(H,C){let V=this.constructor.elementProperties.get(H),e=this.constructor._$Eu(H,V);if(e!==void 0&&V.reflect===!0){let t=(V.converter?.toAttribute!==void 0?V.converter:S1).toAttribute(C,V.type);this._$Em=H,t==null?this.removeAttribute(e):this.setAttribute(e,t),this._$Em=null}}_$AK(H,C){let V=this.constructor,e=V._$Eh.get(H);if(e!==void 0&&this._$Em!==e){let t=V.getPropertyOptions(e),r=typeof t.converter=="function"?{fromAttribute:t.converter}:t.converter?.fromAttribute!==void 0?t.converter:S1;this._$Em=e;let M=r.fromAttribute(C,t.type);this[e]=M??this._$Ej?.get(e)??M,this._$Em=null}}requestUpdate(H,C,V,e=!1,t){if(H!==void 0){let r=this.constructor;if(e===!1&&(t=this[H]),V??=r.getPropertyOptions(H),!((V.hasChanged??W1)(t,C)||V.useDefault&&V.reflect&&t===this._$Ej?.get(H)&&!this.hasAttribute(r._$Eu(H,V))))return;this.C(H,C,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(H,C,{useDefault:V,reflect:e,wrapped:t},r){V&&!(this._$Ej??=new Map).has(H)&&(this._$Ej.set(H,r??C??this[H]),t!==!0||r!==void 0)||(this._$AL.has(H)||(this.hasUpdated||V||(C=void 0),this._$AL.set(H,C)),e===!0&&this._$Em!==H&&(this._$Eq??=new Set).add(H))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(C){Promise.reject(C)}let H=this.scheduleUpdate();return H!=null&&await H,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[e,t]of V){let{wrapped:r}=t,M=this[e];r!==!0||this._$AL.has(e)||M===void 0||this.C(e,void 0,t,M)}}let H=!1,C=this._$AL;try{H=this.shouldUpdate(C),H?(this.willUpdate(C),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(C)):this._$EM()}catch(V){throw H=!1,this._$EM(),V}H&&this._$AE(C)}willUpdate(H){}_$AE(H){this._$EO?.forEach(C=>C.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(H)),this.updated(H)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(H){return!0}update(H){this._$Eq&&=this._$Eq.forEach(C=>this._$ET(C,this[C])),this._$EM()}updated(H){}firstUpdated(H){}};G.elementStyles=[],G.shadowRootOptions={mode:"open"},G[h1("elementProperties")]=new Map,G[h1("finalized")]=new Map,e0?.({ReactiveElement:G}),(j1.reactiveElementVersions??=[]).push("2.1.2");var B2=globalThis,Z5=L=>L,U1=B2.trustedTypes,h5=U1?U1.createPolicy("lit-html",{createHTML:L=>L}):void 0,b5="$lit$",K=`lit$${Math.random().toFixed(9).slice(2)}$`,_5="?"+K,L0=`<${_5}>`,L1=document,f1=()=>L1.createComment(""),k1=L=>L===null||typeof L!="object"&&typeof L!="function",F2=Array.isArray,t0=L=>F2(L)||typeof L?.[Symbol.iterator]=="function",_2=`[ 	
\f\r]`,g1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,S5=/-->/g,g5=/>/g,V1=RegExp(`>|${_2}(?:([^\\s"'>=/]+)(${_2}*=${_2}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),f5=/'/g,k5=/"/g,O5=/^(?:script|style|textarea|title)$/i,R2=L=>(H,...C)=>({_$litType$:L,strings:H,values:C}),a=R2(1),w5=R2(2),l7=R2(3),$=Symbol.for("lit-noChange"),i=Symbol.for("lit-nothing"),y5=new WeakMap,e1=L1.createTreeWalker(L1,129);function P5(L,H){if(!F2(L)||!L.hasOwnProperty("raw"))throw Error("invalid template strings array");return h5!==void 0?h5.createHTML(H):H}var r0=(L,H)=>{let C=L.length-1,V=[],e,t=H===2?"<svg>":H===3?"<math>":"",r=g1;for(let M=0;M<C;M++){let o=L[M],d,p,m=-1,f=0;for(;f<o.length&&(r.lastIndex=f,p=r.exec(o),p!==null);)f=r.lastIndex,r===g1?p[1]==="!--"?r=S5:p[1]!==void 0?r=g5:p[2]!==void 0?(O5.test(p[2])&&(e=RegExp("</"+p[2],"g")),r=V1):p[3]!==void 0&&(r=V1):r===V1?p[0]===">"?(r=e??g1,m=-1):p[1]===void 0?m=-2:(m=r.lastIndex-p[2].length,d=p[1],r=p[3]===void 0?V1:p[3]==='"'?k5:f5):r===k5||r===f5?r=V1:r===S5||r===g5?r=g1:(r=V1,e=void 0);let T=r===V1&&L[M+1].startsWith("/>")?" ":"";t+=r===g1?o+L0:m>=0?(V.push(d),o.slice(0,m)+b5+o.slice(m)+K+T):o+K+(m===-2?M:T)}return[P5(L,t+(L[C]||"<?>")+(H===2?"</svg>":H===3?"</math>":"")),V]},y1=class L{constructor({strings:H,_$litType$:C},V){let e;this.parts=[];let t=0,r=0,M=H.length-1,o=this.parts,[d,p]=r0(H,C);if(this.el=L.createElement(d,V),e1.currentNode=this.el.content,C===2||C===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(e=e1.nextNode())!==null&&o.length<M;){if(e.nodeType===1){if(e.hasAttributes())for(let m of e.getAttributeNames())if(m.endsWith(b5)){let f=p[r++],T=e.getAttribute(m).split(K),D1=/([.?@])?(.*)/.exec(f);o.push({type:1,index:t,name:D1[2],strings:T,ctor:D1[1]==="."?w2:D1[1]==="?"?P2:D1[1]==="@"?T2:i1}),e.removeAttribute(m)}else m.startsWith(K)&&(o.push({type:6,index:t}),e.removeAttribute(m));if(O5.test(e.tagName)){let m=e.textContent.split(K),f=m.length-1;if(f>0){e.textContent=U1?U1.emptyScript:"";for(let T=0;T<f;T++)e.append(m[T],f1()),e1.nextNode(),o.push({type:2,index:++t});e.append(m[f],f1())}}}else if(e.nodeType===8)if(e.data===_5)o.push({type:2,index:t});else{let m=-1;for(;(m=e.data.indexOf(K,m+1))!==-1;)o.push({type:7,index:t}),m+=K.length-1}t++}}static createElement(H,C){let V=L1.createElement("template");return V.innerHTML=H,V}};function o1(L,H,C=L,V){if(H===$)return H;let e=V!==void 0?C._$Co?.[V]:C._$Cl,t=k1(H)?void 0:H._$litDirective$;return e?.constructor!==t&&(e?._$AO?.(!1),t===void 0?e=void 0:(e=new t(L),e._$AT(L,C,V)),V!==void 0?(C._$Co??=[])[V]=e:C._$Cl=e),e!==void 0&&(H=o1(L,e._$AS(L,H.values),e,V)),H}var O2=class{constructor(H,C){this._$AV=[],this._$AN=void 0,this._$AD=H,this._$AM=C}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(H){let{el:{content:C},parts:V}=this._$AD,e=(H?.creationScope??L1).importNode(C,!0);e1.currentNode=e;let t=e1.nextNode(),r=0,M=0,o=V[0];for(;o!==void 0;){if(r===o.index){let d;o.type===2?d=new b1(t,t.nextSibling,this,H):o.type===1?d=new o.ctor(t,o.name,o.strings,this,H):o.type===6&&(d=new z2(t,this,H)),this._$AV.push(d),o=V[++M]}r!==o?.index&&(t=e1.nextNode(),r++)}return e1.currentNode=L1,e}p(H){let C=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(H,V,C),C+=V.strings.length-2):V._$AI(H[C])),C++}},b1=class L{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(H,C,V,e){this.type=2,this._$AH=i,this._$AN=void 0,this._$AA=H,this._$AB=C,this._$AM=V,this.options=e,this._$Cv=e?.isConnected??!0}get parentNode(){let H=this._$AA.parentNode,C=this._$AM;return C!==void 0&&H?.nodeType===11&&(H=C.parentNode),H}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(H,C=this){H=o1(this,H,C),k1(H)?H===i||H==null||H===""?(this._$AH!==i&&this._$AR(),this._$AH=i):H!==this._$AH&&H!==$&&this._(H):H._$litType$!==void 0?this.$(H):H.nodeType!==void 0?this.T(H):t0(H)?this.k(H):this._(H)}O(H){return this._$AA.parentNode.insertBefore(H,this._$AB)}T(H){this._$AH!==H&&(this._$AR(),this._$AH=this.O(H))}_(H){this._$AH!==i&&k1(this._$AH)?this._$AA.nextSibling.data=H:this.T(L1.createTextNode(H)),this._$AH=H}$(H){let{values:C,_$litType$:V}=H,e=typeof V=="number"?this._$AC(H):(V.el===void 0&&(V.el=y1.createElement(P5(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===e)this._$AH.p(C);else{let t=new O2(e,this),r=t.u(this.options);t.p(C),this.T(r),this._$AH=t}}_$AC(H){let C=y5.get(H.strings);return C===void 0&&y5.set(H.strings,C=new y1(H)),C}k(H){F2(this._$AH)||(this._$AH=[],this._$AR());let C=this._$AH,V,e=0;for(let t of H)e===C.length?C.push(V=new L(this.O(f1()),this.O(f1()),this,this.options)):V=C[e],V._$AI(t),e++;e<C.length&&(this._$AR(V&&V._$AB.nextSibling,e),C.length=e)}_$AR(H=this._$AA.nextSibling,C){for(this._$AP?.(!1,!0,C);H!==this._$AB;){let V=Z5(H).nextSibling;Z5(H).remove(),H=V}}setConnected(H){this._$AM===void 0&&(this._$Cv=H,this._$AP?.(H))}},i1=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(H,C,V,e,t){this.type=1,this._$AH=i,this._$AN=void 0,this.element=H,this.name=C,this._$AM=e,this.options=t,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=i}_$AI(H,C=this,V,e){let t=this.strings,r=!1;if(t===void 0)H=o1(this,H,C,0),r=!k1(H)||H!==this._$AH&&H!==$,r&&(this._$AH=H);else{let M=H,o,d;for(H=t[0],o=0;o<t.length-1;o++)d=o1(this,M[V+o],C,o),d===$&&(d=this._$AH[o]),r||=!k1(d)||d!==this._$AH[o],d===i?H=i:H!==i&&(H+=(d??"")+t[o+1]),this._$AH[o]=d}r&&!e&&this.j(H)}j(H){H===i?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,H??"")}},w2=class extends i1{constructor(){super(...arguments),this.type=3}j(H){this.element[this.name]=H===i?void 0:H}},P2=class extends i1{constructor(){super(...arguments),this.type=4}j(H){this.element.toggleAttribute(this.name,!!H&&H!==i)}},T2=class extends i1{constructor(H,C,V,e,t){super(H,C,V,e,t),this.type=5}_$AI(H,C=this){if((H=o1(this,H,C,0)??i)===$)return;let V=this._$AH,e=H===i&&V!==i||H.capture!==V.capture||H.once!==V.once||H.passive!==V.passive,t=H!==i&&(V===i||e);e&&this.element.removeEventListener(this.name,this,V),t&&this.element.addEventListener(this.name,this,H),this._$AH=H}handleEvent(H){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,H):this._$AH.handleEvent(H)}},z2=class{constructor(H,C,V){this.element=H,this.type=6,this._$AN=void 0,this._$AM=C,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(H){o1(this,H)}};var a0=B2.litHtmlPolyfillSupport;a0?.(y1,b1),(B2.litHtmlVersions??=[]).push("3.3.3");var T5=(L,H,C)=>{let V=C?.renderBefore??H,e=V._$litPart$;if(e===void 0){let t=C?.renderBefore??null;V._$litPart$=e=new b1(H.insertBefore(f1(),t),t,void 0,C??{})}return e._$AI(L),e};var E2=globalThis,h=class extends G{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let H=super.createRenderRoot();return this.renderOptions.renderBefore??=H.firstChild,H}update(H){let C=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(H),this._$Do=T5(C,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return $}};h._$litElement$=!0,h.finalized=!0,E2.litElementHydrateSupport?.({LitElement:h});var M0=E2.litElementPolyfillSupport;M0?.({LitElement:h});(E2.litElementVersions??=[]).push("4.2.2");var o0={attribute:!0,type:String,converter:S1,reflect:!1,hasChanged:W1},i0=(L=o0,H,C)=>{let{kind:V,metadata:e}=C,t=globalThis.litPropertyMetadata.get(e);if(t===void 0&&globalThis.litPropertyMetadata.set(e,t=new Map),V==="setter"&&((L=Object.create(L)).wrapped=!0),t.set(C.name,L),V==="accessor"){let{name:r}=C;return{set(M){let o=H.get.call(this);H.set.call(this,M),this.requestUpdate(r,o,L,!0,M)},init(M){return M!==void 0&&this.C(r,void 0,L,M),M}}}if(V==="setter"){let{name:r}=C;return function(M){let o=this[r];H.call(this,M),this.requestUpdate(r,o,L,!0,M)}}throw Error("Unsupported decorator location: "+V)};function v(L){return(H,C)=>typeof C=="object"?i0(L,H,C):((V,e,t)=>{let r=e.hasOwnProperty(t);return e.constructor.createProperty(t,V),r?Object.getOwnPropertyDescriptor(e,t):void 0})(L,H,C)}function s(L){return v({...L,state:!0,attribute:!1})}var t1=(L,H,C)=>(C.configurable=!0,C.enumerable=!0,Reflect.decorate&&typeof H!="object"&&Object.defineProperty(L,H,C),C);function J(L,H){return(C,V,e)=>{let t=r=>r.renderRoot?.querySelector(L)??null;if(H){let{get:r,set:M}=typeof V=="object"?C:e??(()=>{let o=Symbol();return{get(){return this[o]},set(d){this[o]=d}}})();return t1(C,V,{get(){let o=r.call(this);return o===void 0&&(o=t(this),(o!==null||this.hasUpdated)&&M.call(this,o)),o}})}return t1(C,V,{get(){return t(this)}})}}var z5="M7.88,3.39L6.6,1.86L2,5.71L3.29,7.24L7.88,3.39M22,5.72L17.4,1.86L16.11,3.39L20.71,7.25L22,5.72M12,4A9,9 0 0,0 3,13A9,9 0 0,0 12,22A9,9 0 0,0 21,13A9,9 0 0,0 12,4M12,20A7,7 0 0,1 5,13A7,7 0 0,1 12,6A7,7 0 0,1 19,13A7,7 0 0,1 12,20M9,11H12.63L9,15.2V17H15V15H11.37L15,10.8V9H9V11Z";var B5="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z";var F5="M4,4H7L9,2H15L17,4H20A2,2 0 0,1 22,6V18A2,2 0 0,1 20,20H4A2,2 0 0,1 2,18V6A2,2 0 0,1 4,4M12,7A5,5 0 0,0 7,12A5,5 0 0,0 12,17A5,5 0 0,0 17,12A5,5 0 0,0 12,7M12,9A3,3 0 0,1 15,12A3,3 0 0,1 12,15A3,3 0 0,1 9,12A3,3 0 0,1 12,9Z";var R5="M17,18A2,2 0 0,1 19,20A2,2 0 0,1 17,22C15.89,22 15,21.1 15,20C15,18.89 15.89,18 17,18M1,2H4.27L5.21,4H20A1,1 0 0,1 21,5C21,5.17 20.95,5.34 20.88,5.5L17.3,11.97C16.96,12.58 16.3,13 15.55,13H8.1L7.2,14.63L7.17,14.75A0.25,0.25 0 0,0 7.42,15H19V17H7C5.89,17 5,16.1 5,15C5,14.65 5.09,14.32 5.24,14.04L6.6,11.59L3,4H1V2M7,18A2,2 0 0,1 9,20A2,2 0 0,1 7,22C5.89,22 5,21.1 5,20C5,18.89 5.89,18 7,18M16,11L18.78,6H6.14L8.5,11H16Z";var G1="M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z";var E5="M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z";var $5="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var q1="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var _1="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z";var D5="M12,16A2,2 0 0,1 14,18A2,2 0 0,1 12,20A2,2 0 0,1 10,18A2,2 0 0,1 12,16M12,10A2,2 0 0,1 14,12A2,2 0 0,1 12,14A2,2 0 0,1 10,12A2,2 0 0,1 12,10M12,4A2,2 0 0,1 14,6A2,2 0 0,1 12,8A2,2 0 0,1 10,6A2,2 0 0,1 12,4Z";var N5="M6,2A2,2 0 0,0 4,4V20A2,2 0 0,0 6,22H18A2,2 0 0,0 20,20V8L14,2H6M6,4H13V9H18V20H6V4M8,12V14H16V12H8M8,16V18H13V16H8Z";var Q1="M2,12L12,3L22,12H19V20H5V12H2M12,18L12.72,17.34C15.3,15 17,13.46 17,11.57C17,10.03 15.79,8.82 14.25,8.82C13.38,8.82 12.55,9.23 12,9.87C11.45,9.23 10.62,8.82 9.75,8.82C8.21,8.82 7,10.03 7,11.57C7,13.46 8.7,15 11.28,17.34L12,18Z";var I5="M16,10H14V7H10V10H8L12,14M19,15H15A3,3 0 0,1 12,18A3,3 0 0,1 9,15H5V5H19M19,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z";var j5="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var W5="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";var U5="M12,2A3,3 0 0,1 15,5V11A3,3 0 0,1 12,14A3,3 0 0,1 9,11V5A3,3 0 0,1 12,2M19,11C19,14.53 16.39,17.44 13,17.93V21H11V17.93C7.61,17.44 5,14.53 5,11H7A5,5 0 0,0 12,16A5,5 0 0,0 17,11H19Z";var K1="M16.5,6V17.5A4,4 0 0,1 12.5,21.5A4,4 0 0,1 8.5,17.5V5A2.5,2.5 0 0,1 11,2.5A2.5,2.5 0 0,1 13.5,5V15.5A1,1 0 0,1 12.5,16.5A1,1 0 0,1 11.5,15.5V6H10V15.5A2.5,2.5 0 0,0 12.5,18A2.5,2.5 0 0,0 15,15.5V5A4,4 0 0,0 11,1A4,4 0 0,0 7,5V17.5A5.5,5.5 0 0,0 12.5,23A5.5,5.5 0 0,0 18,17.5V6H16.5Z";var J1="M14,19H18V5H14M6,19H10V5H6V19Z";var O1="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z";var Y1="M8,5.14V19.14L19,12.14L8,5.14Z";var z="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z";var G5="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z";var q5="M16,18H18V6H16M6,18L14.5,12L6,6V18Z";var Q5="M18,18H6V6H18V18Z";var X1="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";var K5=(L,H)=>L.name.localeCompare(H.name),n0={multiple:!1,of:L=>L.assigned_user_id?[L.assigned_user_id]:[],choices:L=>L.users.filter(H=>H.name).map(H=>({id:H.user_id,name:H.name})).sort(K5),fields:L=>({assigned_user_id:L[0]??null})},d0={multiple:!0,of:L=>L.assignees?.length?L.assignees:n0.of(L),choices:L=>L.persons.map(H=>({id:H.entity_id,name:H.name||H.entity_id})).sort(K5),fields:L=>({assignees:L})},D=d0;function J5(L,H){if(L.assignees?.length)return L.assignees;let C=L.assigned_user_id;return C?(H?.persons??[]).filter(V=>V.user_id===C).map(V=>V.entity_id):[]}function Y5(L,H){return L.length===H.length&&L.every(C=>H.includes(C))}function C2(L,H,C){let V=H?.users.find(t=>t.user_id===L);if(V?.name)return V.name;let e=H?.persons.find(t=>t.entity_id===L);return e?.name?e.name:C(L)}function X5(L,H=D){let C=new Set;for(let V of L)for(let e of H.of(V))C.add(e);return[...C].sort()}var C3=new Map;function e2(L,H){let C=`${L}|${JSON.stringify(H)}`,V=C3.get(C);if(!V){try{V=new Intl.DateTimeFormat(L,H)}catch{V=new Intl.DateTimeFormat("en",{...H,timeZone:"UTC"})}C3.set(C,V)}return V}function $2(L,H){let C=e2("en-US",{timeZone:H,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(L),V=e=>Number(C.find(t=>t.type===e)?.value??0);return{year:V("year"),month:V("month"),day:V("day"),hour:V("hour")%24,minute:V("minute"),second:V("second")}}function H3(L,H){let C=$2(L,H),V=Date.UTC(C.year,C.month-1,C.day,C.hour,C.minute,C.second);return Math.round((V-Math.floor(L.getTime()/1e3)*1e3)/6e4)}var V3=new Map,H2=new Map;function V2(L,H){let C=L.getTime(),V=`${H}|${C}`,e=H2.get(V);if(e!==void 0)return e;let t=V3.get(H);t||(t=e2("en-CA",{timeZone:H,year:"numeric",month:"2-digit",day:"2-digit"}),V3.set(H,t));let r=/(\d+)\D+(\d+)\D+(\d+)/.exec(t.format(L)),M=Math.floor(r?Date.UTC(Number(r[1]),Number(r[2])-1,Number(r[3]))/864e5:C/864e5);return H2.size>5e3&&H2.clear(),H2.set(V,M),M}function L2(L){let[H,C,V]=L.split("-").map(Number);return Math.floor(Date.UTC(H??1970,(C??1)-1,V??1)/864e5)}function Y(L){return String(L).padStart(2,"0")}function X(L,H){let C=$2(L,H);return`${C.year}-${Y(C.month)}-${Y(C.day)}T${Y(C.hour)}:${Y(C.minute)}`}function D2(L,H){return X(L,H).slice(0,10)}function s0(L){let H=L<0?"-":"+",C=Math.abs(L);return`${H}${Y(Math.floor(C/60))}:${Y(C%60)}`}function n1(L,H){let C=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(L.trim());if(!C)return;let[V,e,t,r,M,o]=C.slice(1).map(m=>Number(m??0)),d=Date.UTC(V,e-1,t,r,M,o??0),p=H3(new Date(d),H);return p=H3(new Date(d-p*6e4),H),`${C[1]}-${C[2]}-${C[3]}T${C[4]}:${C[5]}:${Y(o??0)}${s0(p)}`}function N2(L){if(!L)return;let H=/^\d{4}-\d{2}-\d{2}$/.test(L)?new Date(`${L}T12:00:00Z`):new Date(L);return Number.isNaN(H.getTime())?void 0:H}function I(L,H){let C=N2(L);if(!C)return"";let V=L!==void 0&&/^\d{4}-\d{2}-\d{2}$/.test(L);return e2(H.locale,{timeZone:V?"UTC":H.timeZone,year:"numeric",month:"short",day:"numeric"}).format(C)}function r1(L,H){let C=N2(L);if(!C)return"";let V={timeZone:H.timeZone,year:"numeric",month:"short",day:"numeric",hour:"numeric",minute:"2-digit"};return H.hour12!==void 0&&(V.hour12=H.hour12),e2(H.locale,V).format(C)}var e3=new Map;function A0(L){let H=e3.get(L);if(!H){try{H=new Intl.RelativeTimeFormat(L,{numeric:"auto"})}catch{H=new Intl.RelativeTimeFormat("en",{numeric:"auto"})}e3.set(L,H)}return H}function B(L,H,C,V=!1){let e=N2(L);if(!e)return"";let t=A0(C.locale),r=e.getTime()-H.getTime();if(!V&&Math.abs(r)<864e5){let p=Math.round(r/6e4);return Math.abs(p)<60?t.format(p,"minute"):t.format(Math.round(r/36e5),"hour")}let o=(L!==void 0&&/^\d{4}-\d{2}-\d{2}$/.test(L)?L2(L):V2(e,C.timeZone))-V2(H,C.timeZone),d=Math.abs(o);return d<14?t.format(o,"day"):d<60?t.format(Math.round(o/7),"week"):d<365*2?t.format(Math.round(o/30.44),"month"):t.format(Math.round(o/365.25),"year")}var L3=new Map;function F(L,H,C){if(L===void 0||Number.isNaN(L))return"";let V=`${C}|${H}`,e=L3.get(V);if(!e){try{e=new Intl.NumberFormat(C,{style:"currency",currency:H})}catch{e=new Intl.NumberFormat(C,{minimumFractionDigits:2,maximumFractionDigits:2})}L3.set(V,e)}return e.format(L)}function N(L,H,C=2){try{return new Intl.NumberFormat(H,{maximumFractionDigits:C}).format(L)}catch{return String(L)}}function t3(L){let H=L.trim().replace(/\s/g,"").replace(",",".");if(H==="")return;let C=Number(H);return Number.isFinite(C)?C:Number.NaN}function I2(L){let H=Math.max(0,Math.floor(L));return`${Math.floor(H/60)}:${Y(H%60)}`}function t2(L,H){return L<1024?`${L} B`:L<1024*1024?`${N(L/1024,H,0)} KB`:`${N(L/(1024*1024),H,1)} MB`}var d1="__no_zone__",r3="__house__",a3={overdue:0,due_soon:1,ok:2,unscheduled:3,paused:4,done:5};function M3(L){return L.normalize("NFD").replace(/[\u0300-\u036f]/g,"").toLowerCase()}function o3(L,H){return L.asset_id?H.assets.get(L.asset_id)?.zone_id:void 0}function p0(L,H,C){let V=M3(H).split(/\s+/).filter(Boolean);if(!V.length)return!0;let e=L.asset_id?C.assets.get(L.asset_id):void 0,t=e?.zone_id?C.zones.get(e.zone_id):void 0,r=M3([L.name,L.notes,e?.name,e?.manufacturer,e?.model,t?.name].filter(Boolean).join(" "));return V.every(M=>r.includes(M))}function i3(L,H,C){let V=[];for(let e of L)if(!(H.assetId&&e.asset_id!==H.assetId)){if(H.zoneId){let t=o3(e,C);if((H.zoneId===d1?void 0:H.zoneId)!==t)continue}H.assignee&&!D.of(e).includes(H.assignee)||H.query&&!p0(e,H.query,C)||V.push(e)}return V}var m0=new Intl.Collator;function l0(L){return{task:L,due:L.next_due_at===void 0?Number.POSITIVE_INFINITY:Date.parse(L.next_due_at)}}function u0(L,H){return a3[L.task.status]-a3[H.task.status]||(L.due===H.due?0:L.due-H.due)||H.task.priority-L.task.priority||m0.compare(L.task.name,H.task.name)}function s1(L){return L.map(l0).sort(u0).map(H=>H.task)}function n3(L){let H={overdue:[],due_soon:[],upcoming:[]};for(let C of s1(L))C.status==="overdue"?H.overdue.push(C):C.status==="due_soon"?H.due_soon.push(C):C.status!=="done"&&H.upcoming.push(C);return H}function r2(L,H,C,V){let e=new Map;for(let t of L){let r,M;if(H==="asset"){let d=t.asset_id?C.assets.get(t.asset_id):void 0;r=d?.asset_id??r3,M=d?.name??V.houseWide}else{let d=o3(t,C),p=d?C.zones.get(d):void 0;r=p?.zone_id??(t.asset_id?d1:r3),M=p?.name??(t.asset_id?V.noZone:V.houseWide)}let o=e.get(r);o||(o={key:r,label:M,tasks:[]},e.set(r,o)),o.tasks.push(t)}return[...e.values()]}function a2(L,H){let C=new Map;for(let V of L.assets.values()){let e=V.zone_id&&L.zones.get(V.zone_id)?.name||H,t=C.get(e)??[];t.push(V),C.set(e,t)}return[...C.entries()].sort(([V],[e])=>V===H?1:e===H?-1:V.localeCompare(e)).map(([V,e])=>({label:V,assets:e.sort((t,r)=>t.name.localeCompare(r.name))}))}function M2(L){return L>=90?"good":L>=70?"fair":"poor"}function d3(L){let H=(L??"").split("?")[0].split("/").filter(Boolean);return H[0]==="asset"&&H[1]?{view:"asset",assetId:decodeURIComponent(H[1])}:H[0]==="inbox"?{view:"inbox"}:{view:"home"}}function O(L,H){let C=`/${L.replace(/^\/+|\/+$/g,"")}`;switch(H.view){case"asset":return`${C}/asset/${encodeURIComponent(H.assetId)}`;case"inbox":return`${C}/inbox`;default:return C}}function R(L,H=!1){H?history.replaceState(null,"",L):history.pushState(null,"",L),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:H}}))}function s3(L){return String(L).padStart(2,"0")}function A3(L,H,C){return C(`schedule.every_${H}`,{count:L})}function w1(L){return/^\d+$/.test(L)}function v0(L,H){let C=L.trim().split(/\s+/);if(C.length!==5)return;let[V,e,t,r,M]=C;if(!w1(V)||!w1(e))return;let o=Number(e),d=Number(V);if(o>23||d>59)return;let p=H.time?H.time(o,d):`${s3(o)}:${s3(d)}`,m=H.localize;if(t==="*"&&r==="*"&&M==="*")return m("schedule.cron_daily",{time:p});if(t==="*"&&r==="*"&&/^[0-7](,[0-7])*$/.test(M)){let f=M.split(",").map(T=>H.weekday?H.weekday(Number(T)%7):T).join(", ");return m("schedule.cron_weekly",{days:f,time:p})}if(w1(t)&&r==="*"&&M==="*")return m("schedule.cron_monthly",{day:Number(t),time:p});if(w1(t)&&w1(r)&&M==="*"){let f=H.month?H.month(Number(r)):r;return m("schedule.cron_yearly",{day:Number(t),month:f,time:p})}}function A1(L,H){let C=H.localize;switch(L.kind){case"interval":{let V=A3(L.every??1,L.unit??"months",C);return L.anchor==="fixed"?C("schedule.fixed",{every:V}):C("schedule.from_completion",{every:V})}case"cron":{let V=L.cron??"";return v0(V,H)??C("schedule.cron_custom",{cron:V})}case"meter":{let V=L.meter_entity_id??"",e=H.entityName?H.entityName(V):V,t=C("schedule.meter",{count:L.meter_every??0,sensor:e});if(L.every&&L.unit){let r=A3(L.every,L.unit,C);return C("schedule.meter_backstop",{meter:t,backstop:r.toLowerCase()})}return t}default:return C("schedule.once")}}function c(L,H,C={}){L.dispatchEvent(new CustomEvent("haven-dialog",{detail:{kind:H,params:C},bubbles:!0,composed:!0}))}function w(L,H){L.dispatchEvent(new CustomEvent("haven-toast",{detail:{message:H},bubbles:!0,composed:!0}))}function A(L,H){return a`<svg
    class="icon"
    viewBox="0 0 24 24"
    role=${H?"img":"presentation"}
    aria-hidden=${H?"false":"true"}
    aria-label=${H??""}
    focusable="false"
  >
    ${w5`<path d=${L}></path>`}
  </svg>`}function p3(L){let H=Intl.DateTimeFormat().resolvedOptions().timeZone,C=L.locale?.time_zone==="local"?H:L.config?.time_zone||H||"UTC",V={locale:L.locale?.language||L.language||"en",timeZone:C};return L.locale?.time_format==="12"?V.hour12=!0:L.locale?.time_format==="24"&&(V.hour12=!1),V}var j=x`
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
  .chip.unscheduled,
  .chip.paused {
    color: var(--haven-muted);
  }
  .chip.paused::before {
    background: var(--haven-divider);
    border-radius: 1px;
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
`;function P1(L){let H=new Intl.DateTimeFormat(L.fmt.locale,{weekday:"long",timeZone:"UTC"}),C=new Intl.DateTimeFormat(L.fmt.locale,{month:"long",timeZone:"UTC"}),V=new Intl.DateTimeFormat(L.fmt.locale,{hour:"numeric",minute:"2-digit",timeZone:"UTC",...L.fmt.hour12!==void 0?{hour12:L.fmt.hour12}:{}});return{localize:L.localize,entityName:e=>j2(L,e),weekday:e=>H.format(Date.UTC(2023,0,1+e)),month:e=>C.format(Date.UTC(2023,e-1,1)),time:(e,t)=>V.format(Date.UTC(2023,0,1,e,t))}}function j2(L,H){let V=L.hass.states[H]?.attributes.friendly_name;return typeof V=="string"&&V?V:(H.split(".")[1]??H).replace(/_/g," ")}function W2(L,H){let C=L.localize;return H.status==="paused"?C("status.paused"):H.snoozed_until&&H.status!=="overdue"?C("status.snoozed",{date:I(H.snoozed_until,L.fmt)}):H.next_due_at?C("task.due",{when:B(H.next_due_at,L.now,L.fmt,H.all_day)}):o2(L,H)??C(`status.${H.status}`)}function o2(L,H){let C=H.schedule.meter_every;if(!H.meter||!C||H.meter.progress===void 0)return;let V=Math.max(0,H.meter.progress*C);return L.localize("task.meter_progress",{value:N(V,L.fmt.locale,V<10?1:0),every:N(C,L.fmt.locale,0),unit:H.meter.unit??""}).trim()}function c0(L,H){let C=o2(L,H);if(!C||!H.meter)return i;let V=Math.min(1,Math.max(0,H.meter.progress));return a`<span class="meter">
    <progress max="1" .value=${V} aria-label=${C}></progress>${H.next_due_at?a`<span class="muted">${C}</span>`:i}
  </span>`}function x0(L,H){L.button!==0||L.metaKey||L.ctrlKey||L.shiftKey||L.altKey||(L.preventDefault(),R(H))}function C1(L,H,C={}){let V=L.localize,e=L.property,t=H.asset_id?e?.assets.get(H.asset_id):void 0,r=t?.zone_id?e?.zones.get(t.zone_id):void 0,M=t?O("haven",{view:"asset",assetId:t.asset_id}):"",o=C.showAsset?a`${t?a`<a class="asset-link" href=${M} @click=${m=>x0(m,M)}>${t.name}</a>`:V("common.house_wide")}${r?` \xB7 ${r.name}`:""}`:i,d=H.next_due_at?I(H.next_due_at,L.fmt):"",p=H.status!=="done";return a`<li class="task ${H.status}">
    <div class="task-main">
      <span class="task-name">${H.name}</span>
      <span class="task-meta">
        <span class="chip ${H.status}" title=${d}>${W2(L,H)}</span>
        ${o!==i?a`<span class="muted where">${o}</span>`:i}
        ${c0(L,H)}
      </span>
      ${C.showSchedule?a`<span class="muted schedule">${A1(H.schedule,P1(L))}</span>`:i}
    </div>
    <div class="task-actions">
      ${p?a`<button
              class="btn small"
              aria-label=${V("task.mark_done",{name:H.name})}
              @click=${m=>c(m.currentTarget,"complete",{taskId:H.task_id})}
            >
              ${A(G1)}<span>${V("task.done")}</span>
            </button>
            <button
              class="btn small plain"
              aria-label=${V("task.snooze_named",{name:H.name})}
              @click=${m=>c(m.currentTarget,"snooze",{taskId:H.task_id})}
            >
              ${A(z5)}<span class=${C.compact?"visually-hidden":"label-wide"}
                >${V("task.snooze")}</span
              >
            </button>`:i}
      ${C.compact?i:a`<button
            class="btn icon-btn"
            aria-label=${V("common.more_actions",{name:H.name})}
            @click=${m=>c(m.currentTarget,"task-menu",{taskId:H.task_id})}
          >
            ${A(D5)}
          </button>`}
    </div>
  </li>`}function p1(L,H,C,V=!0){let e=L.localize,t=V&&H.asset_id?L.property?.assets.get(H.asset_id):void 0,r=H.user_name??e("common.someone");return a`<li class="log">
    <div class="log-main">
      <span class="log-action"
        ><span class="log-kind">${e(`log.${H.kind}`)}</span> · ${H.action}${t?a` <span class="muted">· ${t.name}</span>`:i}</span
      >
      <span class="muted log-meta"
        >${e("log.who_when",{who:r,when:B(H.performed_at,L.now,L.fmt)})}</span
      >
      ${H.notes?a`<span class="log-notes">${H.notes}</span>`:i}
    </div>
    ${H.cost!==void 0?a`<span class="log-cost">${F(H.cost,C,L.fmt.locale)}</span>`:i}
  </li>`}var m1=x`
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
`;function i2(L,H,C){return L===0?C("error.network"):L===413?C("error.too_large"):L===415?C("error.unsupported_type"):L===403||L===401?C("error.forbidden",{message:H??String(L)}):L===400?C("error.bad_request",{message:H??""}):C("error.generic",{message:H??`HTTP ${L}`})}function m3(L){let H=L&&typeof L=="object"&&"name"in L?String(L.name):"";return H==="NotAllowedError"||H==="SecurityError"||H==="PermissionDeniedError"?"mic_denied":H==="NotFoundError"||H==="OverconstrainedError"||H==="DevicesNotFoundError"?"mic_absent":"mic_unsupported"}var Z0=25*1024*1024;function n2(L){return L>Z0}function h0(L){if(!L||typeof L!="object")return;let H=L,C=H.translation_key??H.error?.translation_key;return typeof C=="string"?C:void 0}var S0={task:"unknown_task",asset:"unknown_asset",capture:"unknown_inbox_item"};function l3(L,H){return h0(L)===S0[H]}function u3(L,H){if(!H||!L||typeof L!="object")return L;let C=L;if(C.translation_domain!=="haven"||typeof C.translation_key!="string")return L;let V=C.translation_placeholders&&typeof C.translation_placeholders=="object"?C.translation_placeholders:{},e;try{e=H(`component.haven.exceptions.${C.translation_key}.message`,V)}catch{return L}return e?{...C,message:e}:L}var v3={version:0,properties:new Map};function T1(L,H){let C=new Map;for(let V of L??[])C.set(V[H],V);return C}function g0(L){let{zones:H,assets:C,tasks:V,supplies:e,inbox:t,recent_logs:r,...M}=L;return{summary:M,zones:T1(H,"zone_id"),assets:T1(C,"asset_id"),tasks:T1(V,"task_id"),supplies:T1(e,"supply_id"),inbox:T1(t,"inbox_item_id"),recentLogs:(r??[]).slice(0,10)}}function z1(L,H,C,V){if(!H?.length&&!C?.length)return L;let e=new Map(L);for(let t of H??[])e.set(t[V],t);for(let t of C??[])e.delete(t);return e}function f0(L,H,C){if(!H?.length&&!C?.length)return L;let V=new Set(C??[]),e=new Set,t=[...H??[],...L].filter(r=>V.has(r.log_id)||e.has(r.log_id)?!1:(e.add(r.log_id),!0));return t.sort((r,M)=>r.performed_at<M.performed_at?1:r.performed_at>M.performed_at?-1:0),t.slice(0,10)}function U2(L,H){if(H.kind==="snapshot"){let r=new Map(L.properties);for(let M of H.properties)r.set(M.config_entry_id,g0(M));return{version:L.version+1,properties:r}}if(H.kind==="unloaded"){if(!L.properties.has(H.config_entry_id))return L;let r=new Map(L.properties);return r.delete(H.config_entry_id),{version:L.version+1,properties:r}}let C=L.properties.get(H.config_entry_id);if(!C)return L;let V=H.removed??{},e={summary:H.property??C.summary,zones:z1(C.zones,H.zones,V.zones,"zone_id"),assets:z1(C.assets,H.assets,V.assets,"asset_id"),tasks:z1(C.tasks,H.tasks,V.tasks,"task_id"),supplies:z1(C.supplies,H.supplies,V.supplies,"supply_id"),inbox:z1(C.inbox,H.inbox,V.inbox,"inbox_item_id"),recentLogs:f0(C.recentLogs,H.logs,V.logs)},t=new Map(L.properties);return t.set(H.config_entry_id,e),{version:L.version+1,properties:t}}function c3(L,H){return U2({version:L.version,properties:new Map},H)}var x3=3600,k0=250,y0=8e3,l1=class l1{constructor(H,C){this.configEntryId=C;this.state={data:v3,link:"connecting"};this.listeners=new Set;this.subscribing=!1;this.generation=0;this.firstEvent=!0;this.signed=new Map;this.onEvent=H=>{let C=this.firstEvent?c3(this.state.data,H):U2(this.state.data,H);this.firstEvent=!1,clearTimeout(this.watchdog),(C!==this.state.data||this.state.link!=="live")&&this.set({data:C,link:"live",error:void 0})};this.onDisconnected=()=>{clearTimeout(this.watchdog),this.generation++,this.subscribing=!1,this.unsubscribe=void 0,this.set({link:"reconnecting"})};this.onReady=()=>{clearTimeout(this.resubscribeTimer),this.resubscribeTimer=setTimeout(()=>{this.listeners.size>0&&this.start()},k0)};this.hass=H}static for(H,C){let V=l1.shared.get(H.connection);V||(V=new Map,l1.shared.set(H.connection,V));let e=C??"",t=V.get(e);return t||(t=new l1(H,C),V.set(e,t)),t.hass=H,t}get connection(){return this.hass.connection}listen(H){return this.listeners.add(H),H(this.state),this.listeners.size===1&&(this.connection.addEventListener("ready",this.onReady),this.connection.addEventListener("disconnected",this.onDisconnected),this.start()),()=>{this.listeners.delete(H),this.listeners.size===0&&this.stop()}}set(H){this.state={...this.state,...H};for(let C of this.listeners)C(this.state)}async start(){if(this.unsubscribe||this.subscribing||this.connection.connected===!1)return;this.subscribing=!0,this.firstEvent=!0;let H=++this.generation,C={type:"haven/subscribe"};this.configEntryId&&(C.config_entry_id=this.configEntryId);try{let V=await this.connection.subscribeMessage(this.onEvent,C,{resubscribe:!1});H!==this.generation||this.listeners.size===0?V().catch(()=>{}):(this.unsubscribe=V,this.firstEvent&&this.watchSnapshot())}catch(V){H===this.generation&&this.set({link:"error",error:E(V)})}finally{H===this.generation&&(this.subscribing=!1)}}watchSnapshot(){clearTimeout(this.watchdog),this.watchdog=setTimeout(()=>{this.watchdog=void 0;let H=this.unsubscribe;!this.firstEvent||!H||this.listeners.size===0||(this.unsubscribe=void 0,H().catch(()=>{}),this.start())},y0)}stop(){clearTimeout(this.watchdog),clearTimeout(this.resubscribeTimer),this.connection.removeEventListener("ready",this.onReady),this.connection.removeEventListener("disconnected",this.onDisconnected);let H=this.unsubscribe;this.unsubscribe=void 0,H&&this.connection.connected!==!1&&H().catch(()=>{})}ws(H,C={}){return this.hass.callWS({type:H,...C}).catch(V=>this.refused(V))}asset(H){return this.ws("haven/asset",{asset_id:H})}templateList(){return this.templates||(this.templates=this.ws("haven/templates",{language:this.hass.language}).then(H=>H.templates,H=>{throw this.templates=void 0,H})),this.templates}household(){return this.people||(this.people=this.ws("haven/users").catch(H=>{throw this.people=void 0,H})),this.people}schedulePreview(H){return this.ws("haven/schedule_preview",H)}async call(H,C,V=!1){let e={type:"call_service",domain:"haven",service:H,service_data:C};return V&&(e.return_response=!0),(await this.connection.sendMessagePromise(e).catch(r=>this.refused(r)))?.response}async refused(H){throw u3(H,await this.exceptionTexts())}exceptionTexts(){let H=this.hass.language;if(!this.exceptions||this.exceptions.language!==H){let C=this.hass.loadBackendTranslation?.("exceptions","haven"),V=C?C.catch(()=>{this.exceptions=void 0}):Promise.resolve(void 0);this.exceptions={language:H,localize:V}}return this.exceptions.localize}async signedUrl(H){let C=Date.now(),V=this.signed.get(H);if(V&&V.until>C)return V.url;let e=await this.hass.callWS({type:"auth/sign_path",path:H,expires:x3}),t=this.hass.hassUrl?this.hass.hassUrl(e.path):e.path;return this.signed.set(H,{url:t,until:C+(x3-60)*1e3}),t}async token(){let H=this.hass.auth;return H.expired&&H.refreshAccessToken&&await H.refreshAccessToken(),H.data.access_token}async upload(H,C,V,e){let t;try{t=await this.token()}catch{return{status:0,body:{}}}let r=this.hass.hassUrl?this.hass.hassUrl(H):H;return new Promise(M=>{let o=new XMLHttpRequest;o.open("POST",r),o.setRequestHeader("Authorization",`Bearer ${t}`),o.upload.addEventListener("progress",d=>{d.lengthComputable&&V&&V(d.loaded/d.total)}),o.addEventListener("load",()=>{let d={};try{d=JSON.parse(o.responseText||"{}")}catch{d={}}M({status:o.status,body:d})}),o.addEventListener("error",()=>M({status:0,body:{}})),o.addEventListener("abort",()=>M({status:-1,body:{}})),e?.addEventListener("abort",()=>o.abort()),o.send(C)})}};l1.shared=new WeakMap;var d2=l1;function E(L){if(typeof L=="string")return L;if(L&&typeof L=="object"){let H=L;if(H.message)return H.code==="service_validation_error"?H.message.replace(/^Validation error: /,""):H.message;if(H.error?.message)return H.error.message;if(H.code)return String(H.code)}return String(L)}function u1(L,H){return!L||!H?!1:L.is_admin||H.is_admin_required_for_removal===!1}var G2=[1,2,3,4,5,6,7,8,9,10,11,12];function B1(L,H,C="long"){return new Intl.DateTimeFormat(H,{month:C,timeZone:"UTC"}).format(new Date(Date.UTC(2024,L-1,1)))}function b0(L){let H=new Set(L.filter(e=>e>=1&&e<=12));if(!H.size||H.size===12)return[];let C=G2.find(e=>H.has(e)&&!H.has(e===1?12:e-1))??1,V=[];for(let e=0;e<12;e++){let t=(C-1+e)%12+1;if(!H.has(t))continue;let r=V[V.length-1];r&&r[1]===(t===1?12:t-1)?r[1]=t:V.push([t,t])}return V}function Z3(L,H){return b0(L??[]).map(([C,V])=>C===V?B1(C,H):`${B1(C,H)} \u2013 ${B1(V,H)}`).join(", ")}var Z=class extends h{constructor(){super(...arguments);this.params={};this.busy=!1;this.error="";this.closed=!1;this.danger=!1;this.onClosed=()=>{this.closed=!0,this.dispatchEvent(new CustomEvent("haven-dialog-closed",{bubbles:!0,composed:!0}))};this.onSubmit=C=>{C.preventDefault();let V=new FormData(this.formEl);this.run(()=>this.submit(V))}}submitLabel(){}async submit(C){}gone(){}record(){}firstUpdated(){this.dialogEl.showModal(),this.renderRoot.querySelector("[autofocus], .body input:not([type=hidden]), .body select, .body textarea, .body button")?.focus()}updated(C){if(C.has("ctx")&&!this.closed&&!this.busy){let V=this.gone();V&&(w(this,V),this.close())}}close(){this.closed||(this.closed=!0,this.dialogEl?.open?this.dialogEl.close():this.onClosed())}async run(C){if(!this.busy){this.busy=!0,this.error="";try{let V=await C();V&&w(this,V),this.close()}catch(V){let e=this.record();e&&l3(V,e)?(w(this,this.ctx.localize(`dialog.gone.${e}`)),this.close()):this.error=E(V)}finally{this.busy=!1}}}render(){let C=this.submitLabel(),V=this.ctx.localize;return a`<dialog aria-labelledby="dialog-title" @close=${this.onClosed}>
      <form @submit=${this.onSubmit}>
        <div class="dialog-head">
          <h2 id="dialog-title">${this.heading()}</h2>
          <button type="button" class="btn icon-btn" aria-label=${V("common.close")} @click=${()=>this.close()}>
            ${A(q1)}
          </button>
        </div>
        <div class="body">${this.body()}</div>
        ${this.error?a`<p class="error" role="alert">${this.error}</p>`:i}
        ${C?a`<div class="dialog-foot">
              <button type="button" class="btn plain" @click=${()=>this.close()}>${V("common.cancel")}</button>
              <button type="submit" class="btn primary ${this.danger?"danger":""}" ?disabled=${this.busy}>
                ${C}
              </button>
            </div>`:i}
      </form>
    </dialog>`}};Z.styles=[j,x`
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
      fieldset.months {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(5.5rem, 1fr));
        gap: 0 8px;
      }
      fieldset.months .hint {
        grid-column: 1 / -1;
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
    `],n([v({attribute:!1})],Z.prototype,"ctx",2),n([v({attribute:!1})],Z.prototype,"params",2),n([s()],Z.prototype,"busy",2),n([s()],Z.prototype,"error",2),n([J("dialog")],Z.prototype,"dialogEl",2),n([J("form")],Z.prototype,"formEl",2);function l(L,H){let C=L.get(H);if(typeof C!="string")return;let V=C.trim();return V===""?void 0:V}function k(L){let H={};for(let[C,V]of Object.entries(L))V!==void 0&&(H[C]=V);return H}var v1=class extends Z{get task(){return this.ctx.property?.tasks.get(String(this.params.taskId))}get taskName(){return this.task?.name??""}gone(){return this.task?void 0:this.ctx.localize("dialog.gone.task")}record(){return"task"}when(H){return typeof H=="string"?B(H,new Date,this.ctx.fmt,this.task?.all_day):"\u2014"}};function P(L,H,C){let V=l(L,H);if(V===void 0)return;let e=t3(V);if(e===void 0||Number.isNaN(e))throw new Error(C("error.number"));return e}var s2=class extends v1{constructor(){super(...arguments);this.openedAt=new Date}heading(){return this.ctx.localize("dialog.complete.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.complete.submit")}body(){let C=this.ctx.localize,V=this.ctx.property?.summary.currency??"";return a`
      <label class="field">
        <span>${C("dialog.complete.performed_at")}</span>
        <input
          type="datetime-local"
          name="performed_at"
          required
          .value=${X(this.openedAt,this.ctx.fmt.timeZone)}
          max=${X(new Date(this.openedAt.getTime()+6e4),this.ctx.fmt.timeZone)}
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
    `}async submit(C){let V=this.ctx.localize,e=this.taskName,t=n1(l(C,"performed_at")??"",this.ctx.fmt.timeZone),r=await this.ctx.client.call("complete_task",k({task_id:this.params.taskId,performed_at:t,notes:l(C,"notes"),cost:P(C,"cost",V)}),!0);return V("dialog.complete.done",{name:e,when:this.when(r?.next_due_at)})}};s2=n([u("haven-complete-dialog")],s2);var F1=class extends v1{constructor(){super(...arguments);this.choice="day"}heading(){return this.ctx.localize("dialog.snooze.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.snooze.submit")}body(){let C=this.ctx.localize,V=D2(new Date(Date.now()+864e5),this.ctx.fmt.timeZone),e=(t,r)=>a`<label class="choice"
        ><input
          type="radio"
          name="choice"
          .value=${t}
          .checked=${this.choice===t}
          @change=${()=>this.choice=t}
        />${r}</label
      >`;return a`<fieldset>
        <legend>${C("dialog.snooze.how_long")}</legend>
        ${e("day",C("dialog.snooze.one_day"))} ${e("week",C("dialog.snooze.one_week"))}
        ${e("date",C("dialog.snooze.until_date"))}
      </fieldset>
      ${this.choice==="date"?a`<label class="field">
            <span>${C("dialog.snooze.date")}</span>
            <input type="date" name="until" required min=${V} .value=${V} />
          </label>`:i}`}async submit(C){let V=this.taskName,e={task_id:this.params.taskId};this.choice==="date"?e.until=l(C,"until"):e.duration={days:this.choice==="day"?1:7};let t=await this.ctx.client.call("snooze_task",e,!0);return this.ctx.localize("dialog.snooze.done",{name:V,when:this.when(t?.next_due_at)})}};n([s()],F1.prototype,"choice",2),F1=n([u("haven-snooze-dialog")],F1);var A2=class extends v1{heading(){return this.ctx.localize("dialog.skip.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.skip.submit")}body(){return a`<p>${this.ctx.localize("dialog.skip.text",{name:this.taskName})}</p>`}async submit(){let H=this.taskName,C=await this.ctx.client.call("skip_task",{task_id:this.params.taskId},!0);return this.ctx.localize("dialog.skip.done",{name:H,when:this.when(C?.next_due_at)})}};A2=n([u("haven-skip-dialog")],A2);var R1=class extends v1{connectedCallback(){super.connectedCallback(),this.ctx.client.household().then(H=>this.household=H,()=>this.household=void 0)}heading(){return this.taskName}body(){let H=this.task;if(!H)return i;let C=this.ctx.localize,V=H.asset_id?this.ctx.property?.assets.get(H.asset_id):void 0,e=String(this.params.panelPath??"haven"),t=(r,M)=>{let o=this.parentNode instanceof ShadowRoot?this.parentNode.host:this;this.close(),c(o,r,M)};return a`
      <p><span class="chip ${H.status}">${W2(this.ctx,H)}</span></p>
      ${H.next_due_at?a`<p class="muted">${r1(H.next_due_at,this.ctx.fmt)}</p>`:i}
      <p>${A1(H.schedule,P1(this.ctx))}</p>
      <p class="muted">
        ${H.last_completed_at?C("task.last_done",{when:I(H.last_completed_at,this.ctx.fmt)}):C("task.never_done")}
      </p>
      ${D.of(H).length?a`<p class="muted">
            ${C("task.assigned",{names:D.of(H).map(r=>C2(r,this.household,M=>this.ctx.hass.states[M]?.attributes.friendly_name??this.ctx.localize("common.someone"))).join(", ")})}
          </p>`:i}
      ${H.rotate&&D.of(H).length>1?a`<p class="muted">${C("task.rotates")}</p>`:i}
      ${H.active_months?.length?a`<p class="muted">${C("task.season",{months:Z3(H.active_months,this.ctx.fmt.locale)})}</p>`:i}
      ${H.paused?a`<p class="muted">
            ${H.paused_until?C("task.paused_until",{date:r1(H.paused_until,this.ctx.fmt)}):C("task.paused")}
          </p>`:i}
      ${H.notes?a`<p>${H.notes}</p>`:i}
      <div class="row">
        <button
          type="button"
          class="btn"
          @click=${()=>t("pause",{taskId:H.task_id,resume:!!H.paused})}
        >
          ${H.paused?a`${A(Y1)}${C("task.resume")}`:a`${A(J1)}${C("task.pause")}`}
        </button>
        ${H.schedule.kind!=="once"?a`<button type="button" class="btn" @click=${()=>t("skip",{taskId:H.task_id})}>
              ${A(q5)}${C("task.skip")}
            </button>`:i}
        <button type="button" class="btn" @click=${()=>t("task",{taskId:H.task_id})}>
          ${A(O1)}${C("task.edit")}
        </button>
        ${u1(this.ctx.hass.user,this.ctx.property?.summary)?a`<button type="button" class="btn danger" @click=${()=>t("remove",{what:"task",id:H.task_id})}>
              ${A(_1)}${C("task.remove")}
            </button>`:i}
        ${V&&this.params.onAssetPage!==!0?a`<button
              type="button"
              class="btn plain"
              @click=${()=>{this.close(),R(O(e,{view:"asset",assetId:V.asset_id}))}}
            >
              ${C("asset.open",{name:V.name})}
            </button>`:i}
      </div>
    `}};n([s()],R1.prototype,"household",2),R1=n([u("haven-task-menu-dialog")],R1);var p2=class extends Z{get taskId(){let H=this.params.taskId;return typeof H=="string"?H:void 0}get resuming(){return this.params.resume===!0}get name(){let H=this.ctx.property;return(this.taskId?H?.tasks.get(this.taskId)?.name:H?.summary.name)??""}gone(){return this.taskId&&!this.ctx.property?.tasks.get(this.taskId)?this.ctx.localize("dialog.gone.task"):void 0}heading(){return this.ctx.localize(this.resuming?"dialog.pause.resume_title":"dialog.pause.title",{name:this.name})}submitLabel(){return this.ctx.localize(this.resuming?"dialog.pause.resume_submit":"dialog.pause.submit")}body(){let H=this.ctx.localize;return this.resuming?a`<p>${H("dialog.pause.resume_text")}</p>`:a`<p>${H(this.taskId?"dialog.pause.task_text":"dialog.pause.property_text")}</p>
      <label class="field">
        <span>${H("dialog.pause.until")}</span>
        <input type="date" name="until" min=${D2(new Date(Date.now()+864e5),this.ctx.fmt.timeZone)} />
      </label>`}async submit(H){let C=this.name,V=this.taskId?{task_id:this.taskId}:{config_entry_id:this.ctx.property?.summary.config_entry_id};return this.resuming?(await this.ctx.client.call("resume",V),this.ctx.localize("dialog.pause.resumed",{name:C})):(await this.ctx.client.call("pause",k({...V,until:l(H,"until")})),this.ctx.localize("dialog.pause.paused",{name:C}))}};p2=n([u("haven-pause-dialog")],p2);var m2=class extends Z{constructor(){super(...arguments);this.danger=!0}get what(){return this.params.what}get recordId(){return String(this.params.id)}get name(){let C=this.ctx.property;return(this.what==="asset"?C?.assets.get(this.recordId):this.what==="task"?C?.tasks.get(this.recordId):C?.supplies.get(this.recordId))?.name??""}gone(){if(!(this.busy||this.name))return this.what==="supply"?void 0:this.ctx.localize(`dialog.gone.${this.what}`)}record(){return this.what==="supply"?void 0:this.what}heading(){return this.ctx.localize("dialog.remove.title",{name:this.name})}submitLabel(){return this.ctx.localize("dialog.remove.confirm")}body(){return a`<p>${this.ctx.localize(`dialog.remove.${this.what}_text`,{name:this.name})}</p>`}async submit(){let C=this.name,V=`${this.what}_id`;return await this.ctx.client.call(`remove_${this.what}`,{[V]:this.recordId}),this.what==="asset"&&typeof this.params.after=="string"&&R(this.params.after,!0),this.ctx.localize("dialog.remove.removed",{name:C})}};m2=n([u("haven-remove-dialog")],m2);function q2(L,H){if(!L||!H)return;let[C,V,e]=L.split("-").map(Number);if(C===void 0||V===void 0||e===void 0||[C,V,e].some(Number.isNaN))return;let t=C+H,r=new Date(Date.UTC(t,V,0)).getUTCDate();return`${String(t).padStart(4,"0")}-${String(V).padStart(2,"0")}-${String(Math.min(e,r)).padStart(2,"0")}`}function h3(L,H){let C=q2(L.installed_on,L.expected_life_years);return C!==void 0&&L2(C)<=H}function S3(L,H){if(!L)return{state:"none"};let C=L2(L)-H;return C<0?{state:"ended"}:{state:"active",daysLeft:C}}function g3(L,H){if(H===void 0||H<=0)return;let C=Math.round(H*100)-Math.round(L*100);return{left:Math.max(C,0)/100,over:Math.max(-C,0)/100}}function f3(L){let H=L?.trim()??"";if(H==="")return null;let C=Number(H);return Number.isInteger(C)&&C>=1&&C<=200?C:void 0}var l2="__new__",_0=["days","weeks","months","years"];function E1(L,H){let C=L.property,V=C?a2(C,L.localize("common.no_zone")):[];return a`<label class="field">
    <span>${H.label}</span>
    <select name=${H.name} ?required=${H.required??!1}>
      ${H.noneLabel!==void 0?a`<option value="" ?selected=${!H.selected}>${H.noneLabel}</option>`:a`<option value="" disabled ?selected=${!H.selected}></option>`}
      ${V.map(e=>a`<optgroup label=${e.label}>
            ${e.assets.map(t=>a`<option value=${t.asset_id} ?selected=${t.asset_id===H.selected}>${t.name}</option>`)}
          </optgroup>`)}
    </select>
  </label>`}function O0(L,H,C,V){let e=f3(l(L,"expected_life_years"));if(e===void 0)throw new Error(V("error.years"));if(!(C?e===(H??null):e===null))return e}function q(L,H,C,V){let e=l(L,H);if(!V)return e;if(e!==C)return e??null}var H1=class extends Z{constructor(){super(...arguments);this.templates=[];this.templateId="";this.zoneChoice="";this.nameValue="";this.initialised=!1}get asset(){let C=this.params.assetId;return typeof C=="string"?this.ctx.property?.assets.get(C):void 0}get editing(){return typeof this.params.assetId=="string"}connectedCallback(){super.connectedCallback(),this.initialised||(this.initialised=!0,this.nameValue=this.asset?.name??"",this.zoneChoice=this.asset?.zone_id??this.params.zoneId??"",this.editing||this.ctx.client.templateList().then(C=>this.templates=C,()=>this.templates=[]))}gone(){return this.editing&&!this.asset?this.ctx.localize("dialog.gone.asset"):void 0}record(){return this.editing?"asset":void 0}heading(){let C=this.ctx.localize;return this.editing?C("dialog.asset.edit_title",{name:this.asset?.name??""}):C("dialog.asset.add_title")}submitLabel(){return this.ctx.localize(this.editing?"common.save":"dialog.asset.submit_add")}categoryName(C){let V=`dialog.asset.category.${C}`,e=this.ctx.localize(V);return e===V?C.charAt(0).toUpperCase()+C.slice(1):e}templateBlock(){if(this.editing||!this.templates.length)return i;let C=this.ctx.localize,V=new Map;for(let t of this.templates){let r=V.get(t.category)??[];r.push(t),V.set(t.category,r)}let e=this.templates.find(t=>t.id===this.templateId);return a`<label class="field">
        <span>${C("dialog.asset.template")}</span>
        <select
          name="template"
          @change=${t=>{let r=t.target.value,M=this.templates.find(d=>d.id===this.templateId);this.templateId=r;let o=this.templates.find(d=>d.id===r);o&&(!this.nameValue||this.nameValue===M?.name)&&(this.nameValue=o.name)}}
        >
          <option value="">${C("dialog.asset.no_template")}</option>
          ${[...V.entries()].map(([t,r])=>a`<optgroup label=${this.categoryName(t)}>
                ${r.map(M=>a`<option value=${M.id} ?selected=${M.id===this.templateId}>${M.name}</option>`)}
              </optgroup>`)}
        </select>
      </label>
      ${e?.tasks.length?a`<p class="hint">${C("dialog.asset.template_tasks",{tasks:e.tasks.map(t=>t.name).join(", ")})}</p>`:i}`}body(){let C=this.ctx.localize,V=this.asset,e=[...this.ctx.property?.zones.values()??[]].sort((t,r)=>t.name.localeCompare(r.name));return a`
      ${this.templateBlock()}
      <label class="field">
        <span>${C("common.name")}</span>
        <input
          name="name"
          required
          autocomplete="off"
          .value=${this.nameValue}
          @input=${t=>this.nameValue=t.target.value}
        />
      </label>
      <label class="field">
        <span>${C("dialog.asset.zone")}</span>
        <select name="zone_choice" @change=${t=>this.zoneChoice=t.target.value}>
          <option value="" ?selected=${this.zoneChoice===""}>${C("common.no_zone")}</option>
          ${e.map(t=>a`<option value=${t.zone_id} ?selected=${t.zone_id===this.zoneChoice}>${t.name}</option>`)}
          <option value=${l2} ?selected=${this.zoneChoice===l2}>${C("dialog.asset.new_zone")}</option>
        </select>
      </label>
      ${this.zoneChoice===l2?a`<label class="field">
            <span>${C("dialog.asset.new_zone_name")}</span>
            <input name="new_zone" required autocomplete="off" />
          </label>`:i}
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
      <div class="row">
        <label class="field"
          ><span>${C("asset.warranty_until")}</span
          ><input type="date" name="warranty_until" .value=${V?.warranty_until??""}
        /></label>
        <label class="field"
          ><span>${C("dialog.asset.expected_life_years")}</span
          ><input
            type="number"
            name="expected_life_years"
            min="1"
            max="200"
            step="1"
            inputmode="numeric"
            aria-describedby="life-hint"
            .value=${V?.expected_life_years!==void 0?String(V.expected_life_years):""}
        /></label>
      </div>
      ${this.editing?i:a`<p class="hint" id="life-hint">${C("dialog.asset.expected_life_hint")}</p>`}
      <label class="field"><span>${C("asset.notes")}</span><textarea name="notes" .value=${V?.notes??""}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,e=this.ctx.property;if(!e)throw new Error(V("common.not_loaded"));let t=this.asset,r=this.editing,M=l(C,"name")??"",o={name:r&&M===t?.name?void 0:M,manufacturer:q(C,"manufacturer",t?.manufacturer,r),model:q(C,"model",t?.model,r),serial_number:q(C,"serial_number",t?.serial_number,r),installed_on:q(C,"installed_on",t?.installed_on,r),warranty_until:q(C,"warranty_until",t?.warranty_until,r),expected_life_years:O0(C,t?.expected_life_years,r,V),notes:q(C,"notes",t?.notes,r)},d=l(C,"zone_choice");if(d===l2)o.zone=l(C,"new_zone");else if(d&&d!==t?.zone_id){let p=e.zones.get(d);o[p?.area_id?"area_id":"zone"]=p?.area_id??p?.name}return r?(await this.ctx.client.call("update_asset",k({asset_id:t?.asset_id,...o})),V("dialog.asset.saved",{name:M})):(await this.ctx.client.call("create_asset",k({config_entry_id:e.summary.config_entry_id,template:l(C,"template"),...o}),!0),V("dialog.asset.added",{name:M}))}};n([s()],H1.prototype,"templates",2),n([s()],H1.prototype,"templateId",2),n([s()],H1.prototype,"zoneChoice",2),n([s()],H1.prototype,"nameValue",2),H1=n([u("haven-asset-dialog")],H1);function w0(L){let H=[];for(let[C,V]of Object.entries(L.hass.states)){if(!V||!C.startsWith("sensor.")||V.state===""||Number.isNaN(Number(V.state)))continue;let e=V.attributes.unit_of_measurement,t=`${N(Number(V.state),L.fmt.locale)}${typeof e=="string"?` ${e}`:""}`;H.push({entityId:C,label:`${j2(L,C)} (${t})`})}return H.sort((C,V)=>C.label.localeCompare(V.label))}var W=class extends Z{constructor(){super(...arguments);this.kind="interval";this.previewError="";this.previewLoading=!1;this.meterEntity="";this.people=[];this.previewSeq=0;this.initialised=!1;this.schedulePreview=()=>{window.clearTimeout(this.timer),this.timer=window.setTimeout(()=>{this.loadPreview()},400)}}get task(){let C=this.params.taskId;return typeof C=="string"?this.ctx.property?.tasks.get(C):void 0}get editing(){return typeof this.params.taskId=="string"}connectedCallback(){if(super.connectedCallback(),!this.initialised){this.initialised=!0;let C=this.task?.schedule;this.kind=C?.kind??"interval",this.meterEntity=C?.meter_entity_id??"",this.ctx.client.household().then(V=>{this.household=V,this.people=D.choices(V)},()=>this.people=[])}}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.timer)}firstUpdated(){super.firstUpdated(),this.schedulePreview()}gone(){return this.editing&&!this.task?this.ctx.localize("dialog.gone.task"):void 0}record(){return this.editing?"task":void 0}heading(){let C=this.ctx.localize;return this.editing?C("dialog.task.edit_title",{name:this.task?.name??""}):C("dialog.task.add_title")}submitLabel(){return this.ctx.localize(this.editing?"common.save":"dialog.task.submit_add")}scheduleFields(C){let V=this.ctx.localize;switch(this.kind){case"interval":return{every:P(C,"every",V),unit:l(C,"unit"),anchor:l(C,"anchor")};case"cron":return{cron:l(C,"cron")};case"meter":{let e=P(C,"backstop_every",V);return{meter_entity_id:l(C,"meter_entity_id"),meter_every:P(C,"meter_every",V),every:e,unit:e!==void 0?l(C,"backstop_unit"):void 0}}default:return{}}}async loadPreview(){let C=this.ctx.property;if(!C||!this.formEl||this.kind==="once"){this.preview=void 0,this.previewError="";return}let V=new FormData(this.formEl),e;try{e=k(this.scheduleFields(V))}catch(M){this.preview=void 0,this.previewError=E(M);return}if(this.kind==="cron"&&!e.cron||this.kind==="meter"&&!e.meter_entity_id){this.preview=void 0,this.previewError="";return}let t=++this.previewSeq;this.previewLoading=!0;let r={kind:this.kind,...e};try{let M=await this.ctx.client.schedulePreview(k({config_entry_id:C.summary.config_entry_id,first_due:l(V,"first_due"),count:5,...e}));t===this.previewSeq&&(this.preview=M,this.previewSchedule=r,this.previewError="")}catch(M){t===this.previewSeq&&(this.preview=void 0,this.previewError=E(M))}finally{t===this.previewSeq&&(this.previewLoading=!1)}}kindChoice(C){return a`<label class="choice"
      ><input
        type="radio"
        name="kind"
        .value=${C}
        .checked=${this.kind===C}
        @change=${()=>{this.kind=C,this.preview=void 0,this.previewError="",this.schedulePreview()}}
      />${this.ctx.localize(`dialog.task.kind_${C}`)}</label
    >`}unitSelect(C,V){let e=this.ctx.localize;return a`<select name=${C}>
      ${_0.map(t=>a`<option value=${t} ?selected=${t===(V??"months")}>${e(`dialog.task.unit_${t}`)}</option>`)}
    </select>`}scheduleBlock(){let C=this.ctx.localize,V=this.task?.schedule;switch(this.kind){case"interval":return a`<div class="row">
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
          >`;case"cron":return a`<label class="field"
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
        >`;case"meter":{let e=w0(this.ctx),t=this.meterEntity?this.ctx.hass.states[this.meterEntity]:void 0;return a`<label class="field"
            ><span>${C("dialog.task.meter_entity")}</span>
            <select
              name="meter_entity_id"
              required
              @change=${r=>this.meterEntity=r.target.value}
            >
              <option value="" disabled ?selected=${!this.meterEntity}>${C("dialog.task.meter_pick")}</option>
              ${e.map(r=>a`<option value=${r.entityId} ?selected=${r.entityId===this.meterEntity}>${r.label}</option>`)}
            </select></label
          >
          ${e.length?i:a`<p class="hint">${C("dialog.task.meter_none")}</p>`}
          ${t?a`<p class="hint">
                ${C("dialog.task.meter_now",{value:`${N(Number(t.state),this.ctx.fmt.locale)} ${t.attributes.unit_of_measurement??""}`.trim()})}
              </p>`:i}
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
          </div>`}default:return a``}}previewBlock(){if(this.kind==="once")return i;let C=this.ctx.localize;return a`<section aria-live="polite" class="preview">
      <h3>${C("dialog.task.preview")}</h3>
      ${this.previewError?a`<p class="error-text">${this.previewError}</p>`:this.preview?a`<p>${this.previewWords(this.preview)}</p>
              <ul>
                ${this.preview.next.map(V=>a`<li>${r1(V,this.ctx.fmt)}</li>`)}
              </ul>`:this.previewLoading?a`<p class="hint">${C("dialog.task.preview_loading")}</p>`:i}
    </section>`}previewWords(C){return C.description?C.description:this.previewSchedule?A1(this.previewSchedule,P1(this.ctx)):""}assigned(){return this.task?J5(this.task,this.household):[]}assigneeBlock(){if(!this.people.length)return i;let C=this.ctx.localize,V=this.assigned();return a`<fieldset>
      <legend>${C("dialog.task.assignee")}</legend>
      ${this.people.map(e=>a`<label class="choice"
            ><input type="checkbox" name="assignee" .value=${e.id} .checked=${V.includes(e.id)} />${e.name}</label
          >`)}
      <label class="choice"
        ><input type="checkbox" name="rotate" .checked=${!!this.task?.rotate} />${C("dialog.task.rotate")}</label
      >
      <p class="hint">${C("dialog.task.assignee_hint")}</p>
    </fieldset>`}seasonBlock(){let C=this.ctx.localize,V=this.task?.active_months??[];return a`<fieldset class="months">
      <legend>${C("dialog.task.active_months")}</legend>
      ${G2.map(e=>a`<label class="choice"
            ><input type="checkbox" name="active_months" .value=${String(e)} .checked=${V.includes(e)} />${B1(e,this.ctx.fmt.locale,"short")}</label
          >`)}
      <p class="hint">${C("dialog.task.active_months_hint")}</p>
    </fieldset>`}assigneeFields(C){if(!this.people.length)return{};let V=C.getAll("assignee").filter(r=>typeof r=="string"&&r!==""),e=C.get("rotate")!==null,t=Y5(V,this.assigned())?{}:D.fields(V);return e!==!!this.task?.rotate&&(t.rotate=e),t}seasonFields(C){let V=C.getAll("active_months").map(r=>Number(r)),e=this.task?.active_months??[];return V.length===e.length&&V.every(r=>e.includes(r))?{}:{active_months:V}}meterBlock(){let C=this.task,V=C&&this.kind==="meter"&&C.schedule.meter_entity_id===this.meterEntity?o2(this.ctx,C):void 0;return V?a`<p class="hint">${this.ctx.localize("dialog.task.meter_since",{progress:V})}</p>`:i}body(){let C=this.ctx.localize,V=this.task,e=V?.asset_id??this.params.assetId;return a`
      <fieldset @change=${this.schedulePreview}>
        <legend>${C("dialog.task.kind")}</legend>
        ${this.kindChoice("interval")} ${this.kindChoice("cron")} ${this.kindChoice("meter")} ${this.kindChoice("once")}
      </fieldset>
      <label class="field">
        <span>${C("common.name")}</span>
        <input name="name" required autocomplete="off" .value=${V?.name??""} />
      </label>
      ${this.editing?i:E1(this.ctx,{name:"asset_id",label:C("dialog.task.asset"),selected:e,noneLabel:C("common.no_asset")})}
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
      ${this.meterBlock()} ${this.previewBlock()} ${this.assigneeBlock()} ${this.seasonBlock()}
      <label class="field">
        <span>${C("dialog.task.priority")}</span>
        <select name="priority">
          ${[0,1,2,3].map(t=>a`<option value=${t} ?selected=${t===(V?.priority??1)}>${C(`task.priority_${t}`)}</option>`)}
        </select>
      </label>
      <label class="field"><span>${C("dialog.task.notes")}</span><textarea name="notes" .value=${V?.notes??""}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,e=this.ctx.property;if(!e)throw new Error(V("common.not_loaded"));let t=l(C,"name")??"",r=k({name:t,...this.scheduleFields(C),first_due:l(C,"first_due"),lead_days:P(C,"lead_days",V),priority:P(C,"priority",V),notes:this.editing?l(C,"notes")??(this.task?.notes?null:void 0):l(C,"notes"),...this.assigneeFields(C),...this.seasonFields(C)});if(this.editing)return await this.ctx.client.call("update_task",{task_id:this.task?.task_id,...r}),V("dialog.task.saved",{name:t});let M=l(C,"asset_id");return await this.ctx.client.call("create_task",{...M?{asset_id:M}:{config_entry_id:e.summary.config_entry_id},...r},!0),V("dialog.task.added",{name:t})}};n([s()],W.prototype,"kind",2),n([s()],W.prototype,"preview",2),n([s()],W.prototype,"previewError",2),n([s()],W.prototype,"previewLoading",2),n([s()],W.prototype,"meterEntity",2),n([s()],W.prototype,"people",2),W=n([u("haven-task-dialog")],W);var u2=class extends Z{get supply(){let H=this.params.supplyId;return typeof H=="string"?this.ctx.property?.supplies.get(H):void 0}get assetId(){return this.supply?.asset_id??String(this.params.assetId)}gone(){return this.ctx.property?.assets.has(this.assetId)?void 0:this.ctx.localize("dialog.gone.asset")}record(){return"asset"}heading(){let H=this.ctx.localize;return this.supply?H("dialog.supply.edit_title",{name:this.supply.name}):H("dialog.supply.add_title")}submitLabel(){return this.ctx.localize(this.supply?"common.save":"common.add")}body(){let H=this.ctx.localize,C=this.supply,V=[...this.ctx.property?.tasks.values()??[]].filter(e=>e.asset_id===this.assetId);return a`
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
          ${V.map(e=>a`<option value=${e.task_id} ?selected=${e.task_id===C?.task_id}>${e.name}</option>`)}
        </select></label
      >
    `}async submit(H){let C=this.ctx.localize,V=this.supply,e=V!==void 0,t=l(H,"name")??"",r=k({name:t,quantity:P(H,"quantity",C)??(e&&V.quantity!==void 0?null:void 0),part_number:q(H,"part_number",V?.part_number,e),purchase_url:q(H,"purchase_url",V?.purchase_url,e),task_id:q(H,"task_id",V?.task_id,e)});return e?await this.ctx.client.call("update_supply",{supply_id:V.supply_id,...r}):await this.ctx.client.call("add_supply",{asset_id:this.assetId,...r},!0),C("dialog.supply.saved",{name:t})}};u2=n([u("haven-supply-dialog")],u2);var v2=class extends Z{constructor(){super(...arguments);this.openedAt=new Date}heading(){return this.ctx.localize("dialog.log.title")}submitLabel(){return this.ctx.localize("dialog.log.submit")}body(){let C=this.ctx.localize,V=this.ctx.property?.summary.currency??"";return a`
      ${E1(this.ctx,{name:"asset_id",label:C("dialog.log.asset"),selected:this.params.assetId,required:!0})}
      <label class="field"><span>${C("dialog.log.action")}</span><input name="action" required autocomplete="off" /></label>
      <div class="row">
        <label class="field"
          ><span>${C("dialog.complete.performed_at")}</span
          ><input type="datetime-local" name="performed_at" required .value=${X(this.openedAt,this.ctx.fmt.timeZone)}
        /></label>
        <label class="field"
          ><span>${C("dialog.complete.cost",{currency:V})}</span><input name="cost" inputmode="decimal" autocomplete="off"
        /></label>
      </div>
      <label class="field"><span>${C("common.notes")}</span><textarea name="notes"></textarea></label>
    `}async submit(C){let V=this.ctx.localize;return await this.ctx.client.call("log_maintenance",k({asset_id:l(C,"asset_id"),action:l(C,"action"),performed_at:n1(l(C,"performed_at")??"",this.ctx.fmt.timeZone),cost:P(C,"cost",V),notes:l(C,"notes")}),!0),V("dialog.log.done")}};v2=n([u("haven-log-dialog")],v2);var P0=600*1e3,T0={"audio/webm":"webm","audio/ogg":"ogg","audio/mp4":"m4a","audio/mpeg":"mp3","audio/wav":"wav"},y=class extends Z{constructor(){super(...arguments);this.fileName="";this.previewUrl="";this.recording=!1;this.elapsed=0;this.progress=-1;this.micMessage="";this.onPicked=C=>{let e=C.target.files?.[0];e&&n2(e.size)?this.error=this.ctx.localize("error.too_large"):e&&(this.error="",this.setFile(e,e.name))}}disconnectedCallback(){super.disconnectedCallback(),this.stopStream(),this.abort?.abort(),this.previewUrl&&URL.revokeObjectURL(this.previewUrl)}heading(){return this.ctx.localize("dialog.capture.title")}submitLabel(){return this.ctx.localize("dialog.capture.submit")}setFile(C,V){this.previewUrl&&URL.revokeObjectURL(this.previewUrl),this.file=C,this.fileName=V,this.previewUrl=C?URL.createObjectURL(C):""}pick(C){C.value="",C.click()}async startRecording(){let C=this.ctx.localize;if(this.micMessage="",!navigator.mediaDevices?.getUserMedia||typeof MediaRecorder>"u"){this.micMessage=C("dialog.capture.mic_unsupported");return}try{this.stream=await navigator.mediaDevices.getUserMedia({audio:{echoCancellation:!1,noiseSuppression:!1,autoGainControl:!1}})}catch(M){this.micMessage=C(`dialog.capture.${m3(M)}`);return}let V=["audio/webm;codecs=opus","audio/ogg;codecs=opus","audio/mp4","audio/webm"].find(M=>MediaRecorder.isTypeSupported(M)),e=new MediaRecorder(this.stream,V?{mimeType:V}:{}),t=[];e.addEventListener("dataavailable",M=>{M.data.size&&t.push(M.data)}),e.addEventListener("stop",()=>{let M=(e.mimeType||V||"audio/webm").split(";")[0],o=new Blob(t,{type:M});this.setFile(o,`voice-memo.${T0[M]??"webm"}`),this.stopStream()}),this.recorder=e;let r=Date.now();this.elapsed=0,this.recording=!0,this.setFile(void 0,""),e.start(1e3),this.ticker=window.setInterval(()=>{this.elapsed=(Date.now()-r)/1e3,Date.now()-r>P0&&this.stopRecording()},250)}stopRecording(){window.clearInterval(this.ticker),this.recording=!1,this.recorder&&this.recorder.state!=="inactive"&&this.recorder.stop(),this.recorder=void 0}stopStream(){window.clearInterval(this.ticker),this.recorder&&this.recorder.state!=="inactive"&&this.recorder.stop(),this.stream?.getTracks().forEach(C=>C.stop()),this.stream=void 0}body(){let C=this.ctx.localize,V=this.file?.type.startsWith("image/"),e=this.file?.type.startsWith("audio/");return a`
      <input id="camera" type="file" accept="image/*" capture="environment" hidden @change=${this.onPicked} />
      <input id="picker" type="file" accept="image/*,audio/*" hidden @change=${this.onPicked} />
      <div class="row">
        <button type="button" class="btn" ?disabled=${this.recording} @click=${()=>this.pick(this.cameraInput)}>
          ${A(F5)}${C("dialog.capture.photo")}
        </button>
        <button type="button" class="btn" ?disabled=${this.recording} @click=${()=>this.pick(this.pickerInput)}>
          ${A(K1)}${C("dialog.capture.file")}
        </button>
        ${this.recording?a`<button type="button" class="btn primary danger" @click=${()=>this.stopRecording()}>
              ${A(Q5)}${C("dialog.capture.stop")}
            </button>`:a`<button type="button" class="btn" @click=${()=>{this.startRecording()}}>
              ${A(U5)}${C("dialog.capture.record")}
            </button>`}
      </div>
      ${this.recording?a`<p role="status" class="recording">
            <span class="dot" aria-hidden="true"></span>${C("dialog.capture.recording",{time:I2(this.elapsed)})}
          </p>`:i}
      ${this.micMessage?a`<p class="error-text" role="alert">${this.micMessage}</p>`:i}
      ${this.file?a`<div class="preview">
            <p>
              ${e&&this.fileName.startsWith("voice-memo")?C("dialog.capture.recorded",{time:I2(this.elapsed)}):C("dialog.capture.chosen",{name:this.fileName,size:t2(this.file.size,this.ctx.fmt.locale)})}
            </p>
            ${V?a`<img src=${this.previewUrl} alt=${this.fileName} />`:i}
            ${e?a`<audio controls src=${this.previewUrl}></audio>`:i}
            <button type="button" class="btn plain small" @click=${()=>this.setFile(void 0,"")}>
              ${C("dialog.capture.discard")}
            </button>
          </div>`:i}
      <label class="field">
        <span>${C("dialog.capture.text")}</span>
        <textarea name="text" maxlength="4000"></textarea>
      </label>
      ${E1(this.ctx,{name:"asset_id",label:C("dialog.capture.asset"),selected:this.params.assetId,noneLabel:C("common.none")})}
      ${this.progress>=0?a`<label class="field"
            ><span>${C("dialog.capture.uploading",{percent:Math.round(this.progress*100)})}</span>
            <progress class="progress" max="1" .value=${this.progress}></progress
          ></label>`:i}
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
    `}async submit(C){let V=this.ctx.localize,e=this.ctx.property;if(!e)throw new Error(V("common.not_loaded"));this.recording&&(this.stopRecording(),await new Promise(o=>setTimeout(o,300)));let t=l(C,"text");if(!this.file&&!t)throw new Error(V("dialog.capture.empty"));let r=new FormData;r.append("config_entry_id",e.summary.config_entry_id);let M=l(C,"asset_id");M&&r.append("asset_id",M),t&&r.append("text",t),this.file&&r.append("file",this.file,this.fileName||"capture"),this.progress=0,this.abort=new AbortController;try{let o=await this.ctx.client.upload("/api/haven/capture",r,d=>this.progress=d,this.abort.signal);if(o.status!==201)throw new Error(i2(o.status,o.body.message,V))}finally{this.progress=-1}return V("dialog.capture.sent")}};n([s()],y.prototype,"file",2),n([s()],y.prototype,"fileName",2),n([s()],y.prototype,"previewUrl",2),n([s()],y.prototype,"recording",2),n([s()],y.prototype,"elapsed",2),n([s()],y.prototype,"progress",2),n([s()],y.prototype,"micMessage",2),n([J("#camera")],y.prototype,"cameraInput",2),n([J("#picker")],y.prototype,"pickerInput",2),y=n([u("haven-capture-dialog")],y);var $1=class extends Z{constructor(){super(...arguments);this.outcome="task";this.openedAt=new Date}get item(){return this.ctx.property?.inbox.get(String(this.params.itemId))}gone(){return this.item?void 0:this.ctx.localize("dialog.gone.capture")}record(){return"capture"}heading(){return this.ctx.localize("dialog.triage.title")}submitLabel(){return this.ctx.localize("dialog.triage.submit")}body(){let C=this.ctx.localize,V=this.item;if(!V)return i;let e=V.analysis??{},t=[V.text,V.transcription,e.description].filter(Boolean).join(`
`),r=o=>a`<label class="choice"
        ><input
          type="radio"
          name="outcome"
          .value=${o}
          .checked=${this.outcome===o}
          @change=${()=>this.outcome=o}
        />${C(`dialog.triage.outcome_${o}`)}</label
      >`,M=["days","weeks","months","years"];return a`
      <p class="hint">${V.summary}</p>
      <fieldset>
        <legend>${C("dialog.triage.outcome")}</legend>
        ${r("task")} ${r("log")} ${r("note")}
      </fieldset>
      ${this.outcome!=="note"?a`<label class="field"
            ><span>${C(this.outcome==="task"?"dialog.triage.name":"dialog.triage.action")}</span
            ><input name="name" required .value=${e.suggested_task??V.summary}
          /></label>`:i}
      ${E1(this.ctx,{name:"asset_id",label:C("dialog.task.asset"),selected:V.asset_id??e.suggested_asset_id,required:this.outcome!=="task",...this.outcome==="task"?{noneLabel:C("common.no_asset")}:{}})}
      ${this.outcome==="task"?a`<div class="row">
              <label class="field"
                ><span>${C("dialog.task.every")}</span><input name="every" type="number" min="1" step="1"
              /></label>
              <label class="field"
                ><span>${C("dialog.task.unit")}</span>
                <select name="unit">
                  ${M.map(o=>a`<option value=${o} ?selected=${o==="months"}>${C(`dialog.task.unit_${o}`)}</option>`)}
                </select></label
              >
            </div>
            <label class="field"><span>${C("dialog.task.first_due")}</span><input type="date" name="first_due" /></label>`:i}
      ${this.outcome==="log"?a`<div class="row">
            <label class="field"
              ><span>${C("dialog.triage.performed_at")}</span
              ><input type="datetime-local" name="performed_at" .value=${X(this.openedAt,this.ctx.fmt.timeZone)}
            /></label>
            <label class="field"
              ><span>${C("dialog.complete.cost",{currency:this.ctx.property?.summary.currency??""})}</span
              ><input name="cost" inputmode="decimal"
            /></label>
          </div>`:i}
      <label class="field"><span>${C("common.notes")}</span><textarea name="notes" .value=${t}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,e=l(C,"name"),t=P(C,"every",V);return await this.ctx.client.call("triage_capture",k({inbox_item_id:this.params.itemId,outcome:this.outcome,asset_id:l(C,"asset_id"),notes:l(C,"notes"),...this.outcome==="task"?{name:e,every:t,unit:t!==void 0?l(C,"unit"):void 0,first_due:l(C,"first_due")}:{},...this.outcome==="log"?{action:e,performed_at:n1(l(C,"performed_at")??"",this.ctx.fmt.timeZone),cost:P(C,"cost",V)}:{}}),!0),V("inbox.filed")}};n([s()],$1.prototype,"outcome",2),$1=n([u("haven-triage-dialog")],$1);var z0={complete:"haven-complete-dialog",snooze:"haven-snooze-dialog",skip:"haven-skip-dialog",pause:"haven-pause-dialog","task-menu":"haven-task-menu-dialog",log:"haven-log-dialog",asset:"haven-asset-dialog",task:"haven-task-dialog",supply:"haven-supply-dialog",remove:"haven-remove-dialog",triage:"haven-triage-dialog",capture:"haven-capture-dialog"},B0=5e3,F0=6e4,S=class extends h{constructor(){super(...arguments);this.toastMessage="";this.now=new Date;this.onDialogRequest=C=>{C.stopPropagation();let V=this.havenContext();if(!V)return;this.dialog?.close();let e=document.createElement(z0[C.detail.kind]);e.ctx=this.hass?{...V,hass:this.hass}:V,e.params={panelPath:this.panelPath(),...C.detail.params},this.dialog=e,this.renderRoot.appendChild(e)};this.onDialogClosed=C=>{let V=C.composedPath()[0];V instanceof HTMLElement&&V.parentNode===this.renderRoot&&V.remove(),V===this.dialog&&(this.dialog=void 0)};this.onToast=C=>{C.stopPropagation(),this.toastMessage=C.detail.message,window.clearTimeout(this.toastTimer),this.toastTimer=window.setTimeout(()=>this.toastMessage="",B0)}}subscriptionEntry(){}connectedCallback(){super.connectedCallback(),this.addEventListener("haven-dialog",this.onDialogRequest),this.addEventListener("haven-toast",this.onToast),this.addEventListener("haven-dialog-closed",this.onDialogClosed),this.clock=window.setInterval(()=>this.now=new Date,F0),this.connect()}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("haven-dialog",this.onDialogRequest),this.removeEventListener("haven-toast",this.onToast),this.removeEventListener("haven-dialog-closed",this.onDialogClosed),window.clearInterval(this.clock),this.disconnect()}willUpdate(C){C.has("hass")&&this.hass&&(this.client&&this.client.hass.connection!==this.hass.connection&&this.disconnect(),this.client?this.client.hass=this.hass:this.connect())}updated(){let C=this.havenContext(),V=this.dialog?.ctx;this.dialog&&C&&this.hass&&V&&(V.data!==C.data||V.property!==C.property||V.hass!==this.hass)&&(this.dialog.ctx={...C,hass:this.hass})}connect(){!this.hass||this.stopListening||!this.isConnected||(this.client=d2.for(this.hass,this.subscriptionEntry()),this.stopListening=this.client.listen(C=>this.live=C))}disconnect(){this.stopListening?.(),this.stopListening=void 0,this.client=void 0}havenContext(){if(!this.hass||!this.client||!this.live)return;let C=this.propertyData(),V=this.cachedContext,e=this.hass,t=V!==void 0&&(V.hass===e||V.hass.language===e.language&&V.hass.locale===e.locale&&V.hass.config===e.config&&V.hass.connection===e.connection);return V&&t&&V.data===this.live.data&&V.property===C&&V.now===this.now?V:(this.cachedContext={hass:this.hass,client:this.client,localize:_(this.hass.language),fmt:p3(this.hass),data:this.live.data,property:C,now:this.now},this.cachedContext)}propertyData(){let C=this.live?.data;if(!C)return;let V=this.currentPropertyId();return(V?C.properties.get(V):void 0)??C.properties.values().next().value}panelPath(){return"haven"}renderToast(){return a`<div role="status" aria-live="polite" class=${this.toastMessage?"toast":"visually-hidden"}>
      ${this.toastMessage||i}
    </div>`}renderLink(){let C=_(this.hass?.language);return this.live?.link==="reconnecting"?a`<p class="banner" role="status">${C("common.reconnecting")}</p>`:this.live?.link==="error"?a`<p class="banner" role="alert">${C("error.generic",{message:this.live.error??""})}</p>`:i}};S.rootStyles=[j,x`
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
    `],n([v({attribute:!1})],S.prototype,"hass",2),n([s()],S.prototype,"live",2),n([s()],S.prototype,"toastMessage",2),n([s()],S.prototype,"now",2);var a1=class extends S{setConfig(H){if(!H||typeof H!="object")throw new Error("Invalid configuration");let C=this.config?.config_entry_id;this.config=H,C!==H.config_entry_id&&this.client&&(this.disconnect(),this.connect())}subscriptionEntry(){return this.config?.config_entry_id||void 0}currentPropertyId(){return this.config?.config_entry_id}willUpdate(H){super.willUpdate(H)}card(H){return a`<ha-card>${this.renderLink()} ${H}</ha-card>${this.renderToast()}`}openPanel(H,C){H.button!==0||H.metaKey||H.ctrlKey||H.shiftKey||(H.preventDefault(),R(C))}waiting(H){let C=_(this.hass?.language);if(!H||this.live?.link==="connecting")return this.card(a`<p class="empty" role="status">${C("common.connecting")}</p>`);if(!H.property)return this.card(a`<p class="empty">${C("card.no_properties")}</p>`)}};a1.styles=[...S.rootStyles,m1,x`
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
    `],n([s()],a1.prototype,"config",2);var c2=class extends a1{static getConfigElement(){return document.createElement("haven-card-editor")}static getStubConfig(){return{max_tasks:6,show_recent:!0}}getCardSize(){return 2+Math.min(this.config?.max_tasks??6,6)}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??a``;let V=H.property,e=H.localize,t=V.summary,r=this.config?.max_tasks??6,M=s1([...V.tasks.values()].filter(o=>o.status==="overdue"||o.status==="due_soon"));return this.card(a`
      <div class="head">
        <h2>
          <a href="/haven" @click=${o=>this.openPanel(o,"/haven")}>${this.config?.title||t.name}</a>
        </h2>
        <span class="health ${M2(t.health)}" aria-label=${`${e("home.health")}: ${Math.round(t.health)} %`}
          >${Math.round(t.health)} %</span
        >
      </div>
      <p class="sub muted">
        ${e("count.overdue",{count:t.counts.overdue})} · ${e("count.due_soon",{count:t.counts.due_soon})}
      </p>
      ${M.length?a`<ul class="tasks">
            ${M.slice(0,r).map(o=>C1(H,o,{showAsset:!0,compact:!0}))}
          </ul>`:a`<p class="empty">${e("card.all_caught_up")}</p>`}
      ${M.length>r?a`<p class="sub muted">${e("card.more",{count:M.length-r})}</p>`:i}
      ${this.config?.show_recent!==!1&&V.recentLogs.length?a`<h3>${e("home.recent_work")}</h3>
            <ul class="logs">
              ${V.recentLogs.slice(0,3).map(o=>p1(H,o,t.currency))}
            </ul>`:i}
      <div class="foot">
        <a class="btn plain small" href="/haven" @click=${o=>this.openPanel(o,"/haven")}
          >${A(Q1)}${e("card.open_panel")}</a
        >
      </div>
    `)}};c2=n([u("haven-overview-card")],c2);var x2=class extends a1{static getConfigElement(){let H=document.createElement("haven-card-editor");return H.setAttribute("with-asset",""),H}static getStubConfig(){return{asset_id:""}}getCardSize(){return 4}currentPropertyId(){let H=this.live?.data,C=this.config?.asset_id;if(H&&C){for(let[V,e]of H.properties)if(e.assets.has(C))return V}return this.config?.config_entry_id}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??a``;let V=H.localize,e=this.config?.asset_id?H.property.assets.get(this.config.asset_id):void 0;if(!e)return this.card(a`<p class="empty">${this.config?.asset_id?V("asset.not_found"):V("card.pick_asset")}</p>`);let t=O("haven",{view:"asset",assetId:e.asset_id}),r=s1([...H.property.tasks.values()].filter(M=>M.asset_id===e.asset_id));return this.card(a`
      <div class="head">
        <h2><a href=${t} @click=${M=>this.openPanel(M,t)}>${this.config?.title||e.name}</a></h2>
        ${e.overdue?a`<span class="chip overdue">${V("asset.overdue")}</span>`:i}
      </div>
      ${r.length?a`<ul class="tasks">
            ${r.map(M=>C1(H,M,{compact:!0}))}
          </ul>`:a`<p class="empty">${V("asset.no_tasks")}</p>`}
    `)}};x2=n([u("haven-asset-card")],x2);var Z2=class extends a1{static getConfigElement(){let H=document.createElement("haven-card-editor");return H.setAttribute("with-asset",""),H.setAttribute("asset-optional",""),H}static getStubConfig(){return{}}getCardSize(){return 2}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??a``;let V=H.localize;return this.card(a`
      <div class="head">
        <h2>${this.config?.title||V("card.capture_prompt")}</h2>
      </div>
      <div class="foot">
        <button
          class="btn primary"
          @click=${e=>c(e.currentTarget,"capture",this.config?.asset_id?{assetId:this.config.asset_id}:{})}
        >
          ${A(z)}${V("nav.capture")}
        </button>
      </div>
    `)}};Z2=n([u("haven-capture-card")],Z2);var c1=class extends S{constructor(){super(...arguments);this.config={type:""}}setConfig(C){this.config=C}currentPropertyId(){return this.config.config_entry_id}change(C){let V={...this.config,...C};for(let[e,t]of Object.entries(V))(t===""||t===void 0)&&delete V[e];this.config=V,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:V},bubbles:!0,composed:!0}))}render(){let C=_(this.hass?.language),V=this.havenContext(),e=[...this.live?.data.properties.values()??[]],t=this.hasAttribute("with-asset"),r=this.hasAttribute("asset-optional"),M=!t,o=V?.property?[...V.property.assets.values()].sort((d,p)=>d.name.localeCompare(p.name)):[];return a`
      ${e.length>1?a`<label class="field"
            ><span>${C("common.property")}</span>
            <select @change=${d=>this.change({config_entry_id:d.target.value,asset_id:""})}>
              ${e.map(d=>a`<option value=${d.summary.config_entry_id} ?selected=${d.summary.config_entry_id===V?.property?.summary.config_entry_id}>
                    ${d.summary.name}
                  </option>`)}
            </select></label
          >`:i}
      ${t?a`<label class="field"
            ><span>${C("dialog.task.asset")}</span>
            <select @change=${d=>this.change({asset_id:d.target.value})}>
              <option value="" ?selected=${!this.config.asset_id}>${r?C("common.none"):""}</option>
              ${o.map(d=>a`<option value=${d.asset_id} ?selected=${d.asset_id===this.config.asset_id}>${d.name}</option>`)}
            </select></label
          >`:i}
      <label class="field"
        ><span>${C("card.title")}</span
        ><input .value=${this.config.title??""} @change=${d=>this.change({title:d.target.value})}
      /></label>
      ${M?a`<label class="field"
              ><span>${C("card.max_tasks")}</span
              ><input
                type="number"
                min="1"
                max="50"
                .value=${String(this.config.max_tasks??6)}
                @change=${d=>this.change({max_tasks:Number(d.target.value)||6})}
            /></label>
            <label class="check"
              ><input
                type="checkbox"
                .checked=${this.config.show_recent!==!1}
                @change=${d=>this.change({show_recent:d.target.checked})}
              />${C("card.show_recent")}</label
            >`:i}
    `}};c1.styles=[...S.rootStyles,x`
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
    `],n([s()],c1.prototype,"config",2),c1=n([u("haven-card-editor")],c1);var k3=[{type:"haven-overview-card",key:"overview"},{type:"haven-asset-card",key:"asset"},{type:"haven-capture-card",key:"capture"}];var y3=L=>(...H)=>({_$litDirective$:L,values:H}),h2=class{constructor(H){}get _$AU(){return this._$AM._$AU}_$AT(H,C,V){this._$Ct=H,this._$AM=C,this._$Ci=V}_$AS(H,C){return this.update(H,C)}update(H,C){return this.render(...C)}};var R0={},Q2=y3(class extends h2{constructor(){super(...arguments),this.ot=R0}render(L,H){return H()}update(L,[H,C]){if(Array.isArray(H)){if(Array.isArray(this.ot)&&this.ot.length===H.length&&H.every((V,e)=>V===this.ot[e]))return $}else if(this.ot===H)return $;return this.ot=Array.isArray(H)?Array.from(H):H,this.render(H,C)}});var K2=50,b3="haven.groupBy",E0=150,g=class extends h{constructor(){super(...arguments);this.panelPath="haven";this.groupBy=localStorage.getItem(b3)??"zone";this.zoneId="";this.assetId="";this.assignee="";this.query="";this.expanded=new Set;this.showAll=new Set;this.onSearch=C=>{let V=C.target.value;window.clearTimeout(this.searchTimer),this.searchTimer=window.setTimeout(()=>this.query=V.trim(),150)};this.clearFilters=()=>{this.query="",this.zoneId="",this.assetId="",this.assignee="";let C=this.renderRoot.querySelector("input[type=search]");C&&(C.value="")}}get property(){return this.ctx.property}willUpdate(C){if(C.has("ctx")&&!C.get("ctx")&&this.ctx.client.household().then(V=>this.household=V,()=>this.household=void 0),C.has("ctx")){let V=this.property;this.assetId&&V&&!V.assets.has(this.assetId)&&(this.assetId=""),this.zoneId&&this.zoneId!==d1&&V&&!V.zones.has(this.zoneId)&&(this.zoneId="")}}filtering(){return!!(this.query||this.zoneId||this.assetId||this.assignee)}compute(C){let V=[C.tasks,C.assets,C.zones,this.groupBy,this.zoneId,this.assetId,this.assignee,this.query,this.ctx.localize];if(this.memo&&this.memo.key.every((d,p)=>d===V[p]))return this.memo.value;let e=this.ctx.localize,t=i3(C.tasks.values(),{zoneId:this.zoneId,assetId:this.assetId,assignee:this.assignee,query:this.query},C),r=n3(t),M={noZone:e("common.no_zone"),houseWide:e("common.house_wide")},o={buckets:r,total:r.overdue.length+r.due_soon.length+r.upcoming.length,groups:{overdue:r2(r.overdue,this.groupBy,C,M),due_soon:r2(r.due_soon,this.groupBy,C,M),upcoming:r2(r.upcoming,this.groupBy,C,M)}};return this.memo={key:V,value:o},o}setGroupBy(C){this.groupBy=C,this.expanded=new Set,localStorage.setItem(b3,C)}toggleGroup(C){let V=new Set(this.expanded);V.has(C)?V.delete(C):V.add(C),this.expanded=V}renderSummary(C){let V=this.ctx.localize,e=C.summary,t=g3(e.spent_this_year,e.budget),r=M2(e.health),M=C.inbox.size;return a`<div class="summary">
      <div class="stat card-box ${r}">
        <span class="muted">${V("home.health")}</span>
        <span class="value">${V("home.health_value",{health:Math.round(e.health)})}</span>
        <span class="muted"
          >${V("home.health_detail",{overdue:V("count.overdue",{count:e.counts.overdue}),due_soon:V("count.due_soon",{count:e.counts.due_soon})})}</span
        >
      </div>
      <div class="stat card-box">
        <span class="muted">${V("home.spent_this_year")}</span>
        <span class="value">${F(e.spent_this_year,e.currency,this.ctx.fmt.locale)}</span>
        ${t&&e.budget!==void 0?a`<span class="muted">${V("home.budget_of",{budget:F(e.budget,e.currency,this.ctx.fmt.locale)})}</span>
              ${t.over>0?a`<span class="warn">${V("home.over_budget",{amount:F(t.over,e.currency,this.ctx.fmt.locale)})}</span>`:a`<span class="muted">${V("home.budget_left",{amount:F(t.left,e.currency,this.ctx.fmt.locale)})}</span>`}`:i}
      </div>
      <button class="stat card-box" @click=${()=>R(O(this.panelPath,{view:"inbox"}))}>
        <span class="muted">${V("home.open_inbox")}</span>
        <span class="value">${M}</span>
        <span class="muted">${V("count.items",{count:M})}</span>
      </button>
    </div>`}assignees(C){return this.assigneeMemo?.tasks!==C.tasks&&(this.assigneeMemo={tasks:C.tasks,value:X5(C.tasks.values())}),this.assigneeMemo.value}renderToolbar(C){let V=this.ctx.localize,e=this.assignees(C),t=r=>C2(r,this.household,M=>this.ctx.hass.states[M]?.attributes.friendly_name??this.ctx.localize("common.someone"));return a`<div class="toolbar" role="search">
      <label class="field search">
        <span>${V("common.search")}</span>
        <input type="search" .value=${this.query} @input=${this.onSearch} autocomplete="off" />
        ${A(j5)}
      </label>
      <label class="field">
        <span>${V("home.filter_zone")}</span>
        <select @change=${r=>this.zoneId=r.target.value}>
          ${Q2([C.zones,this.zoneId,V],()=>{let r=[...C.zones.values()].sort((M,o)=>M.name.localeCompare(o.name));return a`<option value="" ?selected=${!this.zoneId}>${V("common.all_zones")}</option>
              ${r.map(M=>a`<option value=${M.zone_id} ?selected=${this.zoneId===M.zone_id}>${M.name}</option>`)}
              <option value=${d1} ?selected=${this.zoneId===d1}>${V("common.no_zone")}</option>`})}
        </select>
      </label>
      <label class="field">
        <span>${V("home.filter_asset")}</span>
        <select @change=${r=>this.assetId=r.target.value}>
          ${Q2([C.assets,C.zones,this.assetId,V],()=>a`<option value="" ?selected=${!this.assetId}>${V("common.all_assets")}</option>
              ${a2(C,V("common.no_zone")).map(r=>a`<optgroup label=${r.label}>
                  ${r.assets.map(M=>a`<option value=${M.asset_id} ?selected=${this.assetId===M.asset_id}>${M.name}</option>`)}
                </optgroup>`)}`)}
        </select>
      </label>
      ${e.length?a`<label class="field">
            <span>${V("home.filter_assignee")}</span>
            <select @change=${r=>this.assignee=r.target.value}>
              <option value="">${V("common.everyone")}</option>
              ${e.map(r=>a`<option value=${r} ?selected=${this.assignee===r}>${t(r)}</option>`)}
            </select>
          </label>`:i}
      <div class="field">
        <span id="group-label">${V("home.group_by")}</span>
        <div class="toggle" role="group" aria-labelledby="group-label">
          <button aria-pressed=${this.groupBy==="zone"} @click=${()=>this.setGroupBy("zone")}>${V("home.group_zone")}</button>
          <button aria-pressed=${this.groupBy==="asset"} @click=${()=>this.setGroupBy("asset")}>${V("home.group_asset")}</button>
        </div>
      </div>
    </div>`}renderOpenSection(C,V,e){if(!e)return i;let t=this.ctx.localize,r=this.showAll.has(C),M=r?Number.POSITIVE_INFINITY:K2,o=[];for(let d of V){if(M<=0)break;let p=d.tasks.slice(0,M);M-=p.length,o.push(a`<div class="group">
        <h3 class="group-title">${d.label}</h3>
        <ul class="tasks">
          ${p.map(m=>C1(this.ctx,m,{showAsset:!0}))}
        </ul>
      </div>`)}return a`<section class="card-box" aria-labelledby="h-${C}">
      <h2 id="h-${C}">${t(`home.${C}`)} <span class="muted">${t("count.tasks",{count:e})}</span></h2>
      ${o}
      ${e>K2&&!r?a`<div class="more">
            <button class="btn" @click=${()=>this.showAll=new Set([...this.showAll,C])}>
              ${t("common.show_more",{count:e-K2})}
            </button>
          </div>`:i}
    </section>`}renderUpcoming(C,V){if(!V)return i;let e=this.ctx.localize,t=this.filtering()&&V<=E0;return a`<section class="card-box" aria-labelledby="h-upcoming">
      <h2 id="h-upcoming">${e("home.upcoming")} <span class="muted">${e("count.tasks",{count:V})}</span></h2>
      ${C.map(r=>{let M=t||this.expanded.has(r.key),o=r.tasks[0],d=o?.next_due_at?B(o.next_due_at,this.ctx.now,this.ctx.fmt,o.all_day):"";return a`<div class="group">
          <button
            class="group-toggle"
            aria-expanded=${M}
            @click=${()=>this.toggleGroup(r.key)}
          >
            ${A(M?E5:$5)}
            <span class="label">${r.label}</span>
            <span class="muted">${e("count.tasks",{count:r.tasks.length})}${d?` \xB7 ${d}`:""}</span>
          </button>
          ${M?a`<ul class="tasks">
                ${r.tasks.map(p=>C1(this.ctx,p,{showAsset:!0}))}
              </ul>`:i}
        </div>`})}
    </section>`}renderRecent(C){let V=this.ctx.localize,e=C.summary;return a`<section class="card-box" aria-labelledby="h-recent">
      <h2 id="h-recent">${V("home.recent_work")}</h2>
      ${C.recentLogs.length?a`<ul class="logs">
            ${C.recentLogs.map(t=>p1(this.ctx,t,e.currency))}
          </ul>`:a`<p class="empty">${V("home.no_recent_work")}</p>`}
      <div class="footer-row">
        <span>${V("home.spent_this_year")}</span>
        <span>${F(e.spent_this_year,e.currency,this.ctx.fmt.locale)}</span>
      </div>
    </section>`}render(){let C=this.property;if(!C)return a`<p class="empty">${this.ctx.localize("common.not_loaded")}</p>`;let V=this.ctx.localize,e=this.compute(C),t=e.buckets;return a`
      ${this.renderSummary(C)}
      <div class="actions">
        <button class="btn" @click=${()=>c(this,"asset")}>${A(z)}${V("nav.add_asset")}</button>
        <button class="btn" @click=${()=>c(this,"task")}>${A(z)}${V("nav.add_task")}</button>
        <button class="btn" @click=${()=>c(this,"log")}>${A(X1)}${V("nav.log_work")}</button>
        <button class="btn" @click=${()=>c(this,"pause",{resume:!!C.summary.paused})}>
          ${C.summary.paused?a`${A(Y1)}${V("home.resume")}`:a`${A(J1)}${V("home.pause")}`}
        </button>
      </div>
      ${C.summary.paused?a`<p class="paused-banner card-box" role="status">
            <span class="chip paused">${V("status.paused")}</span>
            ${C.summary.paused_until?V("home.paused_until",{date:r1(C.summary.paused_until,this.ctx.fmt)}):V("home.paused_text")}
          </p>`:i}
      <div class="columns">
        <div>
          ${this.renderToolbar(C)}
          ${this.filtering()?a`<p class="results muted" role="status">${V("home.results",{count:e.total})}
                <button class="btn plain small" @click=${this.clearFilters}>${V("home.clear_filters")}</button></p>`:i}
          ${!t.overdue.length&&!t.due_soon.length&&!this.filtering()&&C.tasks.size?a`<section class="card-box"><p class="all-good">${V("home.nothing_due")}</p></section>`:i}
          ${this.renderOpenSection("overdue",e.groups.overdue,t.overdue.length)}
          ${this.renderOpenSection("due_soon",e.groups.due_soon,t.due_soon.length)}
          ${this.renderUpcoming(e.groups.upcoming,t.upcoming.length)}
          ${e.total===0?a`<section class="card-box"><p class="empty">${V(C.tasks.size?"home.no_tasks":"home.no_tasks_yet")}</p></section>`:i}
        </div>
        <div>${this.renderRecent(C)}</div>
      </div>
    `}};g.styles=[j,m1,x`
      :host {
        display: block;
      }
      .stat .warn {
        color: var(--haven-error);
        font-weight: 500;
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
      .paused-banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 0 0 16px;
        padding: 12px 16px;
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
    `],n([v({attribute:!1})],g.prototype,"ctx",2),n([v({attribute:!1})],g.prototype,"panelPath",2),n([s()],g.prototype,"groupBy",2),n([s()],g.prototype,"zoneId",2),n([s()],g.prototype,"assetId",2),n([s()],g.prototype,"assignee",2),n([s()],g.prototype,"query",2),n([s()],g.prototype,"expanded",2),n([s()],g.prototype,"showAll",2),n([s()],g.prototype,"household",2),g=n([u("haven-home")],g);var U=class extends h{constructor(){super(...arguments);this.path="";this.mime="";this.alt="";this.url=""}willUpdate(C){if((C.has("path")||C.has("client"))&&this.client&&this.path){let V=this.path;this.client.signedUrl(V).then(e=>{V===this.path&&(this.url=e)},()=>this.url="")}}render(){return this.url?this.mime.startsWith("audio/")?a`<audio controls preload="metadata" src=${this.url} aria-label=${this.alt}></audio>`:this.mime.startsWith("image/")?a`<img src=${this.url} alt=${this.alt} loading="lazy" />`:a`<a href=${this.url} target="_blank" rel="noopener">${this.alt}</a>`:i}};U.styles=x`
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
  `,n([v({attribute:!1})],U.prototype,"client",2),n([v()],U.prototype,"path",2),n([v()],U.prototype,"mime",2),n([v()],U.prototype,"alt",2),n([s()],U.prototype,"url",2),U=n([u("haven-media")],U);var b=class extends h{constructor(){super(...arguments);this.assetId="";this.panelPath="haven";this.detailsError="";this.signed=new Map;this.uploadProgress=-1;this.loadedFor="";this.seq=0}get asset(){return this.ctx.property?.assets.get(this.assetId)}willUpdate(C){if(C.has("assetId")&&this.loadedFor!==this.assetId)this.details=void 0,this.detailsError="",this.loadedFor=this.assetId,this.load();else if(C.has("ctx")){let V=C.get("ctx"),e=this.ctx.property;V?.property&&e&&(V.property.recentLogs!==e.recentLogs||V.property.assets.get(this.assetId)!==e.assets.get(this.assetId)||V.property.inbox!==e.inbox)&&this.asset&&(window.clearTimeout(this.refreshTimer),this.refreshTimer=window.setTimeout(()=>{this.load()},250))}}async load(){let C=this.assetId;if(!C)return;let V=++this.seq;try{let e=await this.ctx.client.asset(C);if(V!==this.seq)return;e.logs=e.logs??[],this.details=e,this.detailsError="";let t=new Map(this.signed);await Promise.all((e.documents??[]).map(async r=>{try{t.set(r.file_path,await this.ctx.client.signedUrl(r.file_path))}catch{}})),V===this.seq&&(this.signed=t)}catch(e){V===this.seq&&this.asset&&(this.detailsError=this.ctx.localize("error.load_asset",{message:E(e)}))}}pickDocument(){this.attachInput.value="",this.attachInput.click()}async attach(C){let V=C.target.files?.[0];if(!V)return;let e=this.ctx.localize;if(n2(V.size)){w(this,e("error.too_large"));return}let t=new FormData;t.append("asset_id",this.assetId),t.append("name",V.name),t.append("file",V,V.name),this.uploadProgress=0;try{let r=await this.ctx.client.upload("/api/haven/document",t,M=>this.uploadProgress=M);r.status===201?(w(this,e("asset.attached",{name:V.name})),this.load()):w(this,i2(r.status,r.body.message,e))}catch(r){w(this,e("error.generic",{message:E(r)}))}finally{this.uploadProgress=-1}}warrantyText(C,V){let e=this.ctx.localize,t=S3(C.warranty_until,V),r=I(C.warranty_until,this.ctx.fmt);return t.state==="ended"?e("asset.warranty_ended",{date:r}):t.state==="active"?e("asset.warranty_days_left",{date:r,count:t.daysLeft}):void 0}lifeText(C,V){let e=this.ctx.localize,t=C.expected_life_years;if(t)return V?e("asset.expected_life_until",{count:t,date:I(V,this.ctx.fmt)}):e("asset.expected_life_years",{count:t})}renderDetails(C){let V=this.ctx.localize,e=V2(new Date,this.ctx.fmt.timeZone),t=C.expected_end??q2(C.installed_on,C.expected_life_years),r=C.past_life||h3(C,e),M=C.zone_id?this.ctx.property?.zones.get(C.zone_id):void 0,o=[[V("asset.zone"),M?.name],[V("asset.manufacturer"),C.manufacturer],[V("asset.model"),C.model],[V("asset.serial_number"),C.serial_number],[V("asset.installed_on"),C.installed_on?I(C.installed_on,this.ctx.fmt):void 0],[V("asset.warranty_until"),this.warrantyText(C,e)],[V("asset.expected_life"),this.lifeText(C,t)]];return a`<section class="card-box" aria-labelledby="h-details">
      <h2 id="h-details">${V("asset.details")}</h2>
      <dl>
        ${o.filter(([,d])=>d).map(([d,p])=>a`<dt>${d}</dt><dd>${p}</dd>`)}
        ${C.notes?a`<dt>${V("asset.notes")}</dt><dd>${C.notes}</dd>`:i}
      </dl>
      ${r?a`<p class="warn" style="padding:0 16px 12px">${V("asset.past_life")}</p>`:i}
    </section>`}renderTasks(C){let V=this.ctx.localize,e=s1([...this.ctx.property?.tasks.values()??[]].filter(t=>t.asset_id===C.asset_id));return a`<section class="card-box" aria-labelledby="h-tasks">
      <h2 id="h-tasks">
        <span class="grow">${V("asset.tasks")}</span>
        <button class="btn small" @click=${()=>c(this,"task",{assetId:C.asset_id})}>
          ${A(z)}${V("nav.add_task")}
        </button>
      </h2>
      ${e.length?a`<ul class="tasks">
            ${e.map(t=>C1(this.ctx,t,{showSchedule:!0}))}
          </ul>`:a`<p class="empty">${V("asset.no_tasks")}</p>`}
    </section>`}renderHistory(C){let V=this.ctx.localize,e=this.ctx.property?.summary.currency??"",t=this.details;return a`<section class="card-box" aria-labelledby="h-history">
      <h2 id="h-history">
        <span class="grow">${V("asset.history")}</span>
        <button class="btn small" @click=${()=>c(this,"log",{assetId:C.asset_id})}>
          ${A(X1)}${V("nav.log_work")}
        </button>
      </h2>
      ${this.detailsError?a`<p class="empty error-text" role="alert">${this.detailsError}</p>`:t?t.logs.length?a`<ul class="logs">
                ${t.logs.map(r=>p1(this.ctx,r,e,!1))}
              </ul>`:a`<p class="empty">${V("asset.no_history")}</p>`:a`<p class="empty">${V("asset.loading_details")}</p>`}
      ${t?a`<div class="totals">
              <span>${V("asset.total_cost")}</span><span>${F(t.total_cost,e,this.ctx.fmt.locale)}</span>
            </div>
            <div class="totals">
              <span>${V("asset.cost_this_year")}</span
              ><span>${F(t.cost_this_year,e,this.ctx.fmt.locale)}</span>
            </div>`:i}
    </section>`}renderSupplies(C){let V=this.ctx.localize,e=[...this.ctx.property?.supplies.values()??[]].filter(t=>t.asset_id===C.asset_id).sort((t,r)=>t.name.localeCompare(r.name));return a`<section class="card-box" aria-labelledby="h-supplies">
      <h2 id="h-supplies">
        <span class="grow">${V("asset.supplies")}</span>
        <button class="btn small" @click=${()=>c(this,"supply",{assetId:C.asset_id})}>
          ${A(z)}${V("asset.add_supply")}
        </button>
      </h2>
      ${e.length?a`<ul class="plain">
            ${e.map(t=>a`<li>
                <span class="grow">
                  <strong>${t.name}</strong><br />
                  <span class="muted"
                    >${t.quantity!==void 0?V("asset.quantity",{count:N(t.quantity,this.ctx.fmt.locale)}):V("asset.quantity_unknown")}${t.part_number?` \xB7 ${V("asset.part",{number:t.part_number})}`:""}</span
                  >
                </span>
                ${t.purchase_url?a`<a class="btn small" href=${t.purchase_url} target="_blank" rel="noopener noreferrer"
                      >${A(R5)}<span>${V("asset.buy",{name:t.name})}</span></a
                    >`:i}
                <button
                  class="btn icon-btn"
                  aria-label=${V("asset.edit_supply",{name:t.name})}
                  @click=${()=>c(this,"supply",{supplyId:t.supply_id})}
                >
                  ${A(O1)}
                </button>
                <button
                  class="btn icon-btn"
                  aria-label=${V("asset.remove_supply",{name:t.name})}
                  @click=${()=>c(this,"remove",{what:"supply",id:t.supply_id})}
                >
                  ${A(_1)}
                </button>
              </li>`)}
          </ul>`:a`<p class="empty">${V("asset.no_supplies")}</p>`}
    </section>`}renderDocuments(){let C=this.ctx.localize,V=this.details?.documents??[];return a`<section class="card-box" aria-labelledby="h-docs">
      <h2 id="h-docs">
        <span class="grow">${C("asset.documents")}</span>
        <button class="btn small" ?disabled=${this.uploadProgress>=0} @click=${()=>this.pickDocument()}>
          ${A(K1)}${C("asset.attach")}
        </button>
      </h2>
      <input id="attach" type="file" accept="application/pdf,image/*" hidden @change=${e=>{this.attach(e)}} />
      ${this.uploadProgress>=0?a`<label class="field" style="padding:0 16px 12px"
            ><span>${C("dialog.capture.uploading",{percent:Math.round(this.uploadProgress*100)})}</span
            ><progress max="1" .value=${this.uploadProgress}></progress
          ></label>`:i}
      ${V.length?a`<ul class="plain">
            ${V.map(e=>{let t=this.signed.get(e.file_path),r=[e.size!==void 0?t2(e.size,this.ctx.fmt.locale):"",I(e.created_at,this.ctx.fmt)].filter(Boolean).join(" \xB7 ");return a`<li>
                ${A(N5)}
                <span class="grow">
                  ${t?a`<a href=${t} target="_blank" rel="noopener">${e.name}</a>`:e.name}<br />
                  <span class="muted">${r}</span>
                </span>
              </li>`})}
          </ul>`:a`<p class="empty">${this.details?C("asset.no_documents"):C("common.loading")}</p>`}
    </section>`}renderCaptures(){let C=this.details?.captures??[];if(!C.length)return i;let V=this.ctx.localize;return a`<section class="card-box" aria-labelledby="h-captures">
      <h2 id="h-captures">${V("asset.captures")}</h2>
      <ul class="plain">
        ${C.map(e=>a`<li class="capture">
            <strong>${e.summary}</strong>
            <span class="muted">${B(e.created_at,this.ctx.now,this.ctx.fmt)} · ${V(`inbox.status_${e.status}`)}</span>
            ${e.file_path?a`<haven-media .client=${this.ctx.client} .path=${e.file_path} .mime=${e.mime_type??""} .alt=${e.summary}></haven-media>`:i}
            ${e.transcription?a`<span>${e.transcription}</span>`:i}
          </li>`)}
      </ul>
    </section>`}render(){let C=this.ctx.localize,V=this.asset;return V?a`
      <div class="head">
        <h1>${V.name}</h1>
        ${V.overdue?a`<span class="chip overdue">${C("asset.overdue")}</span>`:i}
        <button class="btn" @click=${()=>c(this,"capture",{assetId:V.asset_id})}>${A(z)}${C("nav.capture")}</button>
        <button class="btn" @click=${()=>c(this,"asset",{assetId:V.asset_id})}>${A(O1)}${C("asset.edit")}</button>
        ${u1(this.ctx.hass.user,this.ctx.property?.summary)?a`<button
              class="btn danger"
              @click=${()=>c(this,"remove",{what:"asset",id:V.asset_id,after:`/${this.panelPath}`})}
            >
              ${A(_1)}${C("asset.remove")}
            </button>`:i}
      </div>
      <div class="layout">
        <div>${this.renderTasks(V)} ${this.renderHistory(V)}</div>
        <div>${this.renderDetails(V)} ${this.renderSupplies(V)} ${this.renderDocuments()} ${this.renderCaptures()}</div>
      </div>
    `:a`<p class="empty" role="alert">${this.ctx.property?C("asset.not_found"):C("common.loading")}</p>`}};b.styles=[j,m1,x`
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
    `],n([v({attribute:!1})],b.prototype,"ctx",2),n([v()],b.prototype,"assetId",2),n([v({attribute:!1})],b.prototype,"panelPath",2),n([s()],b.prototype,"details",2),n([s()],b.prototype,"detailsError",2),n([s()],b.prototype,"signed",2),n([s()],b.prototype,"uploadProgress",2),n([J("#attach")],b.prototype,"attachInput",2),b=n([u("haven-asset-view")],b);var M1=class extends h{constructor(){super(...arguments);this.busy=new Set}async act(C,V){let e=this.ctx.localize;this.busy=new Set([...this.busy,C.inbox_item_id]);try{V==="dismiss"?(await this.ctx.client.call("triage_capture",{inbox_item_id:C.inbox_item_id,outcome:"dismiss"},!0),w(this,e("inbox.dismissed"))):await this.ctx.client.call("retry_capture",{inbox_item_id:C.inbox_item_id},!0)}catch(t){w(this,e("error.generic",{message:E(t)}))}finally{let t=new Set(this.busy);t.delete(C.inbox_item_id),this.busy=t}}renderItem(C){let V=this.ctx.localize,e=C.analysis,t=C.asset_id?this.ctx.property?.assets.get(C.asset_id):void 0,r=this.busy.has(C.inbox_item_id),M=C.user_name??V("common.someone");return a`<li class="card-box">
      <div class="top">
        <h2>${C.summary}</h2>
        <span class="status-${C.status} muted">${V(`inbox.status_${C.status}`)}</span>
      </div>
      <span class="muted">${V("inbox.from",{who:M,when:B(C.created_at,this.ctx.now,this.ctx.fmt)})}${t?` \xB7 ${t.name}`:""}</span>
      ${C.file_path?a`<haven-media
            .client=${this.ctx.client}
            .path=${C.file_path}
            .mime=${C.mime_type??""}
            .alt=${C.mime_type?.startsWith("audio/")?V("inbox.voice_memo"):V("inbox.photo_of",{summary:C.summary})}
          ></haven-media>`:i}
      ${C.text&&C.text!==C.summary?a`<p>${C.text}</p>`:i}
      ${C.transcription?a`<div><span class="label">${V("inbox.transcript")}</span><p>${C.transcription}</p></div>`:i}
      ${e&&(e.description||e.suggested_task||e.suggested_asset)?a`<div>
            <span class="label">${V("inbox.understood")}</span>
            ${e.description?a`<p>${e.description}</p>`:i}
            ${e.suggested_task?a`<p>${V("inbox.suggested",{task:e.suggested_task})}</p>`:i}
            ${e.suggested_asset?a`<p>${V("inbox.suggested_asset",{asset:e.suggested_asset})}</p>`:i}
          </div>`:i}
      ${C.error?a`<p class="error-text">${C.error}</p>`:i}
      <div class="buttons">
        <button class="btn primary" ?disabled=${r} @click=${()=>c(this,"triage",{itemId:C.inbox_item_id})}>
          ${A(G1)}${V("inbox.triage")}
        </button>
        ${C.status==="FAILED"?a`<button class="btn" ?disabled=${r} @click=${()=>{this.act(C,"retry")}}>
              ${A(G5)}${V("inbox.retry")}
            </button>`:i}
        ${u1(this.ctx.hass.user,this.ctx.property?.summary)?a`<button class="btn plain" ?disabled=${r} @click=${()=>{this.act(C,"dismiss")}}>
              ${A(q1)}${V("inbox.dismiss")}
            </button>`:i}
      </div>
    </li>`}render(){let C=this.ctx.localize,V=[...this.ctx.property?.inbox.values()??[]].sort((e,t)=>e.created_at<t.created_at?1:e.created_at>t.created_at?-1:0);return a`<h1>${C("inbox.title")}</h1>
      ${V.length?a`<ul>${V.map(e=>this.renderItem(e))}</ul>`:a`<p class="empty card-box">${C("inbox.empty")}</p>`}`}};M1.styles=[j,x`
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
    `],n([v({attribute:!1})],M1.prototype,"ctx",2),n([s()],M1.prototype,"busy",2),M1=n([u("haven-inbox")],M1);var _3="haven.property",Q=class extends S{constructor(){super(...arguments);this.narrow=!1;this.propertyId=localStorage.getItem(_3)??"";this.openCapture=()=>{let C=this.view;this.dispatchEvent(new CustomEvent("haven-dialog",{detail:{kind:"capture",params:C.view==="asset"?{assetId:C.assetId}:{}}}))}}get base(){return this.panel?.url_path??"haven"}panelPath(){return this.base}get view(){return d3(this.route?.path)}currentPropertyId(){let C=this.live?.data;if(!C)return;let V=this.view;if(V.view==="asset"){for(let[e,t]of C.properties)if(t.assets.has(V.assetId))return e}return C.properties.has(this.propertyId)?this.propertyId:C.properties.keys().next().value}willUpdate(C){super.willUpdate(C),(C.has("route")||C.has("live"))&&(document.title=`${_(this.hass?.language)("common.haven")}`)}go(C){R(O(this.base,C))}toggleMenu(){this.dispatchEvent(new Event("hass-toggle-menu",{bubbles:!0,composed:!0}))}renderHeader(C){let V=_(this.hass?.language),e=this.view,t=[...this.live?.data.properties.values()??[]],r=C?.property?.inbox.size??0,M=e.view==="asset"?C?.property?.assets.get(e.assetId):void 0;return a`<header>
      ${e.view==="asset"?a`<button class="btn icon-btn" aria-label=${V("common.back")} @click=${()=>history.length>1?history.back():this.go({view:"home"})}>
            ${A(B5)}
          </button>`:this.narrow?a`<button class="btn icon-btn" aria-label="Menu" @click=${this.toggleMenu}>${A(W5)}</button>`:i}
      <div class="title">
        <h1>${M?M.name:V("common.haven")}</h1>
        ${this.renderWhere(C,t.length>1)}
      </div>
      ${t.length>1?a`<label class="property"
            ><span class="visually-hidden">${V("nav.switch_property")}</span>
            <select
              @change=${o=>{this.propertyId=o.target.value,localStorage.setItem(_3,this.propertyId),e.view==="asset"&&this.go({view:"home"})}}
            >
              ${t.map(o=>a`<option value=${o.summary.config_entry_id} ?selected=${o.summary.config_entry_id===C?.property?.summary.config_entry_id}>
                    ${o.summary.name}
                  </option>`)}
            </select></label
          >`:i}
      <nav aria-label=${V("common.haven")}>
        <a
          class="btn plain"
          href=${O(this.base,{view:"home"})}
          aria-current=${e.view==="home"?"page":"false"}
          @click=${o=>this.link(o,{view:"home"})}
          >${A(Q1)}<span class="label">${V("nav.home")}</span></a
        >
        <a
          class="btn plain"
          href=${O(this.base,{view:"inbox"})}
          aria-current=${e.view==="inbox"?"page":"false"}
          @click=${o=>this.link(o,{view:"inbox"})}
          >${A(I5)}<span class="label">${r?V("nav.inbox_count",{count:r}):V("nav.inbox")}</span></a
        >
      </nav>
    </header>`}renderWhere(C,V){let e=C?.property?.summary;if(!e)return i;let t=[V?"":e.name,e.address??""].filter(Boolean);return t.length?a`<p class="where">${t.join(" \xB7 ")}</p>`:i}link(C,V){C.button!==0||C.metaKey||C.ctrlKey||C.shiftKey||C.altKey||(C.preventDefault(),this.go(V))}renderView(C){let V=this.view;switch(V.view){case"asset":return a`<haven-asset-view .ctx=${C} .assetId=${V.assetId} .panelPath=${this.base}></haven-asset-view>`;case"inbox":return a`<haven-inbox .ctx=${C}></haven-inbox>`;default:return a`<haven-home .ctx=${C} .panelPath=${this.base}></haven-home>`}}render(){let C=_(this.hass?.language),V=this.havenContext(),e=!this.live||this.live.link==="connecting";return a`${this.renderHeader(V)}
      <main>
        ${this.renderLink()}
        ${e||!V?a`<p class="empty" role="status">${C("common.connecting")}</p>`:V.property?this.renderView(V):a`<p class="empty">${C("common.not_loaded")}</p>`}
      </main>
      ${V?.property?a`<button class="fab" aria-label=${C("nav.capture")} title=${C("nav.capture")} @click=${this.openCapture}>
            ${A(z)}
          </button>`:i}
      ${this.renderToast()}`}};Q.styles=[...S.rootStyles,x`
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
    `],n([v({type:Boolean,reflect:!0})],Q.prototype,"narrow",2),n([v({attribute:!1})],Q.prototype,"route",2),n([v({attribute:!1})],Q.prototype,"panel",2),n([s()],Q.prototype,"propertyId",2),Q=n([u("haven-panel")],Q);m5();var O3=_(navigator.language);window.customCards=window.customCards??[];for(let L of k3)window.customCards.some(H=>H.type===L.type)||window.customCards.push({type:L.type,name:O3(`card.${L.key}_name`),description:O3(`card.${L.key}_description`),preview:!0,documentationURL:"https://github.com/haven-home/haven"});
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
lit-html/directive.js:
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

lit-html/directives/guard.js:
  (**
   * @license
   * Copyright 2018 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
