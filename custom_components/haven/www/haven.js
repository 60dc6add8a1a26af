var D2=Object.defineProperty;var V3=Object.getOwnPropertyDescriptor;var L3=(e,H)=>{for(var C in H)D2(e,C,{get:H[C],enumerable:!0})};var A=(e,H,C,V)=>{for(var L=V>1?void 0:V?V3(H,C):H,M=e.length-1,r;M>=0;M--)(r=e[M])&&(L=(V?r(H,C,L):r(L))||L);return V&&L&&D2(H,C,L),L};var l2={};L3(l2,{en:()=>I2});var I2={common:{haven:"Haven",cancel:"Cancel",save:"Save",close:"Close",remove:"Remove",edit:"Edit",add:"Add",back:"Back",retry:"Retry",loading:"Loading\u2026",none:"None",optional:"optional",name:"Name",notes:"Notes",cost:"Cost",search:"Search tasks",all_zones:"All zones",all_assets:"All assets",everyone:"Everyone",no_zone:"No zone",house_wide:"Whole house",no_asset:"No asset (whole house)",reconnecting:"Connection lost \u2014 reconnecting\u2026",connecting:"Connecting to Haven\u2026",not_loaded:"Haven has no property loaded yet. Add one under Settings \u2192 Devices & services.",property:"Property",show_more:{one:"Show {count} more",other:"Show {count} more"},more_actions:"More actions for {name}",by:"by {name}",someone:"someone"},count:{tasks:{one:"{count} task",other:"{count} tasks"},assets:{one:"{count} asset",other:"{count} assets"},items:{one:"{count} item",other:"{count} items"},overdue:{one:"{count} overdue",other:"{count} overdue"},due_soon:{one:"{count} due soon",other:"{count} due soon"}},status:{overdue:"Overdue",due_soon:"Due soon",ok:"Upcoming",unscheduled:"Not scheduled",done:"Done",snoozed:"Snoozed until {date}",paused:"Paused"},nav:{home:"Home",inbox:"Inbox",inbox_count:"Inbox ({count})",capture:"Capture something",add_asset:"Add asset",add_task:"Add task",log_work:"Log work",switch_property:"Property"},home:{health:"House health",health_value:"{health} %",health_detail:"{overdue} \xB7 {due_soon}",spent_this_year:"Spent this year",budget_of:"of {budget}",open_inbox:"Open captures",overdue:"Overdue",due_soon:"Due soon",upcoming:"Upcoming",nothing_due:"Nothing is overdue or due soon. Well done!",no_tasks:"No tasks match.",no_tasks_yet:"No tasks yet. Add an asset from a template to get its usual maintenance.",recent_work:"Recent work",no_recent_work:"Nothing logged yet.",group_by:"Group by",group_zone:"Zone",group_asset:"Asset",filter_zone:"Zone",filter_asset:"Asset",filter_assignee:"Assigned to",filters:"Filters",clear_filters:"Clear filters",expand:"Show the tasks of {name}",collapse:"Hide the tasks of {name}",results:{one:"{count} task matches",other:"{count} tasks match"}},task:{done:"Done",snooze:"Snooze",skip:"Skip",edit:"Edit task",remove:"Remove task",due:"Due {when}",due_on:"Due {date}",last_done:"Last done {when}",never_done:"Never done",meter_progress:"{value} of {every} {unit}",priority:"Priority",priority_0:"Low",priority_1:"Normal",priority_2:"High",priority_3:"Urgent",mark_done:"Mark {name} done",snooze_named:"Snooze {name}",assigned:"Assigned to {names}"},log:{completed:"Done",skipped:"Skipped",snoozed:"Snoozed",manual:"Logged",note:"Note",line:"{action}",who_when:"{who}, {when}"},asset:{not_found:"This asset no longer exists.",details:"Details",manufacturer:"Manufacturer",model:"Model",serial_number:"Serial number",installed_on:"Installed on",zone:"Zone",template:"Template",warranty_until:"Warranty until",notes:"Notes",tasks:"Tasks",no_tasks:"No tasks for this asset yet.",history:"History",no_history:"Nothing logged for this asset yet.",total_cost:"Total cost",cost_this_year:"This year",supplies:"Supplies",no_supplies:"No supplies.",quantity:"In stock: {count}",quantity_unknown:"Stock not counted",buy:"Buy {name}",part:"Part {number}",documents:"Documents",no_documents:"No manuals or receipts yet.",attach:"Attach a PDF or photo",attaching:"Uploading {name}\u2026",attached:"{name} attached.",captures:"Captures about it",edit:"Edit asset",remove:"Remove asset",add_supply:"Add supply",edit_supply:"Edit {name}",overdue:"Needs attention",open:"Open {name}",loading_details:"Loading history and documents\u2026",past_life:"Past its expected life",remove_supply:"Remove {name}"},inbox:{title:"Inbox",empty:"Nothing waiting. Captures you make with the + button land here.",status_PENDING:"Waiting",status_PROCESSING:"Processing\u2026",status_PROCESSED:"Understood",status_FAILED:"Failed",transcript:"What was said",understood:"What was understood",suggested:"Suggested: {task}",suggested_asset:"About: {asset}",triage:"File it",dismiss:"Dismiss",retry:"Try again",from:"From {who}, {when}",photo_of:"Photo: {summary}",voice_memo:"Voice memo",dismissed:"Capture dismissed.",filed:"Capture filed."},dialog:{complete:{title:"Mark done: {name}",performed_at:"Done at",notes:"Notes",cost:"Cost ({currency})",submit:"Mark done",done:"{name} done. Next due {when}."},snooze:{title:"Snooze: {name}",how_long:"Snooze for",one_day:"1 day",one_week:"1 week",until_date:"Until a date",date:"Date",submit:"Snooze",done:"{name} snoozed until {when}."},skip:{title:"Skip: {name}",text:"Skip this occurrence of \u201C{name}\u201D? It moves to its next due date and the skip is recorded.",submit:"Skip",done:"{name} skipped. Next due {when}."},log:{title:"Log work",asset:"Asset",action:"What was done",submit:"Log it",done:"Logged."},asset:{add_title:"Add an asset",edit_title:"Edit {name}",template:"Template",no_template:"No template",template_tasks:"Adds: {tasks}",zone:"Zone",new_zone:"New zone\u2026",new_zone_name:"Name of the new zone",submit_add:"Add asset",added:"{name} added.",saved:"{name} saved.",category:{electrical:"Electrical",exterior:"Outside the house",general:"General",hvac:"Heating and cooling",kitchen:"Kitchen",laundry:"Laundry",plumbing:"Plumbing and water",pool:"Pool and spa",safety:"Safety",vehicle:"Vehicles",yard:"Yard and garden"}},task:{add_title:"Add a task",edit_title:"Edit {name}",asset:"Asset",kind:"How does it repeat?",kind_interval:"Every few days, weeks, months or years",kind_cron:"On a calendar pattern (cron)",kind_meter:"By use, from a sensor (hours, cycles, km)",kind_once:"Just once",every:"Every",unit:"Unit",unit_days:"days",unit_weeks:"weeks",unit_months:"months",unit_years:"years",anchor:"Count from",anchor_completion:"the last time it was done",anchor_fixed:"a fixed calendar",cron:"Cron expression",cron_help:"minute hour day-of-month month day-of-week, e.g. 0 9 1 * * for 9:00 on the 1st",preview:"Next dates",preview_loading:"Working out the next dates\u2026",meter_entity:"Sensor",meter_pick:"Choose a sensor",meter_none:"No numeric sensor found.",meter_now:"Now: {value}",meter_since:"Since it was last done: {progress}",meter_every:"Every (units of the sensor)",backstop:"Or at the latest every (optional)",first_due:"First due",lead_days:"Remind this many days before",priority:"Priority",notes:"Notes",submit_add:"Add task",added:"{name} added.",saved:"{name} saved.",assignee:"Assigned to",nobody:"Nobody"},supply:{add_title:"Add a supply",edit_title:"Edit {name}",part_number:"Part number",purchase_url:"Where to buy it (link)",quantity:"In stock",task:"Used by task",no_task:"No task",saved:"{name} saved."},remove:{title:"Remove {name}?",asset_text:"\u201C{name}\u201D and its tasks, supplies and history are removed. This cannot be undone.",task_text:"\u201C{name}\u201D is removed; its history stays with the asset. This cannot be undone.",supply_text:"\u201C{name}\u201D is removed.",confirm:"Remove",removed:"{name} removed."},gone:{task:"This task was removed meanwhile.",asset:"This asset was removed meanwhile.",capture:"This capture was filed meanwhile."},triage:{title:"File this capture",outcome:"Turn it into",outcome_task:"A task",outcome_log:"A log entry (work done)",outcome_note:"A note on the asset",name:"Name",action:"What was done",performed_at:"Done at",submit:"File it"},capture:{title:"Capture something",photo:"Take or choose a photo",file:"Choose a file",record:"Record a voice memo",stop:"Stop recording",recording:"Recording\u2026 {time}",discard:"Discard",chosen:"{name} ({size})",recorded:"Voice memo ({time})",text:"Or type a note",asset:"About (optional)",submit:"Send to inbox",uploading:"Uploading\u2026 {percent} %",sent:"Sent to the inbox.",mic_denied:"The microphone is blocked. Allow it for this site in your browser's settings, or choose a recording instead.",mic_absent:"No microphone was found on this device. Choose a recording instead.",mic_unsupported:"This browser cannot record audio here (a secure https connection is needed). Choose a recording instead.",empty:"Add a photo, a recording or a line of text first."}},error:{generic:"Something went wrong: {message}",network:"The upload did not reach Home Assistant. Check the connection and try again.",too_large:"This file is too big for Haven (at most 25 MB).",unsupported_type:"Haven only accepts photos (JPEG, PNG, GIF, WebP, HEIC), PDFs for documents and audio recordings.",bad_request:"Home Assistant refused the upload: {message}",forbidden:"You are not allowed to do this: {message}",number:"Enter a number.",required:"Fill in {field}.",positive:"Enter a number greater than zero.",date:"Enter a date.",load_asset:"Could not load this asset's history: {message}"},schedule:{every_days:{one:"Every day",other:"Every {count} days"},every_weeks:{one:"Every week",other:"Every {count} weeks"},every_months:{one:"Every month",other:"Every {count} months"},every_years:{one:"Every year",other:"Every {count} years"},from_completion:"{every}, counted from the last time it was done",fixed:"{every}, on a fixed calendar",cron_daily:"Every day at {time}",cron_weekly:"Every {days} at {time}",cron_monthly:"At {time} on day {day} of every month",cron_yearly:"Every year on {month} {day} at {time}",cron_custom:"On the pattern {cron}",meter:{one:"Every {count} unit of {sensor}",other:"Every {count} units of {sensor}"},meter_backstop:"{meter}, or {backstop}, whichever comes first",once:"Once"},card:{overview_name:"Haven overview",overview_description:"House health, the tasks due now with Done and Snooze, and recent work.",asset_name:"Haven asset",asset_description:"One asset's tasks and their state, with Done buttons.",capture_name:"Haven capture",capture_description:"Capture a photo, a voice memo or a note into Haven's inbox.",all_caught_up:"All caught up.",open_panel:"Open Haven",pick_asset:"Choose an asset in the card's settings.",capture_prompt:"Noticed something? Capture it.",show_recent:"Show recent work",max_tasks:"Tasks to show at most",title:"Title",no_properties:"No Haven property is loaded.",more:{one:"\u2026and {count} more",other:"\u2026and {count} more"}}};var M3=l2,N2=new Map;function r3(e,H){let C=new Set(H);if(e){let V=e.replace("_","-");if(C.has(V))return V;let L=V.split("-")[0];if(C.has(L))return L}return"en"}function z2(e,H){let C=e;for(let V of H.split(".")){if(C===void 0||typeof C=="string")return;C=C[V]}return C}function t3(e,H){let C=N2.get(e);return C||(C=new Intl.PluralRules(e),N2.set(e,C)),C.select(H)}function W2(e,H,C){return H?e.replace(/\{(\w+)\}/g,(V,L)=>{let M=H[L];return M===void 0?V:typeof M=="number"?new Intl.NumberFormat(C).format(M):M}):e}function U2(e,H,C){if(e===void 0)return;if(typeof e=="string")return W2(e,C,H);let V=C?.count;if(typeof V=="number"){let L=e,M=L[`=${V}`],r=typeof M=="string"?M:L[t3(H,V)]??L.other;if(typeof r=="string")return W2(r,C,H)}}function i3(e,H){let C={...M3,...H},V=r3(e,Object.keys(C)),L=C[V],M=C.en;return(r,i)=>U2(z2(L,r),V,i)??U2(z2(M,r),"en",i)??r}var G2=new Map;function k(e){let H=e??"en",C=G2.get(H);return C||(C=i3(e),G2.set(H,C)),C}var Q2=[],x1=!1;function s2(){return window.customElements}function v2(){for(let[e,H]of Q2.splice(0))s2().get(e)||s2().define(e,H)}function x2(){return!document.querySelector("home-assistant")||s2().get("home-assistant")!==void 0}function v(e){return H=>{Q2.push([e,H]),(x1||x2())&&(x1=!0,v2())}}function q2(){return x1||x2()?(x1=!0,v2(),Promise.resolve()):new Promise(e=>{let H=()=>{x2()?(x1=!0,v2(),e()):window.setTimeout(H,25)};H()})}var E1=globalThis,D1=E1.ShadowRoot&&(E1.ShadyCSS===void 0||E1.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,u2=Symbol(),K2=new WeakMap,u1=class{constructor(H,C,V){if(this._$cssResult$=!0,V!==u2)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=H,this.t=C}get styleSheet(){let H=this.o,C=this.t;if(D1&&H===void 0){let V=C!==void 0&&C.length===1;V&&(H=K2.get(C)),H===void 0&&((this.o=H=new CSSStyleSheet).replaceSync(this.cssText),V&&K2.set(C,H))}return H}toString(){return this.cssText}},j2=e=>new u1(typeof e=="string"?e:e+"",void 0,u2),Z=(e,...H)=>{let C=e.length===1?e[0]:H.reduce((V,L,M)=>V+(r=>{if(r._$cssResult$===!0)return r.cssText;if(typeof r=="number")return r;throw Error("Value passed to 'css' function must be a 'css' function result: "+r+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(L)+e[M+1],e[0]);return new u1(C,e,u2)},Y2=(e,H)=>{if(D1)e.adoptedStyleSheets=H.map(C=>C instanceof CSSStyleSheet?C:C.styleSheet);else for(let C of H){let V=document.createElement("style"),L=E1.litNonce;L!==void 0&&V.setAttribute("nonce",L),V.textContent=C.cssText,e.appendChild(V)}},Z2=D1?e=>e:e=>e instanceof CSSStyleSheet?(H=>{let C="";for(let V of H.cssRules)C+=V.cssText;return j2(C)})(e):e;var{is:o3,defineProperty:a3,getOwnPropertyDescriptor:A3,getOwnPropertyNames:d3,getOwnPropertySymbols:n3,getPrototypeOf:p3}=Object,I1=globalThis,X2=I1.trustedTypes,m3=X2?X2.emptyScript:"",l3=I1.reactiveElementPolyfillSupport,Z1=(e,H)=>e,c1={toAttribute(e,H){switch(H){case Boolean:e=e?m3:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,H){let C=e;switch(H){case Boolean:C=e!==null;break;case Number:C=e===null?null:Number(e);break;case Object:case Array:try{C=JSON.parse(e)}catch{C=null}}return C}},N1=(e,H)=>!o3(e,H),J2={attribute:!0,type:String,converter:c1,reflect:!1,useDefault:!1,hasChanged:N1};Symbol.metadata??=Symbol("metadata"),I1.litPropertyMetadata??=new WeakMap;var U=class extends HTMLElement{static addInitializer(H){this._$Ei(),(this.l??=[]).push(H)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(H,C=J2){if(C.state&&(C.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(H)&&((C=Object.create(C)).wrapped=!0),this.elementProperties.set(H,C),!C.noAccessor){let V=Symbol(),L=this.getPropertyDescriptor(H,V,C);L!==void 0&&a3(this.prototype,H,L)}}static getPropertyDescriptor(H,C,V){let{get:L,set:M}=A3(this.prototype,H)??{get(){return this[C]},set(r){this[C]=r}};return{get:L,set(r){let i=L?.call(this);M?.call(this,r),this.requestUpdate(H,i,V)},configurable:!0,enumerable:!0}}static getPropertyOptions(H){return this.elementProperties.get(H)??J2}static _$Ei(){if(this.hasOwnProperty(Z1("elementProperties")))return;let H=p3(this);H.finalize(),H.l!==void 0&&(this.l=[...H.l]),this.elementProperties=new Map(H.elementProperties)}static finalize(){if(this.hasOwnProperty(Z1("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Z1("properties"))){let C=this.properties,V=[...d3(C),...n3(C)];for(let L of V)this.createProperty(L,C[L])}let H=this[Symbol.metadata];if(H!==null){let C=litPropertyMetadata.get(H);if(C!==void 0)for(let[V,L]of C)this.elementProperties.set(V,L)}this._$Eh=new Map;for(let[C,V]of this.elementProperties){let L=this._$Eu(C,V);L!==void 0&&this._$Eh.set(L,C)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(H){let C=[];if(Array.isArray(H)){let V=new Set(H.flat(1/0).reverse());for(let L of V)C.unshift(Z2(L))}else H!==void 0&&C.push(Z2(H));return C}static _$Eu(H,C){let V=C.attribute;return V===!1?void 0:typeof V=="string"?V:typeof H=="string"?H.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(H=>this.enableUpdating=H),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(H=>H(this))}addController(H){(this._$EO??=new Set).add(H),this.renderRoot!==void 0&&this.isConnected&&H.hostConnected?.()}removeController(H){this._$EO?.delete(H)}_$E_(){let H=new Map,C=this.constructor.elementProperties;for(let V of C.keys())this.hasOwnProperty(V)&&(H.set(V,this[V]),delete this[V]);H.size>0&&(this._$Ep=H)}createRenderRoot(){let H=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Y2(H,this.constructor.elementStyles),H}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(H=>H.hostConnected?.())}enableUpdating(H){}disconnectedCallback(){this._$EO?.forEach(H=>H.hostDisconnected?.())}attributeChangedCallback(H,C,V){this._$AK(H,V)}_$ET(H,C){let V=this.constructor.elementProperties.get(H),L=this.constructor._$Eu(H,V);if(L!==void 0&&V.reflect===!0){let M=(V.converter?.toAttribute!==void 0?V.converter:c1).toAttribute(C,V.type);this._$Em=H,M==null?this.removeAttribute(L):this.setAttribute(L,M),this._$Em=null}}_$AK(H,C){let V=this.constructor,L=V._$Eh.get(H);if(L!==void 0&&this._$Em!==L){let M=V.getPropertyOptions(L),r=typeof M.converter=="function"?{fromAttribute:M.converter}:M.converter?.fromAttribute!==void 0?M.converter:c1;this._$Em=L;let i=r.fromAttribute(C,M.type);this[L]=i??this._$Ej?.get(L)??i,this._$Em=null}}requestUpdate(H,C,V,L=!1,M){if(H!==void 0){let r=this.constructor;if(L===!1&&(M=this[H]),V??=r.getPropertyOptions(H),!((V.hasChanged??N1)(M,C)||V.useDefault&&V.reflect&&M===this._$Ej?.get(H)&&!this.hasAttribute(r._$Eu(H,V))))return;this.C(H,C,V)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(H,C,{useDefault:V,reflect:L,wrapped:M},r){V&&!(this._$Ej??=new Map).has(H)&&(this._$Ej.set(H,r??C??this[H]),M!==!0||r!==void 0)||(this._$AL.has(H)||(this.hasUpdated||V||(C=void 0),this._$AL.set(H,C)),L===!0&&this._$Em!==H&&(this._$Eq??=new Set).add(H))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(C){Promise.reject(C)}let H=this.scheduleUpdate();return H!=null&&await H,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[L,M]of this._$Ep)this[L]=M;this._$Ep=void 0}let V=this.constructor.elementProperties;if(V.size>0)for(let[L,M]of V){let{wrapped:r}=M,i=this[L];r!==!0||this._$AL.has(L)||i===void 0||this.C(L,void 0,M,i)}}let H=!1,C=this._$AL;try{H=this.shouldUpdate(C),H?(this.willUpdate(C),this._$EO?.forEach(V=>V.hostUpdate?.()),this.update(C)):this._$EM()}catch(V){throw H=!1,this._$EM(),V}H&&this._$AE(C)}willUpdate(H){}_$AE(H){this._$EO?.forEach(C=>C.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(H)),this.updated(H)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(H){return!0}update(H){this._$Eq&&=this._$Eq.forEach(C=>this._$ET(C,this[C])),this._$EM()}updated(H){}firstUpdated(H){}};U.elementStyles=[],U.shadowRootOptions={mode:"open"},U[Z1("elementProperties")]=new Map,U[Z1("finalized")]=new Map,l3?.({ReactiveElement:U}),(I1.reactiveElementVersions??=[]).push("2.1.2");var y2=globalThis,C5=e=>e,z1=y2.trustedTypes,H5=z1?z1.createPolicy("lit-html",{createHTML:e=>e}):void 0,t5="$lit$",K=`lit$${Math.random().toFixed(9).slice(2)}$`,i5="?"+K,s3=`<${i5}>`,e1=document,h1=()=>e1.createComment(""),g1=e=>e===null||typeof e!="object"&&typeof e!="function",k2=Array.isArray,v3=e=>k2(e)||typeof e?.[Symbol.iterator]=="function",c2=`[ 	
\f\r]`,S1=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,V5=/-->/g,L5=/>/g,V1=RegExp(`>|${c2}(?:([^\\s"'>=/]+)(${c2}*=${c2}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),e5=/'/g,M5=/"/g,o5=/^(?:script|style|textarea|title)$/i,b2=e=>(H,...C)=>({_$litType$:e,strings:H,values:C}),t=b2(1),a5=b2(2),V0=b2(3),E=Symbol.for("lit-noChange"),a=Symbol.for("lit-nothing"),r5=new WeakMap,L1=e1.createTreeWalker(e1,129);function A5(e,H){if(!k2(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return H5!==void 0?H5.createHTML(H):H}var x3=(e,H)=>{let C=e.length-1,V=[],L,M=H===2?"<svg>":H===3?"<math>":"",r=S1;for(let i=0;i<C;i++){let o=e[i],d,p,l=-1,f=0;for(;f<o.length&&(r.lastIndex=f,p=r.exec(o),p!==null);)f=r.lastIndex,r===S1?p[1]==="!--"?r=V5:p[1]!==void 0?r=L5:p[2]!==void 0?(o5.test(p[2])&&(L=RegExp("</"+p[2],"g")),r=V1):p[3]!==void 0&&(r=V1):r===V1?p[0]===">"?(r=L??S1,l=-1):p[1]===void 0?l=-2:(l=r.lastIndex-p[2].length,d=p[1],r=p[3]===void 0?V1:p[3]==='"'?M5:e5):r===M5||r===e5?r=V1:r===V5||r===L5?r=S1:(r=V1,L=void 0);let T=r===V1&&e[i+1].startsWith("/>")?" ":"";M+=r===S1?o+s3:l>=0?(V.push(d),o.slice(0,l)+t5+o.slice(l)+K+T):o+K+(l===-2?i:T)}return[A5(e,M+(e[C]||"<?>")+(H===2?"</svg>":H===3?"</math>":"")),V]},f1=class e{constructor({strings:H,_$litType$:C},V){let L;this.parts=[];let M=0,r=0,i=H.length-1,o=this.parts,[d,p]=x3(H,C);if(this.el=e.createElement(d,V),L1.currentNode=this.el.content,C===2||C===3){let l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(L=L1.nextNode())!==null&&o.length<i;){if(L.nodeType===1){if(L.hasAttributes())for(let l of L.getAttributeNames())if(l.endsWith(t5)){let f=p[r++],T=L.getAttribute(l).split(K),$1=/([.?@])?(.*)/.exec(f);o.push({type:1,index:M,name:$1[2],strings:T,ctor:$1[1]==="."?h2:$1[1]==="?"?g2:$1[1]==="@"?f2:o1}),L.removeAttribute(l)}else l.startsWith(K)&&(o.push({type:6,index:M}),L.removeAttribute(l));if(o5.test(L.tagName)){let l=L.textContent.split(K),f=l.length-1;if(f>0){L.textContent=z1?z1.emptyScript:"";for(let T=0;T<f;T++)L.append(l[T],h1()),L1.nextNode(),o.push({type:2,index:++M});L.append(l[f],h1())}}}else if(L.nodeType===8)if(L.data===i5)o.push({type:2,index:M});else{let l=-1;for(;(l=L.data.indexOf(K,l+1))!==-1;)o.push({type:7,index:M}),l+=K.length-1}M++}}static createElement(H,C){let V=e1.createElement("template");return V.innerHTML=H,V}};function i1(e,H,C=e,V){if(H===E)return H;let L=V!==void 0?C._$Co?.[V]:C._$Cl,M=g1(H)?void 0:H._$litDirective$;return L?.constructor!==M&&(L?._$AO?.(!1),M===void 0?L=void 0:(L=new M(e),L._$AT(e,C,V)),V!==void 0?(C._$Co??=[])[V]=L:C._$Cl=L),L!==void 0&&(H=i1(e,L._$AS(e,H.values),L,V)),H}var S2=class{constructor(H,C){this._$AV=[],this._$AN=void 0,this._$AD=H,this._$AM=C}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(H){let{el:{content:C},parts:V}=this._$AD,L=(H?.creationScope??e1).importNode(C,!0);L1.currentNode=L;let M=L1.nextNode(),r=0,i=0,o=V[0];for(;o!==void 0;){if(r===o.index){let d;o.type===2?d=new O1(M,M.nextSibling,this,H):o.type===1?d=new o.ctor(M,o.name,o.strings,this,H):o.type===6&&(d=new O2(M,this,H)),this._$AV.push(d),o=V[++i]}r!==o?.index&&(M=L1.nextNode(),r++)}return L1.currentNode=e1,L}p(H){let C=0;for(let V of this._$AV)V!==void 0&&(V.strings!==void 0?(V._$AI(H,V,C),C+=V.strings.length-2):V._$AI(H[C])),C++}},O1=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(H,C,V,L){this.type=2,this._$AH=a,this._$AN=void 0,this._$AA=H,this._$AB=C,this._$AM=V,this.options=L,this._$Cv=L?.isConnected??!0}get parentNode(){let H=this._$AA.parentNode,C=this._$AM;return C!==void 0&&H?.nodeType===11&&(H=C.parentNode),H}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(H,C=this){H=i1(this,H,C),g1(H)?H===a||H==null||H===""?(this._$AH!==a&&this._$AR(),this._$AH=a):H!==this._$AH&&H!==E&&this._(H):H._$litType$!==void 0?this.$(H):H.nodeType!==void 0?this.T(H):v3(H)?this.k(H):this._(H)}O(H){return this._$AA.parentNode.insertBefore(H,this._$AB)}T(H){this._$AH!==H&&(this._$AR(),this._$AH=this.O(H))}_(H){this._$AH!==a&&g1(this._$AH)?this._$AA.nextSibling.data=H:this.T(e1.createTextNode(H)),this._$AH=H}$(H){let{values:C,_$litType$:V}=H,L=typeof V=="number"?this._$AC(H):(V.el===void 0&&(V.el=f1.createElement(A5(V.h,V.h[0]),this.options)),V);if(this._$AH?._$AD===L)this._$AH.p(C);else{let M=new S2(L,this),r=M.u(this.options);M.p(C),this.T(r),this._$AH=M}}_$AC(H){let C=r5.get(H.strings);return C===void 0&&r5.set(H.strings,C=new f1(H)),C}k(H){k2(this._$AH)||(this._$AH=[],this._$AR());let C=this._$AH,V,L=0;for(let M of H)L===C.length?C.push(V=new e(this.O(h1()),this.O(h1()),this,this.options)):V=C[L],V._$AI(M),L++;L<C.length&&(this._$AR(V&&V._$AB.nextSibling,L),C.length=L)}_$AR(H=this._$AA.nextSibling,C){for(this._$AP?.(!1,!0,C);H!==this._$AB;){let V=C5(H).nextSibling;C5(H).remove(),H=V}}setConnected(H){this._$AM===void 0&&(this._$Cv=H,this._$AP?.(H))}},o1=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(H,C,V,L,M){this.type=1,this._$AH=a,this._$AN=void 0,this.element=H,this.name=C,this._$AM=L,this.options=M,V.length>2||V[0]!==""||V[1]!==""?(this._$AH=Array(V.length-1).fill(new String),this.strings=V):this._$AH=a}_$AI(H,C=this,V,L){let M=this.strings,r=!1;if(M===void 0)H=i1(this,H,C,0),r=!g1(H)||H!==this._$AH&&H!==E,r&&(this._$AH=H);else{let i=H,o,d;for(H=M[0],o=0;o<M.length-1;o++)d=i1(this,i[V+o],C,o),d===E&&(d=this._$AH[o]),r||=!g1(d)||d!==this._$AH[o],d===a?H=a:H!==a&&(H+=(d??"")+M[o+1]),this._$AH[o]=d}r&&!L&&this.j(H)}j(H){H===a?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,H??"")}},h2=class extends o1{constructor(){super(...arguments),this.type=3}j(H){this.element[this.name]=H===a?void 0:H}},g2=class extends o1{constructor(){super(...arguments),this.type=4}j(H){this.element.toggleAttribute(this.name,!!H&&H!==a)}},f2=class extends o1{constructor(H,C,V,L,M){super(H,C,V,L,M),this.type=5}_$AI(H,C=this){if((H=i1(this,H,C,0)??a)===E)return;let V=this._$AH,L=H===a&&V!==a||H.capture!==V.capture||H.once!==V.once||H.passive!==V.passive,M=H!==a&&(V===a||L);L&&this.element.removeEventListener(this.name,this,V),M&&this.element.addEventListener(this.name,this,H),this._$AH=H}handleEvent(H){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,H):this._$AH.handleEvent(H)}},O2=class{constructor(H,C,V){this.element=H,this.type=6,this._$AN=void 0,this._$AM=C,this.options=V}get _$AU(){return this._$AM._$AU}_$AI(H){i1(this,H)}};var u3=y2.litHtmlPolyfillSupport;u3?.(f1,O1),(y2.litHtmlVersions??=[]).push("3.3.3");var d5=(e,H,C)=>{let V=C?.renderBefore??H,L=V._$litPart$;if(L===void 0){let M=C?.renderBefore??null;V._$litPart$=L=new O1(H.insertBefore(h1(),M),M,void 0,C??{})}return L._$AI(e),L};var w2=globalThis,S=class extends U{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let H=super.createRenderRoot();return this.renderOptions.renderBefore??=H.firstChild,H}update(H){let C=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(H),this._$Do=d5(C,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return E}};S._$litElement$=!0,S.finalized=!0,w2.litElementHydrateSupport?.({LitElement:S});var Z3=w2.litElementPolyfillSupport;Z3?.({LitElement:S});(w2.litElementVersions??=[]).push("4.2.2");var c3={attribute:!0,type:String,converter:c1,reflect:!1,hasChanged:N1},S3=(e=c3,H,C)=>{let{kind:V,metadata:L}=C,M=globalThis.litPropertyMetadata.get(L);if(M===void 0&&globalThis.litPropertyMetadata.set(L,M=new Map),V==="setter"&&((e=Object.create(e)).wrapped=!0),M.set(C.name,e),V==="accessor"){let{name:r}=C;return{set(i){let o=H.get.call(this);H.set.call(this,i),this.requestUpdate(r,o,e,!0,i)},init(i){return i!==void 0&&this.C(r,void 0,e,i),i}}}if(V==="setter"){let{name:r}=C;return function(i){let o=this[r];H.call(this,i),this.requestUpdate(r,o,e,!0,i)}}throw Error("Unsupported decorator location: "+V)};function x(e){return(H,C)=>typeof C=="object"?S3(e,H,C):((V,L,M)=>{let r=L.hasOwnProperty(M);return L.constructor.createProperty(M,V),r?Object.getOwnPropertyDescriptor(L,M):void 0})(e,H,C)}function n(e){return x({...e,state:!0,attribute:!1})}var M1=(e,H,C)=>(C.configurable=!0,C.enumerable=!0,Reflect.decorate&&typeof H!="object"&&Object.defineProperty(e,H,C),C);function j(e,H){return(C,V,L)=>{let M=r=>r.renderRoot?.querySelector(e)??null;if(H){let{get:r,set:i}=typeof V=="object"?C:L??(()=>{let o=Symbol();return{get(){return this[o]},set(d){this[o]=d}}})();return M1(C,V,{get(){let o=r.call(this);return o===void 0&&(o=M(this),(o!==null||this.hasUpdated)&&i.call(this,o)),o}})}return M1(C,V,{get(){return M(this)}})}}var n5="M7.88,3.39L6.6,1.86L2,5.71L3.29,7.24L7.88,3.39M22,5.72L17.4,1.86L16.11,3.39L20.71,7.25L22,5.72M12,4A9,9 0 0,0 3,13A9,9 0 0,0 12,22A9,9 0 0,0 21,13A9,9 0 0,0 12,4M12,20A7,7 0 0,1 5,13A7,7 0 0,1 12,6A7,7 0 0,1 19,13A7,7 0 0,1 12,20M9,11H12.63L9,15.2V17H15V15H11.37L15,10.8V9H9V11Z";var p5="M20,11V13H8L13.5,18.5L12.08,19.92L4.16,12L12.08,4.08L13.5,5.5L8,11H20Z";var m5="M4,4H7L9,2H15L17,4H20A2,2 0 0,1 22,6V18A2,2 0 0,1 20,20H4A2,2 0 0,1 2,18V6A2,2 0 0,1 4,4M12,7A5,5 0 0,0 7,12A5,5 0 0,0 12,17A5,5 0 0,0 17,12A5,5 0 0,0 12,7M12,9A3,3 0 0,1 15,12A3,3 0 0,1 12,15A3,3 0 0,1 9,12A3,3 0 0,1 12,9Z";var l5="M17,18A2,2 0 0,1 19,20A2,2 0 0,1 17,22C15.89,22 15,21.1 15,20C15,18.89 15.89,18 17,18M1,2H4.27L5.21,4H20A1,1 0 0,1 21,5C21,5.17 20.95,5.34 20.88,5.5L17.3,11.97C16.96,12.58 16.3,13 15.55,13H8.1L7.2,14.63L7.17,14.75A0.25,0.25 0 0,0 7.42,15H19V17H7C5.89,17 5,16.1 5,15C5,14.65 5.09,14.32 5.24,14.04L6.6,11.59L3,4H1V2M7,18A2,2 0 0,1 9,20A2,2 0 0,1 7,22C5.89,22 5,21.1 5,20C5,18.89 5.89,18 7,18M16,11L18.78,6H6.14L8.5,11H16Z";var W1="M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z";var s5="M7.41,8.58L12,13.17L16.59,8.58L18,10L12,16L6,10L7.41,8.58Z";var v5="M8.59,16.58L13.17,12L8.59,7.41L10,6L16,12L10,18L8.59,16.58Z";var U1="M19,6.41L17.59,5L12,10.59L6.41,5L5,6.41L10.59,12L5,17.59L6.41,19L12,13.41L17.59,19L19,17.59L13.41,12L19,6.41Z";var y1="M19,4H15.5L14.5,3H9.5L8.5,4H5V6H19M6,19A2,2 0 0,0 8,21H16A2,2 0 0,0 18,19V7H6V19Z";var x5="M12,16A2,2 0 0,1 14,18A2,2 0 0,1 12,20A2,2 0 0,1 10,18A2,2 0 0,1 12,16M12,10A2,2 0 0,1 14,12A2,2 0 0,1 12,14A2,2 0 0,1 10,12A2,2 0 0,1 12,10M12,4A2,2 0 0,1 14,6A2,2 0 0,1 12,8A2,2 0 0,1 10,6A2,2 0 0,1 12,4Z";var u5="M6,2A2,2 0 0,0 4,4V20A2,2 0 0,0 6,22H18A2,2 0 0,0 20,20V8L14,2H6M6,4H13V9H18V20H6V4M8,12V14H16V12H8M8,16V18H13V16H8Z";var G1="M2,12L12,3L22,12H19V20H5V12H2M12,18L12.72,17.34C15.3,15 17,13.46 17,11.57C17,10.03 15.79,8.82 14.25,8.82C13.38,8.82 12.55,9.23 12,9.87C11.45,9.23 10.62,8.82 9.75,8.82C8.21,8.82 7,10.03 7,11.57C7,13.46 8.7,15 11.28,17.34L12,18Z";var Z5="M16,10H14V7H10V10H8L12,14M19,15H15A3,3 0 0,1 12,18A3,3 0 0,1 9,15H5V5H19M19,3H5C3.89,3 3,3.9 3,5V19A2,2 0 0,0 5,21H19A2,2 0 0,0 21,19V5A2,2 0 0,0 19,3Z";var c5="M9.5,3A6.5,6.5 0 0,1 16,9.5C16,11.11 15.41,12.59 14.44,13.73L14.71,14H15.5L20.5,19L19,20.5L14,15.5V14.71L13.73,14.44C12.59,15.41 11.11,16 9.5,16A6.5,6.5 0 0,1 3,9.5A6.5,6.5 0 0,1 9.5,3M9.5,5C7,5 5,7 5,9.5C5,12 7,14 9.5,14C12,14 14,12 14,9.5C14,7 12,5 9.5,5Z";var S5="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";var h5="M12,2A3,3 0 0,1 15,5V11A3,3 0 0,1 12,14A3,3 0 0,1 9,11V5A3,3 0 0,1 12,2M19,11C19,14.53 16.39,17.44 13,17.93V21H11V17.93C7.61,17.44 5,14.53 5,11H7A5,5 0 0,0 12,16A5,5 0 0,0 17,11H19Z";var Q1="M16.5,6V17.5A4,4 0 0,1 12.5,21.5A4,4 0 0,1 8.5,17.5V5A2.5,2.5 0 0,1 11,2.5A2.5,2.5 0 0,1 13.5,5V15.5A1,1 0 0,1 12.5,16.5A1,1 0 0,1 11.5,15.5V6H10V15.5A2.5,2.5 0 0,0 12.5,18A2.5,2.5 0 0,0 15,15.5V5A4,4 0 0,0 11,1A4,4 0 0,0 7,5V17.5A5.5,5.5 0 0,0 12.5,23A5.5,5.5 0 0,0 18,17.5V6H16.5Z";var k1="M20.71,7.04C21.1,6.65 21.1,6 20.71,5.63L18.37,3.29C18,2.9 17.35,2.9 16.96,3.29L15.12,5.12L18.87,8.87M3,17.25V21H6.75L17.81,9.93L14.06,6.18L3,17.25Z";var R="M19,13H13V19H11V13H5V11H11V5H13V11H19V13Z";var g5="M17.65,6.35C16.2,4.9 14.21,4 12,4A8,8 0 0,0 4,12A8,8 0 0,0 12,20C15.73,20 18.84,17.45 19.73,14H17.65C16.83,16.33 14.61,18 12,18A6,6 0 0,1 6,12A6,6 0 0,1 12,6C13.66,6 15.14,6.69 16.22,7.78L13,11H20V4L17.65,6.35Z";var f5="M16,18H18V6H16M6,18L14.5,12L6,6V18Z";var O5="M18,18H6V6H18V18Z";var q1="M22.7,19L13.6,9.9C14.5,7.6 14,4.9 12.1,3C10.1,1 7.1,0.6 4.7,1.7L9,6L6,9L1.6,4.7C0.4,7.1 0.9,10.1 2.9,12.1C4.8,14 7.5,14.5 9.8,13.6L18.9,22.7C19.3,23.1 19.9,23.1 20.3,22.7L22.6,20.4C23.1,20 23.1,19.3 22.7,19Z";var h3=(e,H)=>e.name.localeCompare(H.name),g3={multiple:!1,of:e=>e.assigned_user_id?[e.assigned_user_id]:[],choices:e=>e.users.filter(H=>H.name).map(H=>({id:H.user_id,name:H.name})).sort(h3),fields:e=>({assigned_user_id:e[0]??null})};var b=g3;function K1(e,H,C){let V=H?.users.find(M=>M.user_id===e);if(V?.name)return V.name;let L=H?.persons.find(M=>M.entity_id===e);return L?.name?L.name:C(e)}function y5(e,H=b){let C=new Set;for(let V of e)for(let L of H.of(V))C.add(L);return[...C].sort()}var k5=new Map;function Y1(e,H){let C=`${e}|${JSON.stringify(H)}`,V=k5.get(C);if(!V){try{V=new Intl.DateTimeFormat(e,H)}catch{V=new Intl.DateTimeFormat("en",{...H,timeZone:"UTC"})}k5.set(C,V)}return V}function P2(e,H){let C=Y1("en-US",{timeZone:H,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(e),V=L=>Number(C.find(M=>M.type===L)?.value??0);return{year:V("year"),month:V("month"),day:V("day"),hour:V("hour")%24,minute:V("minute"),second:V("second")}}function b5(e,H){let C=P2(e,H),V=Date.UTC(C.year,C.month-1,C.day,C.hour,C.minute,C.second);return Math.round((V-Math.floor(e.getTime()/1e3)*1e3)/6e4)}var w5=new Map,j1=new Map;function P5(e,H){let C=e.getTime(),V=`${H}|${C}`,L=j1.get(V);if(L!==void 0)return L;let M=w5.get(H);M||(M=Y1("en-CA",{timeZone:H,year:"numeric",month:"2-digit",day:"2-digit"}),w5.set(H,M));let r=/(\d+)\D+(\d+)\D+(\d+)/.exec(M.format(e)),i=Math.floor(r?Date.UTC(Number(r[1]),Number(r[2])-1,Number(r[3]))/864e5:C/864e5);return j1.size>5e3&&j1.clear(),j1.set(V,i),i}function f3(e){let[H,C,V]=e.split("-").map(Number);return Math.floor(Date.UTC(H??1970,(C??1)-1,V??1)/864e5)}function Y(e){return String(e).padStart(2,"0")}function X(e,H){let C=P2(e,H);return`${C.year}-${Y(C.month)}-${Y(C.day)}T${Y(C.hour)}:${Y(C.minute)}`}function R5(e,H){return X(e,H).slice(0,10)}function O3(e){let H=e<0?"-":"+",C=Math.abs(e);return`${H}${Y(Math.floor(C/60))}:${Y(C%60)}`}function a1(e,H){let C=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(e.trim());if(!C)return;let[V,L,M,r,i,o]=C.slice(1).map(l=>Number(l??0)),d=Date.UTC(V,L-1,M,r,i,o??0),p=b5(new Date(d),H);return p=b5(new Date(d-p*6e4),H),`${C[1]}-${C[2]}-${C[3]}T${C[4]}:${C[5]}:${Y(o??0)}${O3(p)}`}function B2(e){if(!e)return;let H=/^\d{4}-\d{2}-\d{2}$/.test(e)?new Date(`${e}T12:00:00Z`):new Date(e);return Number.isNaN(H.getTime())?void 0:H}function G(e,H){let C=B2(e);if(!C)return"";let V=e!==void 0&&/^\d{4}-\d{2}-\d{2}$/.test(e);return Y1(H.locale,{timeZone:V?"UTC":H.timeZone,year:"numeric",month:"short",day:"numeric"}).format(C)}function X1(e,H){let C=B2(e);if(!C)return"";let V={timeZone:H.timeZone,year:"numeric",month:"short",day:"numeric",hour:"numeric",minute:"2-digit"};return H.hour12!==void 0&&(V.hour12=H.hour12),Y1(H.locale,V).format(C)}var B5=new Map;function y3(e){let H=B5.get(e);if(!H){try{H=new Intl.RelativeTimeFormat(e,{numeric:"auto"})}catch{H=new Intl.RelativeTimeFormat("en",{numeric:"auto"})}B5.set(e,H)}return H}function F(e,H,C,V=!1){let L=B2(e);if(!L)return"";let M=y3(C.locale),r=L.getTime()-H.getTime();if(!V&&Math.abs(r)<864e5){let p=Math.round(r/6e4);return Math.abs(p)<60?M.format(p,"minute"):M.format(Math.round(r/36e5),"hour")}let o=(e!==void 0&&/^\d{4}-\d{2}-\d{2}$/.test(e)?f3(e):P5(L,C.timeZone))-P5(H,C.timeZone),d=Math.abs(o);return d<14?M.format(o,"day"):d<60?M.format(Math.round(o/7),"week"):d<365*2?M.format(Math.round(o/30.44),"month"):M.format(Math.round(o/365.25),"year")}var T5=new Map;function Q(e,H,C){if(e===void 0||Number.isNaN(e))return"";let V=`${C}|${H}`,L=T5.get(V);if(!L){try{L=new Intl.NumberFormat(C,{style:"currency",currency:H})}catch{L=new Intl.NumberFormat(C,{minimumFractionDigits:2,maximumFractionDigits:2})}T5.set(V,L)}return L.format(e)}function D(e,H,C=2){try{return new Intl.NumberFormat(H,{maximumFractionDigits:C}).format(e)}catch{return String(e)}}function F5(e){let H=e.trim().replace(/\s/g,"").replace(",",".");if(H==="")return;let C=Number(H);return Number.isFinite(C)?C:Number.NaN}function T2(e){let H=Math.max(0,Math.floor(e));return`${Math.floor(H/60)}:${Y(H%60)}`}function J1(e,H){return e<1024?`${e} B`:e<1024*1024?`${D(e/1024,H,0)} KB`:`${D(e/(1024*1024),H,1)} MB`}var A1="__no_zone__",_5="__house__",$5={overdue:0,due_soon:1,ok:2,unscheduled:3,done:4};function E5(e){return e.normalize("NFD").replace(/[\u0300-\u036f]/g,"").toLowerCase()}function D5(e,H){return e.asset_id?H.assets.get(e.asset_id)?.zone_id:void 0}function k3(e,H,C){let V=E5(H).split(/\s+/).filter(Boolean);if(!V.length)return!0;let L=e.asset_id?C.assets.get(e.asset_id):void 0,M=L?.zone_id?C.zones.get(L.zone_id):void 0,r=E5([e.name,e.notes,L?.name,L?.manufacturer,L?.model,M?.name].filter(Boolean).join(" "));return V.every(i=>r.includes(i))}function I5(e,H,C){let V=[];for(let L of e)if(!(H.assetId&&L.asset_id!==H.assetId)){if(H.zoneId){let M=D5(L,C);if((H.zoneId===A1?void 0:H.zoneId)!==M)continue}H.assignee&&!b.of(L).includes(H.assignee)||H.query&&!k3(L,H.query,C)||V.push(L)}return V}var b3=new Intl.Collator;function w3(e){return{task:e,due:e.next_due_at===void 0?Number.POSITIVE_INFINITY:Date.parse(e.next_due_at)}}function P3(e,H){return $5[e.task.status]-$5[H.task.status]||(e.due===H.due?0:e.due-H.due)||H.task.priority-e.task.priority||b3.compare(e.task.name,H.task.name)}function d1(e){return e.map(w3).sort(P3).map(H=>H.task)}function N5(e){let H={overdue:[],due_soon:[],upcoming:[]};for(let C of d1(e))C.status==="overdue"?H.overdue.push(C):C.status==="due_soon"?H.due_soon.push(C):C.status!=="done"&&H.upcoming.push(C);return H}function C2(e,H,C,V){let L=new Map;for(let M of e){let r,i;if(H==="asset"){let d=M.asset_id?C.assets.get(M.asset_id):void 0;r=d?.asset_id??_5,i=d?.name??V.houseWide}else{let d=D5(M,C),p=d?C.zones.get(d):void 0;r=p?.zone_id??(M.asset_id?A1:_5),i=p?.name??(M.asset_id?V.noZone:V.houseWide)}let o=L.get(r);o||(o={key:r,label:i,tasks:[]},L.set(r,o)),o.tasks.push(M)}return[...L.values()]}function H2(e,H){let C=new Map;for(let V of e.assets.values()){let L=V.zone_id&&e.zones.get(V.zone_id)?.name||H,M=C.get(L)??[];M.push(V),C.set(L,M)}return[...C.entries()].sort(([V],[L])=>V===H?1:L===H?-1:V.localeCompare(L)).map(([V,L])=>({label:V,assets:L.sort((M,r)=>M.name.localeCompare(r.name))}))}function V2(e){return e>=90?"good":e>=70?"fair":"poor"}function z5(e){let H=(e??"").split("?")[0].split("/").filter(Boolean);return H[0]==="asset"&&H[1]?{view:"asset",assetId:decodeURIComponent(H[1])}:H[0]==="inbox"?{view:"inbox"}:{view:"home"}}function w(e,H){let C=`/${e.replace(/^\/+|\/+$/g,"")}`;switch(H.view){case"asset":return`${C}/asset/${encodeURIComponent(H.assetId)}`;case"inbox":return`${C}/inbox`;default:return C}}function _(e,H=!1){H?history.replaceState(null,"",e):history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:H}}))}function W5(e){return String(e).padStart(2,"0")}function U5(e,H,C){return C(`schedule.every_${H}`,{count:e})}function b1(e){return/^\d+$/.test(e)}function B3(e,H){let C=e.trim().split(/\s+/);if(C.length!==5)return;let[V,L,M,r,i]=C;if(!b1(V)||!b1(L))return;let o=Number(L),d=Number(V);if(o>23||d>59)return;let p=H.time?H.time(o,d):`${W5(o)}:${W5(d)}`,l=H.localize;if(M==="*"&&r==="*"&&i==="*")return l("schedule.cron_daily",{time:p});if(M==="*"&&r==="*"&&/^[0-7](,[0-7])*$/.test(i)){let f=i.split(",").map(T=>H.weekday?H.weekday(Number(T)%7):T).join(", ");return l("schedule.cron_weekly",{days:f,time:p})}if(b1(M)&&r==="*"&&i==="*")return l("schedule.cron_monthly",{day:Number(M),time:p});if(b1(M)&&b1(r)&&i==="*"){let f=H.month?H.month(Number(r)):r;return l("schedule.cron_yearly",{day:Number(M),month:f,time:p})}}function n1(e,H){let C=H.localize;switch(e.kind){case"interval":{let V=U5(e.every??1,e.unit??"months",C);return e.anchor==="fixed"?C("schedule.fixed",{every:V}):C("schedule.from_completion",{every:V})}case"cron":{let V=e.cron??"";return B3(V,H)??C("schedule.cron_custom",{cron:V})}case"meter":{let V=e.meter_entity_id??"",L=H.entityName?H.entityName(V):V,M=C("schedule.meter",{count:e.meter_every??0,sensor:L});if(e.every&&e.unit){let r=U5(e.every,e.unit,C);return C("schedule.meter_backstop",{meter:M,backstop:r.toLowerCase()})}return M}default:return C("schedule.once")}}function u(e,H,C={}){e.dispatchEvent(new CustomEvent("haven-dialog",{detail:{kind:H,params:C},bubbles:!0,composed:!0}))}function I(e,H){e.dispatchEvent(new CustomEvent("haven-toast",{detail:{message:H},bubbles:!0,composed:!0}))}function m(e,H){return t`<svg
    class="icon"
    viewBox="0 0 24 24"
    role=${H?"img":"presentation"}
    aria-hidden=${H?"false":"true"}
    aria-label=${H??""}
    focusable="false"
  >
    ${a5`<path d=${e}></path>`}
  </svg>`}function G5(e){let H=Intl.DateTimeFormat().resolvedOptions().timeZone,C=e.locale?.time_zone==="local"?H:e.config?.time_zone||H||"UTC",V={locale:e.locale?.language||e.language||"en",timeZone:C};return e.locale?.time_format==="12"?V.hour12=!0:e.locale?.time_format==="24"&&(V.hour12=!1),V}var N=Z`
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
`;function w1(e){let H=new Intl.DateTimeFormat(e.fmt.locale,{weekday:"long",timeZone:"UTC"}),C=new Intl.DateTimeFormat(e.fmt.locale,{month:"long",timeZone:"UTC"}),V=new Intl.DateTimeFormat(e.fmt.locale,{hour:"numeric",minute:"2-digit",timeZone:"UTC",...e.fmt.hour12!==void 0?{hour12:e.fmt.hour12}:{}});return{localize:e.localize,entityName:L=>R2(e,L),weekday:L=>H.format(Date.UTC(2023,0,1+L)),month:L=>C.format(Date.UTC(2023,L-1,1)),time:(L,M)=>V.format(Date.UTC(2023,0,1,L,M))}}function R2(e,H){let V=e.hass.states[H]?.attributes.friendly_name;return typeof V=="string"&&V?V:(H.split(".")[1]??H).replace(/_/g," ")}function F2(e,H){let C=e.localize;return H.snoozed_until&&H.status!=="overdue"?C("status.snoozed",{date:G(H.snoozed_until,e.fmt)}):H.next_due_at?C("task.due",{when:F(H.next_due_at,e.now,e.fmt,H.all_day)}):L2(e,H)??C(`status.${H.status}`)}function L2(e,H){let C=H.schedule.meter_every;if(!H.meter||!C||H.meter.progress===void 0)return;let V=Math.max(0,H.meter.progress*C);return e.localize("task.meter_progress",{value:D(V,e.fmt.locale,V<10?1:0),every:D(C,e.fmt.locale,0),unit:H.meter.unit??""}).trim()}function T3(e,H){let C=L2(e,H);if(!C||!H.meter)return a;let V=Math.min(1,Math.max(0,H.meter.progress));return t`<span class="meter">
    <progress max="1" .value=${V} aria-label=${C}></progress>${H.next_due_at?t`<span class="muted">${C}</span>`:a}
  </span>`}function R3(e,H){e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey||(e.preventDefault(),_(H))}function J(e,H,C={}){let V=e.localize,L=e.property,M=H.asset_id?L?.assets.get(H.asset_id):void 0,r=M?.zone_id?L?.zones.get(M.zone_id):void 0,i=M?w("haven",{view:"asset",assetId:M.asset_id}):"",o=C.showAsset?t`${M?t`<a class="asset-link" href=${i} @click=${l=>R3(l,i)}>${M.name}</a>`:V("common.house_wide")}${r?` \xB7 ${r.name}`:""}`:a,d=H.next_due_at?G(H.next_due_at,e.fmt):"",p=H.status!=="done";return t`<li class="task ${H.status}">
    <div class="task-main">
      <span class="task-name">${H.name}</span>
      <span class="task-meta">
        <span class="chip ${H.status}" title=${d}>${F2(e,H)}</span>
        ${o!==a?t`<span class="muted where">${o}</span>`:a}
        ${T3(e,H)}
      </span>
      ${C.showSchedule?t`<span class="muted schedule">${n1(H.schedule,w1(e))}</span>`:a}
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
              ${m(n5)}<span class=${C.compact?"visually-hidden":"label-wide"}
                >${V("task.snooze")}</span
              >
            </button>`:a}
      ${C.compact?a:t`<button
            class="btn icon-btn"
            aria-label=${V("common.more_actions",{name:H.name})}
            @click=${l=>u(l.currentTarget,"task-menu",{taskId:H.task_id})}
          >
            ${m(x5)}
          </button>`}
    </div>
  </li>`}function p1(e,H,C,V=!0){let L=e.localize,M=V&&H.asset_id?e.property?.assets.get(H.asset_id):void 0,r=H.user_name??L("common.someone");return t`<li class="log">
    <div class="log-main">
      <span class="log-action"
        ><span class="log-kind">${L(`log.${H.kind}`)}</span> · ${H.action}${M?t` <span class="muted">· ${M.name}</span>`:a}</span
      >
      <span class="muted log-meta"
        >${L("log.who_when",{who:r,when:F(H.performed_at,e.now,e.fmt)})}</span
      >
      ${H.notes?t`<span class="log-notes">${H.notes}</span>`:a}
    </div>
    ${H.cost!==void 0?t`<span class="log-cost">${Q(H.cost,C,e.fmt.locale)}</span>`:a}
  </li>`}var m1=Z`
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
`;var Q5={version:0,properties:new Map};function P1(e,H){let C=new Map;for(let V of e??[])C.set(V[H],V);return C}function F3(e){let{zones:H,assets:C,tasks:V,supplies:L,inbox:M,recent_logs:r,...i}=e;return{summary:i,zones:P1(H,"zone_id"),assets:P1(C,"asset_id"),tasks:P1(V,"task_id"),supplies:P1(L,"supply_id"),inbox:P1(M,"inbox_item_id"),recentLogs:(r??[]).slice(0,10)}}function B1(e,H,C,V){if(!H?.length&&!C?.length)return e;let L=new Map(e);for(let M of H??[])L.set(M[V],M);for(let M of C??[])L.delete(M);return L}function _3(e,H,C){if(!H?.length&&!C?.length)return e;let V=new Set(C??[]),L=new Set,M=[...H??[],...e].filter(r=>V.has(r.log_id)||L.has(r.log_id)?!1:(L.add(r.log_id),!0));return M.sort((r,i)=>r.performed_at<i.performed_at?1:r.performed_at>i.performed_at?-1:0),M.slice(0,10)}function _2(e,H){if(H.kind==="snapshot"){let r=new Map(e.properties);for(let i of H.properties)r.set(i.config_entry_id,F3(i));return{version:e.version+1,properties:r}}if(H.kind==="unloaded"){if(!e.properties.has(H.config_entry_id))return e;let r=new Map(e.properties);return r.delete(H.config_entry_id),{version:e.version+1,properties:r}}let C=e.properties.get(H.config_entry_id);if(!C)return e;let V=H.removed??{},L={summary:H.property??C.summary,zones:B1(C.zones,H.zones,V.zones,"zone_id"),assets:B1(C.assets,H.assets,V.assets,"asset_id"),tasks:B1(C.tasks,H.tasks,V.tasks,"task_id"),supplies:B1(C.supplies,H.supplies,V.supplies,"supply_id"),inbox:B1(C.inbox,H.inbox,V.inbox,"inbox_item_id"),recentLogs:_3(C.recentLogs,H.logs,V.logs)},M=new Map(e.properties);return M.set(H.config_entry_id,L),{version:e.version+1,properties:M}}function q5(e,H){return _2({version:e.version,properties:new Map},H)}var K5=3600,l1=class l1{constructor(H,C){this.configEntryId=C;this.state={data:Q5,link:"connecting"};this.listeners=new Set;this.subscribing=!1;this.firstEvent=!0;this.signed=new Map;this.onEvent=H=>{let C=this.firstEvent?q5(this.state.data,H):_2(this.state.data,H);this.firstEvent=!1,(C!==this.state.data||this.state.link!=="live")&&this.set({data:C,link:"live",error:void 0})};this.onDisconnected=()=>{this.unsubscribe=void 0,this.set({link:"reconnecting"})};this.onReady=()=>{this.listeners.size>0&&this.start()};this.hass=H}static for(H,C){let V=l1.shared.get(H.connection);V||(V=new Map,l1.shared.set(H.connection,V));let L=C??"",M=V.get(L);return M||(M=new l1(H,C),V.set(L,M)),M.hass=H,M}get connection(){return this.hass.connection}listen(H){return this.listeners.add(H),H(this.state),this.listeners.size===1&&(this.connection.addEventListener("ready",this.onReady),this.connection.addEventListener("disconnected",this.onDisconnected),this.start()),()=>{this.listeners.delete(H),this.listeners.size===0&&this.stop()}}set(H){this.state={...this.state,...H};for(let C of this.listeners)C(this.state)}async start(){if(this.unsubscribe||this.subscribing)return;this.subscribing=!0,this.firstEvent=!0;let H={type:"haven/subscribe"};this.configEntryId&&(H.config_entry_id=this.configEntryId);try{let C=await this.connection.subscribeMessage(this.onEvent,H,{resubscribe:!1});this.listeners.size===0?C().catch(()=>{}):this.unsubscribe=C}catch(C){this.set({link:"error",error:$(C)})}finally{this.subscribing=!1}}stop(){this.connection.removeEventListener("ready",this.onReady),this.connection.removeEventListener("disconnected",this.onDisconnected);let H=this.unsubscribe;this.unsubscribe=void 0,H&&this.connection.connected!==!1&&H().catch(()=>{})}ws(H,C={}){return this.hass.callWS({type:H,...C})}asset(H){return this.ws("haven/asset",{asset_id:H})}templateList(){return this.templates||(this.templates=this.ws("haven/templates",{language:this.hass.language}).then(H=>H.templates,H=>{throw this.templates=void 0,H})),this.templates}household(){return this.people||(this.people=this.ws("haven/users").catch(H=>{throw this.people=void 0,H})),this.people}schedulePreview(H){return this.ws("haven/schedule_preview",H)}async call(H,C,V=!1){let L={type:"call_service",domain:"haven",service:H,service_data:C};return V&&(L.return_response=!0),(await this.connection.sendMessagePromise(L))?.response}async signedUrl(H){let C=Date.now(),V=this.signed.get(H);if(V&&V.until>C)return V.url;let L=await this.hass.callWS({type:"auth/sign_path",path:H,expires:K5}),M=this.hass.hassUrl?this.hass.hassUrl(L.path):L.path;return this.signed.set(H,{url:M,until:C+(K5-60)*1e3}),M}async token(){let H=this.hass.auth;return H.expired&&H.refreshAccessToken&&await H.refreshAccessToken(),H.data.access_token}async upload(H,C,V,L){let M=await this.token(),r=this.hass.hassUrl?this.hass.hassUrl(H):H;return new Promise(i=>{let o=new XMLHttpRequest;o.open("POST",r),o.setRequestHeader("Authorization",`Bearer ${M}`),o.upload.addEventListener("progress",d=>{d.lengthComputable&&V&&V(d.loaded/d.total)}),o.addEventListener("load",()=>{let d={};try{d=JSON.parse(o.responseText||"{}")}catch{d={}}i({status:o.status,body:d})}),o.addEventListener("error",()=>i({status:0,body:{}})),o.addEventListener("abort",()=>i({status:-1,body:{}})),L?.addEventListener("abort",()=>o.abort()),o.send(C)})}};l1.shared=new WeakMap;var e2=l1;function $(e){if(typeof e=="string")return e;if(e&&typeof e=="object"){let H=e;if(H.message)return H.message;if(H.error?.message)return H.error.message;if(H.code)return String(H.code)}return String(e)}var c=class extends S{constructor(){super(...arguments);this.params={};this.busy=!1;this.error="";this.closed=!1;this.danger=!1;this.onClosed=()=>{this.closed=!0,this.dispatchEvent(new CustomEvent("haven-dialog-closed",{bubbles:!0,composed:!0}))};this.onSubmit=C=>{C.preventDefault();let V=new FormData(this.formEl);this.run(()=>this.submit(V))}}submitLabel(){}async submit(C){}gone(){}firstUpdated(){this.dialogEl.showModal(),this.renderRoot.querySelector("[autofocus], .body input:not([type=hidden]), .body select, .body textarea, .body button")?.focus()}updated(C){if(C.has("ctx")&&!this.closed&&!this.busy){let V=this.gone();V&&(I(this,V),this.close())}}close(){this.closed||(this.closed=!0,this.dialogEl?.open?this.dialogEl.close():this.onClosed())}async run(C){if(!this.busy){this.busy=!0,this.error="";try{let V=await C();V&&I(this,V),this.close()}catch(V){this.error=$(V)}finally{this.busy=!1}}}render(){let C=this.submitLabel(),V=this.ctx.localize;return t`<dialog aria-labelledby="dialog-title" @close=${this.onClosed}>
      <form @submit=${this.onSubmit}>
        <div class="dialog-head">
          <h2 id="dialog-title">${this.heading()}</h2>
          <button type="button" class="btn icon-btn" aria-label=${V("common.close")} @click=${()=>this.close()}>
            ${m(U1)}
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
    </dialog>`}};c.styles=[N,Z`
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
    `],A([x({attribute:!1})],c.prototype,"ctx",2),A([x({attribute:!1})],c.prototype,"params",2),A([n()],c.prototype,"busy",2),A([n()],c.prototype,"error",2),A([j("dialog")],c.prototype,"dialogEl",2),A([j("form")],c.prototype,"formEl",2);function s(e,H){let C=e.get(H);if(typeof C!="string")return;let V=C.trim();return V===""?void 0:V}function P(e){let H={};for(let[C,V]of Object.entries(e))V!==void 0&&(H[C]=V);return H}var s1=class extends c{get task(){return this.ctx.property?.tasks.get(String(this.params.taskId))}get taskName(){return this.task?.name??""}gone(){return this.task?void 0:this.ctx.localize("dialog.gone.task")}when(H){return typeof H=="string"?F(H,new Date,this.ctx.fmt,this.task?.all_day):"\u2014"}};function B(e,H,C){let V=s(e,H);if(V===void 0)return;let L=F5(V);if(L===void 0||Number.isNaN(L))throw new Error(C("error.number"));return L}var M2=class extends s1{constructor(){super(...arguments);this.openedAt=new Date}heading(){return this.ctx.localize("dialog.complete.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.complete.submit")}body(){let C=this.ctx.localize,V=this.ctx.property?.summary.currency??"";return t`
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
    `}async submit(C){let V=this.ctx.localize,L=this.taskName,M=a1(s(C,"performed_at")??"",this.ctx.fmt.timeZone),r=await this.ctx.client.call("complete_task",P({task_id:this.params.taskId,performed_at:M,notes:s(C,"notes"),cost:B(C,"cost",V)}),!0);return V("dialog.complete.done",{name:L,when:this.when(r?.next_due_at)})}};M2=A([v("haven-complete-dialog")],M2);var T1=class extends s1{constructor(){super(...arguments);this.choice="day"}heading(){return this.ctx.localize("dialog.snooze.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.snooze.submit")}body(){let C=this.ctx.localize,V=R5(new Date(Date.now()+864e5),this.ctx.fmt.timeZone),L=(M,r)=>t`<label class="choice"
        ><input
          type="radio"
          name="choice"
          .value=${M}
          .checked=${this.choice===M}
          @change=${()=>this.choice=M}
        />${r}</label
      >`;return t`<fieldset>
        <legend>${C("dialog.snooze.how_long")}</legend>
        ${L("day",C("dialog.snooze.one_day"))} ${L("week",C("dialog.snooze.one_week"))}
        ${L("date",C("dialog.snooze.until_date"))}
      </fieldset>
      ${this.choice==="date"?t`<label class="field">
            <span>${C("dialog.snooze.date")}</span>
            <input type="date" name="until" required min=${V} .value=${V} />
          </label>`:a}`}async submit(C){let V=this.taskName,L={task_id:this.params.taskId};this.choice==="date"?L.until=s(C,"until"):L.duration={days:this.choice==="day"?1:7};let M=await this.ctx.client.call("snooze_task",L,!0);return this.ctx.localize("dialog.snooze.done",{name:V,when:this.when(M?.next_due_at)})}};A([n()],T1.prototype,"choice",2),T1=A([v("haven-snooze-dialog")],T1);var r2=class extends s1{heading(){return this.ctx.localize("dialog.skip.title",{name:this.taskName})}submitLabel(){return this.ctx.localize("dialog.skip.submit")}body(){return t`<p>${this.ctx.localize("dialog.skip.text",{name:this.taskName})}</p>`}async submit(){let H=this.taskName,C=await this.ctx.client.call("skip_task",{task_id:this.params.taskId},!0);return this.ctx.localize("dialog.skip.done",{name:H,when:this.when(C?.next_due_at)})}};r2=A([v("haven-skip-dialog")],r2);var R1=class extends s1{connectedCallback(){super.connectedCallback(),this.ctx.client.household().then(H=>this.household=H,()=>this.household=void 0)}heading(){return this.taskName}body(){let H=this.task;if(!H)return a;let C=this.ctx.localize,V=H.asset_id?this.ctx.property?.assets.get(H.asset_id):void 0,L=String(this.params.panelPath??"haven"),M=(r,i)=>{let o=this.parentNode instanceof ShadowRoot?this.parentNode.host:this;this.close(),u(o,r,i)};return t`
      <p><span class="chip ${H.status}">${F2(this.ctx,H)}</span></p>
      ${H.next_due_at?t`<p class="muted">${X1(H.next_due_at,this.ctx.fmt)}</p>`:a}
      <p>${n1(H.schedule,w1(this.ctx))}</p>
      <p class="muted">
        ${H.last_completed_at?C("task.last_done",{when:G(H.last_completed_at,this.ctx.fmt)}):C("task.never_done")}
      </p>
      ${b.of(H).length?t`<p class="muted">
            ${C("task.assigned",{names:b.of(H).map(r=>K1(r,this.household,i=>this.ctx.hass.states[i]?.attributes.friendly_name??this.ctx.localize("common.someone"))).join(", ")})}
          </p>`:a}
      ${H.notes?t`<p>${H.notes}</p>`:a}
      <div class="row">
        ${H.schedule.kind!=="once"?t`<button type="button" class="btn" @click=${()=>M("skip",{taskId:H.task_id})}>
              ${m(f5)}${C("task.skip")}
            </button>`:a}
        <button type="button" class="btn" @click=${()=>M("task",{taskId:H.task_id})}>
          ${m(k1)}${C("task.edit")}
        </button>
        <button
          type="button"
          class="btn danger"
          @click=${()=>M("remove",{what:"task",id:H.task_id})}
        >
          ${m(y1)}${C("task.remove")}
        </button>
        ${V&&this.params.onAssetPage!==!0?t`<button
              type="button"
              class="btn plain"
              @click=${()=>{this.close(),_(w(L,{view:"asset",assetId:V.asset_id}))}}
            >
              ${C("asset.open",{name:V.name})}
            </button>`:a}
      </div>
    `}};A([n()],R1.prototype,"household",2),R1=A([v("haven-task-menu-dialog")],R1);var t2=class extends c{constructor(){super(...arguments);this.danger=!0}get what(){return this.params.what}get recordId(){return String(this.params.id)}get name(){let C=this.ctx.property;return(this.what==="asset"?C?.assets.get(this.recordId):this.what==="task"?C?.tasks.get(this.recordId):C?.supplies.get(this.recordId))?.name??""}gone(){if(!(this.busy||this.name))return this.what==="supply"?void 0:this.ctx.localize(`dialog.gone.${this.what}`)}heading(){return this.ctx.localize("dialog.remove.title",{name:this.name})}submitLabel(){return this.ctx.localize("dialog.remove.confirm")}body(){return t`<p>${this.ctx.localize(`dialog.remove.${this.what}_text`,{name:this.name})}</p>`}async submit(){let C=this.name,V=`${this.what}_id`;return await this.ctx.client.call(`remove_${this.what}`,{[V]:this.recordId}),this.what==="asset"&&typeof this.params.after=="string"&&_(this.params.after,!0),this.ctx.localize("dialog.remove.removed",{name:C})}};t2=A([v("haven-remove-dialog")],t2);var i2="__new__",$3=["days","weeks","months","years"];function F1(e,H){let C=e.property,V=C?H2(C,e.localize("common.no_zone")):[];return t`<label class="field">
    <span>${H.label}</span>
    <select name=${H.name} ?required=${H.required??!1}>
      ${H.noneLabel!==void 0?t`<option value="" ?selected=${!H.selected}>${H.noneLabel}</option>`:t`<option value="" disabled ?selected=${!H.selected}></option>`}
      ${V.map(L=>t`<optgroup label=${L.label}>
            ${L.assets.map(M=>t`<option value=${M.asset_id} ?selected=${M.asset_id===H.selected}>${M.name}</option>`)}
          </optgroup>`)}
    </select>
  </label>`}function H1(e,H,C,V){let L=s(e,H);if(!V)return L;if(L!==C)return L??null}var C1=class extends c{constructor(){super(...arguments);this.templates=[];this.templateId="";this.zoneChoice="";this.nameValue="";this.initialised=!1}get asset(){let C=this.params.assetId;return typeof C=="string"?this.ctx.property?.assets.get(C):void 0}get editing(){return typeof this.params.assetId=="string"}connectedCallback(){super.connectedCallback(),this.initialised||(this.initialised=!0,this.nameValue=this.asset?.name??"",this.zoneChoice=this.asset?.zone_id??this.params.zoneId??"",this.editing||this.ctx.client.templateList().then(C=>this.templates=C,()=>this.templates=[]))}gone(){return this.editing&&!this.asset?this.ctx.localize("dialog.gone.asset"):void 0}heading(){let C=this.ctx.localize;return this.editing?C("dialog.asset.edit_title",{name:this.asset?.name??""}):C("dialog.asset.add_title")}submitLabel(){return this.ctx.localize(this.editing?"common.save":"dialog.asset.submit_add")}categoryName(C){let V=`dialog.asset.category.${C}`,L=this.ctx.localize(V);return L===V?C.charAt(0).toUpperCase()+C.slice(1):L}templateBlock(){if(this.editing||!this.templates.length)return a;let C=this.ctx.localize,V=new Map;for(let M of this.templates){let r=V.get(M.category)??[];r.push(M),V.set(M.category,r)}let L=this.templates.find(M=>M.id===this.templateId);return t`<label class="field">
        <span>${C("dialog.asset.template")}</span>
        <select
          name="template"
          @change=${M=>{let r=M.target.value,i=this.templates.find(d=>d.id===this.templateId);this.templateId=r;let o=this.templates.find(d=>d.id===r);o&&(!this.nameValue||this.nameValue===i?.name)&&(this.nameValue=o.name)}}
        >
          <option value="">${C("dialog.asset.no_template")}</option>
          ${[...V.entries()].map(([M,r])=>t`<optgroup label=${this.categoryName(M)}>
                ${r.map(i=>t`<option value=${i.id} ?selected=${i.id===this.templateId}>${i.name}</option>`)}
              </optgroup>`)}
        </select>
      </label>
      ${L?.tasks.length?t`<p class="hint">${C("dialog.asset.template_tasks",{tasks:L.tasks.map(M=>M.name).join(", ")})}</p>`:a}`}body(){let C=this.ctx.localize,V=this.asset,L=[...this.ctx.property?.zones.values()??[]].sort((M,r)=>M.name.localeCompare(r.name));return t`
      ${this.templateBlock()}
      <label class="field">
        <span>${C("common.name")}</span>
        <input
          name="name"
          required
          autocomplete="off"
          .value=${this.nameValue}
          @input=${M=>this.nameValue=M.target.value}
        />
      </label>
      <label class="field">
        <span>${C("dialog.asset.zone")}</span>
        <select name="zone_choice" @change=${M=>this.zoneChoice=M.target.value}>
          <option value="" ?selected=${this.zoneChoice===""}>${C("common.no_zone")}</option>
          ${L.map(M=>t`<option value=${M.zone_id} ?selected=${M.zone_id===this.zoneChoice}>${M.name}</option>`)}
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
    `}async submit(C){let V=this.ctx.localize,L=this.ctx.property;if(!L)throw new Error(V("common.not_loaded"));let M=this.asset,r=this.editing,i=s(C,"name")??"",o={name:r&&i===M?.name?void 0:i,manufacturer:H1(C,"manufacturer",M?.manufacturer,r),model:H1(C,"model",M?.model,r),serial_number:H1(C,"serial_number",M?.serial_number,r),installed_on:H1(C,"installed_on",M?.installed_on,r),notes:H1(C,"notes",M?.notes,r)},d=s(C,"zone_choice");if(d===i2)o.zone=s(C,"new_zone");else if(d&&d!==M?.zone_id){let p=L.zones.get(d);o[p?.area_id?"area_id":"zone"]=p?.area_id??p?.name}return r?(await this.ctx.client.call("update_asset",P({asset_id:M?.asset_id,...o})),V("dialog.asset.saved",{name:i})):(await this.ctx.client.call("create_asset",P({config_entry_id:L.summary.config_entry_id,template:s(C,"template"),...o}),!0),V("dialog.asset.added",{name:i}))}};A([n()],C1.prototype,"templates",2),A([n()],C1.prototype,"templateId",2),A([n()],C1.prototype,"zoneChoice",2),A([n()],C1.prototype,"nameValue",2),C1=A([v("haven-asset-dialog")],C1);function E3(e){let H=[];for(let[C,V]of Object.entries(e.hass.states)){if(!V||!C.startsWith("sensor.")||V.state===""||Number.isNaN(Number(V.state)))continue;let L=V.attributes.unit_of_measurement,M=`${D(Number(V.state),e.fmt.locale)}${typeof L=="string"?` ${L}`:""}`;H.push({entityId:C,label:`${R2(e,C)} (${M})`})}return H.sort((C,V)=>C.label.localeCompare(V.label))}var z=class extends c{constructor(){super(...arguments);this.kind="interval";this.previewError="";this.previewLoading=!1;this.meterEntity="";this.people=[];this.previewSeq=0;this.initialised=!1;this.schedulePreview=()=>{window.clearTimeout(this.timer),this.timer=window.setTimeout(()=>{this.loadPreview()},400)}}get task(){let C=this.params.taskId;return typeof C=="string"?this.ctx.property?.tasks.get(C):void 0}get editing(){return typeof this.params.taskId=="string"}connectedCallback(){if(super.connectedCallback(),!this.initialised){this.initialised=!0;let C=this.task?.schedule;this.kind=C?.kind??"interval",this.meterEntity=C?.meter_entity_id??"",this.ctx.client.household().then(V=>this.people=b.choices(V),()=>this.people=[])}}disconnectedCallback(){super.disconnectedCallback(),window.clearTimeout(this.timer)}firstUpdated(){super.firstUpdated(),this.schedulePreview()}gone(){return this.editing&&!this.task?this.ctx.localize("dialog.gone.task"):void 0}heading(){let C=this.ctx.localize;return this.editing?C("dialog.task.edit_title",{name:this.task?.name??""}):C("dialog.task.add_title")}submitLabel(){return this.ctx.localize(this.editing?"common.save":"dialog.task.submit_add")}scheduleFields(C){let V=this.ctx.localize;switch(this.kind){case"interval":return{every:B(C,"every",V),unit:s(C,"unit"),anchor:s(C,"anchor")};case"cron":return{cron:s(C,"cron")};case"meter":{let L=B(C,"backstop_every",V);return{meter_entity_id:s(C,"meter_entity_id"),meter_every:B(C,"meter_every",V),every:L,unit:L!==void 0?s(C,"backstop_unit"):void 0}}default:return{}}}async loadPreview(){let C=this.ctx.property;if(!C||!this.formEl||this.kind==="once"){this.preview=void 0,this.previewError="";return}let V=new FormData(this.formEl),L;try{L=P(this.scheduleFields(V))}catch(i){this.preview=void 0,this.previewError=$(i);return}if(this.kind==="cron"&&!L.cron||this.kind==="meter"&&!L.meter_entity_id){this.preview=void 0,this.previewError="";return}let M=++this.previewSeq;this.previewLoading=!0;let r={kind:this.kind,...L};try{let i=await this.ctx.client.schedulePreview(P({config_entry_id:C.summary.config_entry_id,first_due:s(V,"first_due"),count:5,...L}));M===this.previewSeq&&(this.preview=i,this.previewSchedule=r,this.previewError="")}catch(i){M===this.previewSeq&&(this.preview=void 0,this.previewError=$(i))}finally{M===this.previewSeq&&(this.previewLoading=!1)}}kindChoice(C){return t`<label class="choice"
      ><input
        type="radio"
        name="kind"
        .value=${C}
        .checked=${this.kind===C}
        @change=${()=>{this.kind=C,this.preview=void 0,this.previewError="",this.schedulePreview()}}
      />${this.ctx.localize(`dialog.task.kind_${C}`)}</label
    >`}unitSelect(C,V){let L=this.ctx.localize;return t`<select name=${C}>
      ${$3.map(M=>t`<option value=${M} ?selected=${M===(V??"months")}>${L(`dialog.task.unit_${M}`)}</option>`)}
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
        >`;case"meter":{let L=E3(this.ctx),M=this.meterEntity?this.ctx.hass.states[this.meterEntity]:void 0;return t`<label class="field"
            ><span>${C("dialog.task.meter_entity")}</span>
            <select
              name="meter_entity_id"
              required
              @change=${r=>this.meterEntity=r.target.value}
            >
              <option value="" disabled ?selected=${!this.meterEntity}>${C("dialog.task.meter_pick")}</option>
              ${L.map(r=>t`<option value=${r.entityId} ?selected=${r.entityId===this.meterEntity}>${r.label}</option>`)}
            </select></label
          >
          ${L.length?a:t`<p class="hint">${C("dialog.task.meter_none")}</p>`}
          ${M?t`<p class="hint">
                ${C("dialog.task.meter_now",{value:`${D(Number(M.state),this.ctx.fmt.locale)} ${M.attributes.unit_of_measurement??""}`.trim()})}
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
    </section>`}previewWords(C){return C.description?C.description:this.previewSchedule?n1(this.previewSchedule,w1(this.ctx)):""}assigneeBlock(){if(!this.people.length)return a;let C=this.ctx.localize,V=this.task?b.of(this.task):[];return b.multiple?t`<fieldset>
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
    </label>`}assigneeFields(C){if(!this.people.length)return{};let V=C.getAll("assignee").filter(r=>typeof r=="string"&&r!==""),L=this.task?b.of(this.task):[];return V.length===L.length&&V.every(r=>L.includes(r))?{}:b.fields(V)}meterBlock(){let C=this.task,V=C&&this.kind==="meter"&&C.schedule.meter_entity_id===this.meterEntity?L2(this.ctx,C):void 0;return V?t`<p class="hint">${this.ctx.localize("dialog.task.meter_since",{progress:V})}</p>`:a}body(){let C=this.ctx.localize,V=this.task,L=V?.asset_id??this.params.assetId;return t`
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
          ${[0,1,2,3].map(M=>t`<option value=${M} ?selected=${M===(V?.priority??1)}>${C(`task.priority_${M}`)}</option>`)}
        </select>
      </label>
      <label class="field"><span>${C("dialog.task.notes")}</span><textarea name="notes" .value=${V?.notes??""}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,L=this.ctx.property;if(!L)throw new Error(V("common.not_loaded"));let M=s(C,"name")??"",r=P({name:M,...this.scheduleFields(C),first_due:s(C,"first_due"),lead_days:B(C,"lead_days",V),priority:B(C,"priority",V),notes:this.editing?s(C,"notes")??(this.task?.notes?null:void 0):s(C,"notes"),...this.assigneeFields(C)});if(this.editing)return await this.ctx.client.call("update_task",{task_id:this.task?.task_id,...r}),V("dialog.task.saved",{name:M});let i=s(C,"asset_id");return await this.ctx.client.call("create_task",{...i?{asset_id:i}:{config_entry_id:L.summary.config_entry_id},...r},!0),V("dialog.task.added",{name:M})}};A([n()],z.prototype,"kind",2),A([n()],z.prototype,"preview",2),A([n()],z.prototype,"previewError",2),A([n()],z.prototype,"previewLoading",2),A([n()],z.prototype,"meterEntity",2),A([n()],z.prototype,"people",2),z=A([v("haven-task-dialog")],z);var o2=class extends c{get supply(){let H=this.params.supplyId;return typeof H=="string"?this.ctx.property?.supplies.get(H):void 0}get assetId(){return this.supply?.asset_id??String(this.params.assetId)}gone(){return this.ctx.property?.assets.has(this.assetId)?void 0:this.ctx.localize("dialog.gone.asset")}heading(){let H=this.ctx.localize;return this.supply?H("dialog.supply.edit_title",{name:this.supply.name}):H("dialog.supply.add_title")}submitLabel(){return this.ctx.localize(this.supply?"common.save":"common.add")}body(){let H=this.ctx.localize,C=this.supply,V=[...this.ctx.property?.tasks.values()??[]].filter(L=>L.asset_id===this.assetId);return t`
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
    `}async submit(H){let C=this.ctx.localize,V=this.supply,L=V!==void 0,M=s(H,"name")??"",r=P({name:M,quantity:B(H,"quantity",C)??(L&&V.quantity!==void 0?null:void 0),part_number:H1(H,"part_number",V?.part_number,L),purchase_url:H1(H,"purchase_url",V?.purchase_url,L),task_id:H1(H,"task_id",V?.task_id,L)});return L?await this.ctx.client.call("update_supply",{supply_id:V.supply_id,...r}):await this.ctx.client.call("add_supply",{asset_id:this.assetId,...r},!0),C("dialog.supply.saved",{name:M})}};o2=A([v("haven-supply-dialog")],o2);var a2=class extends c{constructor(){super(...arguments);this.openedAt=new Date}heading(){return this.ctx.localize("dialog.log.title")}submitLabel(){return this.ctx.localize("dialog.log.submit")}body(){let C=this.ctx.localize,V=this.ctx.property?.summary.currency??"";return t`
      ${F1(this.ctx,{name:"asset_id",label:C("dialog.log.asset"),selected:this.params.assetId,required:!0})}
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
    `}async submit(C){let V=this.ctx.localize;return await this.ctx.client.call("log_maintenance",P({asset_id:s(C,"asset_id"),action:s(C,"action"),performed_at:a1(s(C,"performed_at")??"",this.ctx.fmt.timeZone),cost:B(C,"cost",V),notes:s(C,"notes")}),!0),V("dialog.log.done")}};a2=A([v("haven-log-dialog")],a2);function A2(e,H,C){return e===0?C("error.network"):e===413?C("error.too_large"):e===415?C("error.unsupported_type"):e===403||e===401?C("error.forbidden",{message:H??String(e)}):e===400?C("error.bad_request",{message:H??""}):C("error.generic",{message:H??`HTTP ${e}`})}function j5(e){let H=e&&typeof e=="object"&&"name"in e?String(e.name):"";return H==="NotAllowedError"||H==="SecurityError"||H==="PermissionDeniedError"?"mic_denied":H==="NotFoundError"||H==="OverconstrainedError"||H==="DevicesNotFoundError"?"mic_absent":"mic_unsupported"}var D3=600*1e3,I3={"audio/webm":"webm","audio/ogg":"ogg","audio/mp4":"m4a","audio/mpeg":"mp3","audio/wav":"wav"},O=class extends c{constructor(){super(...arguments);this.fileName="";this.previewUrl="";this.recording=!1;this.elapsed=0;this.progress=-1;this.micMessage="";this.onPicked=C=>{let L=C.target.files?.[0];L&&(this.error="",this.setFile(L,L.name))}}disconnectedCallback(){super.disconnectedCallback(),this.stopStream(),this.abort?.abort(),this.previewUrl&&URL.revokeObjectURL(this.previewUrl)}heading(){return this.ctx.localize("dialog.capture.title")}submitLabel(){return this.ctx.localize("dialog.capture.submit")}setFile(C,V){this.previewUrl&&URL.revokeObjectURL(this.previewUrl),this.file=C,this.fileName=V,this.previewUrl=C?URL.createObjectURL(C):""}pick(C){C.value="",C.click()}async startRecording(){let C=this.ctx.localize;if(this.micMessage="",!navigator.mediaDevices?.getUserMedia||typeof MediaRecorder>"u"){this.micMessage=C("dialog.capture.mic_unsupported");return}try{this.stream=await navigator.mediaDevices.getUserMedia({audio:{echoCancellation:!1,noiseSuppression:!1,autoGainControl:!1}})}catch(i){this.micMessage=C(`dialog.capture.${j5(i)}`);return}let V=["audio/webm;codecs=opus","audio/ogg;codecs=opus","audio/mp4","audio/webm"].find(i=>MediaRecorder.isTypeSupported(i)),L=new MediaRecorder(this.stream,V?{mimeType:V}:{}),M=[];L.addEventListener("dataavailable",i=>{i.data.size&&M.push(i.data)}),L.addEventListener("stop",()=>{let i=(L.mimeType||V||"audio/webm").split(";")[0],o=new Blob(M,{type:i});this.setFile(o,`voice-memo.${I3[i]??"webm"}`),this.stopStream()}),this.recorder=L;let r=Date.now();this.elapsed=0,this.recording=!0,this.setFile(void 0,""),L.start(1e3),this.ticker=window.setInterval(()=>{this.elapsed=(Date.now()-r)/1e3,Date.now()-r>D3&&this.stopRecording()},250)}stopRecording(){window.clearInterval(this.ticker),this.recording=!1,this.recorder&&this.recorder.state!=="inactive"&&this.recorder.stop(),this.recorder=void 0}stopStream(){window.clearInterval(this.ticker),this.recorder&&this.recorder.state!=="inactive"&&this.recorder.stop(),this.stream?.getTracks().forEach(C=>C.stop()),this.stream=void 0}body(){let C=this.ctx.localize,V=this.file?.type.startsWith("image/"),L=this.file?.type.startsWith("audio/");return t`
      <input id="camera" type="file" accept="image/*" capture="environment" hidden @change=${this.onPicked} />
      <input id="picker" type="file" accept="image/*,audio/*" hidden @change=${this.onPicked} />
      <div class="row">
        <button type="button" class="btn" ?disabled=${this.recording} @click=${()=>this.pick(this.cameraInput)}>
          ${m(m5)}${C("dialog.capture.photo")}
        </button>
        <button type="button" class="btn" ?disabled=${this.recording} @click=${()=>this.pick(this.pickerInput)}>
          ${m(Q1)}${C("dialog.capture.file")}
        </button>
        ${this.recording?t`<button type="button" class="btn primary danger" @click=${()=>this.stopRecording()}>
              ${m(O5)}${C("dialog.capture.stop")}
            </button>`:t`<button type="button" class="btn" @click=${()=>{this.startRecording()}}>
              ${m(h5)}${C("dialog.capture.record")}
            </button>`}
      </div>
      ${this.recording?t`<p role="status" class="recording">
            <span class="dot" aria-hidden="true"></span>${C("dialog.capture.recording",{time:T2(this.elapsed)})}
          </p>`:a}
      ${this.micMessage?t`<p class="error-text" role="alert">${this.micMessage}</p>`:a}
      ${this.file?t`<div class="preview">
            <p>
              ${L&&this.fileName.startsWith("voice-memo")?C("dialog.capture.recorded",{time:T2(this.elapsed)}):C("dialog.capture.chosen",{name:this.fileName,size:J1(this.file.size,this.ctx.fmt.locale)})}
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
    `}async submit(C){let V=this.ctx.localize,L=this.ctx.property;if(!L)throw new Error(V("common.not_loaded"));this.recording&&(this.stopRecording(),await new Promise(o=>setTimeout(o,300)));let M=s(C,"text");if(!this.file&&!M)throw new Error(V("dialog.capture.empty"));let r=new FormData;r.append("config_entry_id",L.summary.config_entry_id);let i=s(C,"asset_id");i&&r.append("asset_id",i),M&&r.append("text",M),this.file&&r.append("file",this.file,this.fileName||"capture"),this.progress=0,this.abort=new AbortController;try{let o=await this.ctx.client.upload("/api/haven/capture",r,d=>this.progress=d,this.abort.signal);if(o.status!==201)throw new Error(A2(o.status,o.body.message,V))}finally{this.progress=-1}return V("dialog.capture.sent")}};A([n()],O.prototype,"file",2),A([n()],O.prototype,"fileName",2),A([n()],O.prototype,"previewUrl",2),A([n()],O.prototype,"recording",2),A([n()],O.prototype,"elapsed",2),A([n()],O.prototype,"progress",2),A([n()],O.prototype,"micMessage",2),A([j("#camera")],O.prototype,"cameraInput",2),A([j("#picker")],O.prototype,"pickerInput",2),O=A([v("haven-capture-dialog")],O);var _1=class extends c{constructor(){super(...arguments);this.outcome="task";this.openedAt=new Date}get item(){return this.ctx.property?.inbox.get(String(this.params.itemId))}gone(){return this.item?void 0:this.ctx.localize("dialog.gone.capture")}heading(){return this.ctx.localize("dialog.triage.title")}submitLabel(){return this.ctx.localize("dialog.triage.submit")}body(){let C=this.ctx.localize,V=this.item;if(!V)return a;let L=V.analysis??{},M=[V.text,V.transcription,L.description].filter(Boolean).join(`
`),r=o=>t`<label class="choice"
        ><input
          type="radio"
          name="outcome"
          .value=${o}
          .checked=${this.outcome===o}
          @change=${()=>this.outcome=o}
        />${C(`dialog.triage.outcome_${o}`)}</label
      >`,i=["days","weeks","months","years"];return t`
      <p class="hint">${V.summary}</p>
      <fieldset>
        <legend>${C("dialog.triage.outcome")}</legend>
        ${r("task")} ${r("log")} ${r("note")}
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
                  ${i.map(o=>t`<option value=${o} ?selected=${o==="months"}>${C(`dialog.task.unit_${o}`)}</option>`)}
                </select></label
              >
            </div>
            <label class="field"><span>${C("dialog.task.first_due")}</span><input type="date" name="first_due" /></label>`:a}
      ${this.outcome==="log"?t`<div class="row">
            <label class="field"
              ><span>${C("dialog.triage.performed_at")}</span
              ><input type="datetime-local" name="performed_at" .value=${X(this.openedAt,this.ctx.fmt.timeZone)}
            /></label>
            <label class="field"
              ><span>${C("dialog.complete.cost",{currency:this.ctx.property?.summary.currency??""})}</span
              ><input name="cost" inputmode="decimal"
            /></label>
          </div>`:a}
      <label class="field"><span>${C("common.notes")}</span><textarea name="notes" .value=${M}></textarea></label>
    `}async submit(C){let V=this.ctx.localize,L=s(C,"name"),M=B(C,"every",V);return await this.ctx.client.call("triage_capture",P({inbox_item_id:this.params.itemId,outcome:this.outcome,asset_id:s(C,"asset_id"),notes:s(C,"notes"),...this.outcome==="task"?{name:L,every:M,unit:M!==void 0?s(C,"unit"):void 0,first_due:s(C,"first_due")}:{},...this.outcome==="log"?{action:L,performed_at:a1(s(C,"performed_at")??"",this.ctx.fmt.timeZone),cost:B(C,"cost",V)}:{}}),!0),V("inbox.filed")}};A([n()],_1.prototype,"outcome",2),_1=A([v("haven-triage-dialog")],_1);var N3={complete:"haven-complete-dialog",snooze:"haven-snooze-dialog",skip:"haven-skip-dialog","task-menu":"haven-task-menu-dialog",log:"haven-log-dialog",asset:"haven-asset-dialog",task:"haven-task-dialog",supply:"haven-supply-dialog",remove:"haven-remove-dialog",triage:"haven-triage-dialog",capture:"haven-capture-dialog"},z3=5e3,W3=6e4,h=class extends S{constructor(){super(...arguments);this.toastMessage="";this.now=new Date;this.onDialogRequest=C=>{C.stopPropagation();let V=this.havenContext();if(!V)return;this.dialog?.close();let L=document.createElement(N3[C.detail.kind]);L.ctx=this.hass?{...V,hass:this.hass}:V,L.params={panelPath:this.panelPath(),...C.detail.params},this.dialog=L,this.renderRoot.appendChild(L)};this.onDialogClosed=C=>{let V=C.composedPath()[0];V instanceof HTMLElement&&V.parentNode===this.renderRoot&&V.remove(),V===this.dialog&&(this.dialog=void 0)};this.onToast=C=>{C.stopPropagation(),this.toastMessage=C.detail.message,window.clearTimeout(this.toastTimer),this.toastTimer=window.setTimeout(()=>this.toastMessage="",z3)}}subscriptionEntry(){}connectedCallback(){super.connectedCallback(),this.addEventListener("haven-dialog",this.onDialogRequest),this.addEventListener("haven-toast",this.onToast),this.addEventListener("haven-dialog-closed",this.onDialogClosed),this.clock=window.setInterval(()=>this.now=new Date,W3),this.connect()}disconnectedCallback(){super.disconnectedCallback(),this.removeEventListener("haven-dialog",this.onDialogRequest),this.removeEventListener("haven-toast",this.onToast),this.removeEventListener("haven-dialog-closed",this.onDialogClosed),window.clearInterval(this.clock),this.disconnect()}willUpdate(C){C.has("hass")&&this.hass&&(this.client&&this.client.hass.connection!==this.hass.connection&&this.disconnect(),this.client?this.client.hass=this.hass:this.connect())}updated(){let C=this.havenContext(),V=this.dialog?.ctx;this.dialog&&C&&this.hass&&V&&(V.data!==C.data||V.property!==C.property||V.hass!==this.hass)&&(this.dialog.ctx={...C,hass:this.hass})}connect(){!this.hass||this.stopListening||!this.isConnected||(this.client=e2.for(this.hass,this.subscriptionEntry()),this.stopListening=this.client.listen(C=>this.live=C))}disconnect(){this.stopListening?.(),this.stopListening=void 0,this.client=void 0}havenContext(){if(!this.hass||!this.client||!this.live)return;let C=this.propertyData(),V=this.cachedContext,L=this.hass,M=V!==void 0&&(V.hass===L||V.hass.language===L.language&&V.hass.locale===L.locale&&V.hass.config===L.config&&V.hass.connection===L.connection);return V&&M&&V.data===this.live.data&&V.property===C&&V.now===this.now?V:(this.cachedContext={hass:this.hass,client:this.client,localize:k(this.hass.language),fmt:G5(this.hass),data:this.live.data,property:C,now:this.now},this.cachedContext)}propertyData(){let C=this.live?.data;if(!C)return;let V=this.currentPropertyId();return(V?C.properties.get(V):void 0)??C.properties.values().next().value}panelPath(){return"haven"}renderToast(){return t`<div role="status" aria-live="polite" class=${this.toastMessage?"toast":"visually-hidden"}>
      ${this.toastMessage||a}
    </div>`}renderLink(){let C=k(this.hass?.language);return this.live?.link==="reconnecting"?t`<p class="banner" role="status">${C("common.reconnecting")}</p>`:this.live?.link==="error"?t`<p class="banner" role="alert">${C("error.generic",{message:this.live.error??""})}</p>`:a}};h.rootStyles=[N,Z`
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
    `],A([x({attribute:!1})],h.prototype,"hass",2),A([n()],h.prototype,"live",2),A([n()],h.prototype,"toastMessage",2),A([n()],h.prototype,"now",2);var r1=class extends h{setConfig(H){if(!H||typeof H!="object")throw new Error("Invalid configuration");let C=this.config?.config_entry_id;this.config=H,C!==H.config_entry_id&&this.client&&(this.disconnect(),this.connect())}subscriptionEntry(){return this.config?.config_entry_id||void 0}currentPropertyId(){return this.config?.config_entry_id}willUpdate(H){super.willUpdate(H)}card(H){return t`<ha-card>${this.renderLink()} ${H}</ha-card>${this.renderToast()}`}openPanel(H,C){H.button!==0||H.metaKey||H.ctrlKey||H.shiftKey||(H.preventDefault(),_(C))}waiting(H){let C=k(this.hass?.language);if(!H||this.live?.link==="connecting")return this.card(t`<p class="empty" role="status">${C("common.connecting")}</p>`);if(!H.property)return this.card(t`<p class="empty">${C("card.no_properties")}</p>`)}};r1.styles=[...h.rootStyles,m1,Z`
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
    `],A([n()],r1.prototype,"config",2);var d2=class extends r1{static getConfigElement(){return document.createElement("haven-card-editor")}static getStubConfig(){return{max_tasks:6,show_recent:!0}}getCardSize(){return 2+Math.min(this.config?.max_tasks??6,6)}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??t``;let V=H.property,L=H.localize,M=V.summary,r=this.config?.max_tasks??6,i=d1([...V.tasks.values()].filter(o=>o.status==="overdue"||o.status==="due_soon"));return this.card(t`
      <div class="head">
        <h2>
          <a href="/haven" @click=${o=>this.openPanel(o,"/haven")}>${this.config?.title||M.name}</a>
        </h2>
        <span class="health ${V2(M.health)}" aria-label=${`${L("home.health")}: ${Math.round(M.health)} %`}
          >${Math.round(M.health)} %</span
        >
      </div>
      <p class="sub muted">
        ${L("count.overdue",{count:M.counts.overdue})} · ${L("count.due_soon",{count:M.counts.due_soon})}
      </p>
      ${i.length?t`<ul class="tasks">
            ${i.slice(0,r).map(o=>J(H,o,{showAsset:!0,compact:!0}))}
          </ul>`:t`<p class="empty">${L("card.all_caught_up")}</p>`}
      ${i.length>r?t`<p class="sub muted">${L("card.more",{count:i.length-r})}</p>`:a}
      ${this.config?.show_recent!==!1&&V.recentLogs.length?t`<h3>${L("home.recent_work")}</h3>
            <ul class="logs">
              ${V.recentLogs.slice(0,3).map(o=>p1(H,o,M.currency))}
            </ul>`:a}
      <div class="foot">
        <a class="btn plain small" href="/haven" @click=${o=>this.openPanel(o,"/haven")}
          >${m(G1)}${L("card.open_panel")}</a
        >
      </div>
    `)}};d2=A([v("haven-overview-card")],d2);var n2=class extends r1{static getConfigElement(){let H=document.createElement("haven-card-editor");return H.setAttribute("with-asset",""),H}static getStubConfig(){return{asset_id:""}}getCardSize(){return 4}currentPropertyId(){let H=this.live?.data,C=this.config?.asset_id;if(H&&C){for(let[V,L]of H.properties)if(L.assets.has(C))return V}return this.config?.config_entry_id}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??t``;let V=H.localize,L=this.config?.asset_id?H.property.assets.get(this.config.asset_id):void 0;if(!L)return this.card(t`<p class="empty">${this.config?.asset_id?V("asset.not_found"):V("card.pick_asset")}</p>`);let M=w("haven",{view:"asset",assetId:L.asset_id}),r=d1([...H.property.tasks.values()].filter(i=>i.asset_id===L.asset_id));return this.card(t`
      <div class="head">
        <h2><a href=${M} @click=${i=>this.openPanel(i,M)}>${this.config?.title||L.name}</a></h2>
        ${L.overdue?t`<span class="chip overdue">${V("asset.overdue")}</span>`:a}
      </div>
      ${r.length?t`<ul class="tasks">
            ${r.map(i=>J(H,i,{compact:!0}))}
          </ul>`:t`<p class="empty">${V("asset.no_tasks")}</p>`}
    `)}};n2=A([v("haven-asset-card")],n2);var p2=class extends r1{static getConfigElement(){let H=document.createElement("haven-card-editor");return H.setAttribute("with-asset",""),H.setAttribute("asset-optional",""),H}static getStubConfig(){return{}}getCardSize(){return 2}render(){let H=this.havenContext(),C=this.waiting(H);if(C||!H?.property)return C??t``;let V=H.localize;return this.card(t`
      <div class="head">
        <h2>${this.config?.title||V("card.capture_prompt")}</h2>
      </div>
      <div class="foot">
        <button
          class="btn primary"
          @click=${L=>u(L.currentTarget,"capture",this.config?.asset_id?{assetId:this.config.asset_id}:{})}
        >
          ${m(R)}${V("nav.capture")}
        </button>
      </div>
    `)}};p2=A([v("haven-capture-card")],p2);var v1=class extends h{constructor(){super(...arguments);this.config={type:""}}setConfig(C){this.config=C}currentPropertyId(){return this.config.config_entry_id}change(C){let V={...this.config,...C};for(let[L,M]of Object.entries(V))(M===""||M===void 0)&&delete V[L];this.config=V,this.dispatchEvent(new CustomEvent("config-changed",{detail:{config:V},bubbles:!0,composed:!0}))}render(){let C=k(this.hass?.language),V=this.havenContext(),L=[...this.live?.data.properties.values()??[]],M=this.hasAttribute("with-asset"),r=this.hasAttribute("asset-optional"),i=!M,o=V?.property?[...V.property.assets.values()].sort((d,p)=>d.name.localeCompare(p.name)):[];return t`
      ${L.length>1?t`<label class="field"
            ><span>${C("common.property")}</span>
            <select @change=${d=>this.change({config_entry_id:d.target.value,asset_id:""})}>
              ${L.map(d=>t`<option value=${d.summary.config_entry_id} ?selected=${d.summary.config_entry_id===V?.property?.summary.config_entry_id}>
                    ${d.summary.name}
                  </option>`)}
            </select></label
          >`:a}
      ${M?t`<label class="field"
            ><span>${C("dialog.task.asset")}</span>
            <select @change=${d=>this.change({asset_id:d.target.value})}>
              <option value="" ?selected=${!this.config.asset_id}>${r?C("common.none"):""}</option>
              ${o.map(d=>t`<option value=${d.asset_id} ?selected=${d.asset_id===this.config.asset_id}>${d.name}</option>`)}
            </select></label
          >`:a}
      <label class="field"
        ><span>${C("card.title")}</span
        ><input .value=${this.config.title??""} @change=${d=>this.change({title:d.target.value})}
      /></label>
      ${i?t`<label class="field"
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
            >`:a}
    `}};v1.styles=[...h.rootStyles,Z`
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
    `],A([n()],v1.prototype,"config",2),v1=A([v("haven-card-editor")],v1);var Y5=[{type:"haven-overview-card",key:"overview"},{type:"haven-asset-card",key:"asset"},{type:"haven-capture-card",key:"capture"}];var X5=e=>(...H)=>({_$litDirective$:e,values:H}),m2=class{constructor(H){}get _$AU(){return this._$AM._$AU}_$AT(H,C,V){this._$Ct=H,this._$AM=C,this._$Ci=V}_$AS(H,C){return this.update(H,C)}update(H,C){return this.render(...C)}};var U3={},$2=X5(class extends m2{constructor(){super(...arguments),this.ot=U3}render(e,H){return H()}update(e,[H,C]){if(Array.isArray(H)){if(Array.isArray(this.ot)&&this.ot.length===H.length&&H.every((V,L)=>V===this.ot[L]))return E}else if(this.ot===H)return E;return this.ot=Array.isArray(H)?Array.from(H):H,this.render(H,C)}});var E2=50,J5="haven.groupBy",G3=150,g=class extends S{constructor(){super(...arguments);this.panelPath="haven";this.groupBy=localStorage.getItem(J5)??"zone";this.zoneId="";this.assetId="";this.assignee="";this.query="";this.expanded=new Set;this.showAll=new Set;this.onSearch=C=>{let V=C.target.value;window.clearTimeout(this.searchTimer),this.searchTimer=window.setTimeout(()=>this.query=V.trim(),150)};this.clearFilters=()=>{this.query="",this.zoneId="",this.assetId="",this.assignee="";let C=this.renderRoot.querySelector("input[type=search]");C&&(C.value="")}}get property(){return this.ctx.property}willUpdate(C){if(C.has("ctx")&&!C.get("ctx")&&this.ctx.client.household().then(V=>this.household=V,()=>this.household=void 0),C.has("ctx")){let V=this.property;this.assetId&&V&&!V.assets.has(this.assetId)&&(this.assetId=""),this.zoneId&&this.zoneId!==A1&&V&&!V.zones.has(this.zoneId)&&(this.zoneId="")}}filtering(){return!!(this.query||this.zoneId||this.assetId||this.assignee)}compute(C){let V=[C.tasks,C.assets,C.zones,this.groupBy,this.zoneId,this.assetId,this.assignee,this.query,this.ctx.localize];if(this.memo&&this.memo.key.every((d,p)=>d===V[p]))return this.memo.value;let L=this.ctx.localize,M=I5(C.tasks.values(),{zoneId:this.zoneId,assetId:this.assetId,assignee:this.assignee,query:this.query},C),r=N5(M),i={noZone:L("common.no_zone"),houseWide:L("common.house_wide")},o={buckets:r,total:r.overdue.length+r.due_soon.length+r.upcoming.length,groups:{overdue:C2(r.overdue,this.groupBy,C,i),due_soon:C2(r.due_soon,this.groupBy,C,i),upcoming:C2(r.upcoming,this.groupBy,C,i)}};return this.memo={key:V,value:o},o}setGroupBy(C){this.groupBy=C,this.expanded=new Set,localStorage.setItem(J5,C)}toggleGroup(C){let V=new Set(this.expanded);V.has(C)?V.delete(C):V.add(C),this.expanded=V}renderSummary(C){let V=this.ctx.localize,L=C.summary,M=V2(L.health),r=C.inbox.size;return t`<div class="summary">
      <div class="stat card-box ${M}">
        <span class="muted">${V("home.health")}</span>
        <span class="value">${V("home.health_value",{health:Math.round(L.health)})}</span>
        <span class="muted"
          >${V("home.health_detail",{overdue:V("count.overdue",{count:L.counts.overdue}),due_soon:V("count.due_soon",{count:L.counts.due_soon})})}</span
        >
      </div>
      <div class="stat card-box">
        <span class="muted">${V("home.spent_this_year")}</span>
        <span class="value">${Q(L.spent_this_year,L.currency,this.ctx.fmt.locale)}</span>
        ${L.budget!==void 0?t`<span class="muted">${V("home.budget_of",{budget:Q(L.budget,L.currency,this.ctx.fmt.locale)})}</span>`:a}
      </div>
      <button class="stat card-box" @click=${()=>_(w(this.panelPath,{view:"inbox"}))}>
        <span class="muted">${V("home.open_inbox")}</span>
        <span class="value">${r}</span>
        <span class="muted">${V("count.items",{count:r})}</span>
      </button>
    </div>`}assignees(C){return this.assigneeMemo?.tasks!==C.tasks&&(this.assigneeMemo={tasks:C.tasks,value:y5(C.tasks.values())}),this.assigneeMemo.value}renderToolbar(C){let V=this.ctx.localize,L=this.assignees(C),M=r=>K1(r,this.household,i=>this.ctx.hass.states[i]?.attributes.friendly_name??this.ctx.localize("common.someone"));return t`<div class="toolbar" role="search">
      <label class="field search">
        <span>${V("common.search")}</span>
        <input type="search" .value=${this.query} @input=${this.onSearch} autocomplete="off" />
        ${m(c5)}
      </label>
      <label class="field">
        <span>${V("home.filter_zone")}</span>
        <select @change=${r=>this.zoneId=r.target.value}>
          ${$2([C.zones,this.zoneId,V],()=>{let r=[...C.zones.values()].sort((i,o)=>i.name.localeCompare(o.name));return t`<option value="" ?selected=${!this.zoneId}>${V("common.all_zones")}</option>
              ${r.map(i=>t`<option value=${i.zone_id} ?selected=${this.zoneId===i.zone_id}>${i.name}</option>`)}
              <option value=${A1} ?selected=${this.zoneId===A1}>${V("common.no_zone")}</option>`})}
        </select>
      </label>
      <label class="field">
        <span>${V("home.filter_asset")}</span>
        <select @change=${r=>this.assetId=r.target.value}>
          ${$2([C.assets,C.zones,this.assetId,V],()=>t`<option value="" ?selected=${!this.assetId}>${V("common.all_assets")}</option>
              ${H2(C,V("common.no_zone")).map(r=>t`<optgroup label=${r.label}>
                  ${r.assets.map(i=>t`<option value=${i.asset_id} ?selected=${this.assetId===i.asset_id}>${i.name}</option>`)}
                </optgroup>`)}`)}
        </select>
      </label>
      ${L.length?t`<label class="field">
            <span>${V("home.filter_assignee")}</span>
            <select @change=${r=>this.assignee=r.target.value}>
              <option value="">${V("common.everyone")}</option>
              ${L.map(r=>t`<option value=${r} ?selected=${this.assignee===r}>${M(r)}</option>`)}
            </select>
          </label>`:a}
      <div class="field">
        <span id="group-label">${V("home.group_by")}</span>
        <div class="toggle" role="group" aria-labelledby="group-label">
          <button aria-pressed=${this.groupBy==="zone"} @click=${()=>this.setGroupBy("zone")}>${V("home.group_zone")}</button>
          <button aria-pressed=${this.groupBy==="asset"} @click=${()=>this.setGroupBy("asset")}>${V("home.group_asset")}</button>
        </div>
      </div>
    </div>`}renderOpenSection(C,V,L){if(!L)return a;let M=this.ctx.localize,r=this.showAll.has(C),i=r?Number.POSITIVE_INFINITY:E2,o=[];for(let d of V){if(i<=0)break;let p=d.tasks.slice(0,i);i-=p.length,o.push(t`<div class="group">
        <h3 class="group-title">${d.label}</h3>
        <ul class="tasks">
          ${p.map(l=>J(this.ctx,l,{showAsset:!0}))}
        </ul>
      </div>`)}return t`<section class="card-box" aria-labelledby="h-${C}">
      <h2 id="h-${C}">${M(`home.${C}`)} <span class="muted">${M("count.tasks",{count:L})}</span></h2>
      ${o}
      ${L>E2&&!r?t`<div class="more">
            <button class="btn" @click=${()=>this.showAll=new Set([...this.showAll,C])}>
              ${M("common.show_more",{count:L-E2})}
            </button>
          </div>`:a}
    </section>`}renderUpcoming(C,V){if(!V)return a;let L=this.ctx.localize,M=this.filtering()&&V<=G3;return t`<section class="card-box" aria-labelledby="h-upcoming">
      <h2 id="h-upcoming">${L("home.upcoming")} <span class="muted">${L("count.tasks",{count:V})}</span></h2>
      ${C.map(r=>{let i=M||this.expanded.has(r.key),o=r.tasks[0],d=o?.next_due_at?F(o.next_due_at,this.ctx.now,this.ctx.fmt,o.all_day):"";return t`<div class="group">
          <button
            class="group-toggle"
            aria-expanded=${i}
            @click=${()=>this.toggleGroup(r.key)}
          >
            ${m(i?s5:v5)}
            <span class="label">${r.label}</span>
            <span class="muted">${L("count.tasks",{count:r.tasks.length})}${d?` \xB7 ${d}`:""}</span>
          </button>
          ${i?t`<ul class="tasks">
                ${r.tasks.map(p=>J(this.ctx,p,{showAsset:!0}))}
              </ul>`:a}
        </div>`})}
    </section>`}renderRecent(C){let V=this.ctx.localize,L=C.summary;return t`<section class="card-box" aria-labelledby="h-recent">
      <h2 id="h-recent">${V("home.recent_work")}</h2>
      ${C.recentLogs.length?t`<ul class="logs">
            ${C.recentLogs.map(M=>p1(this.ctx,M,L.currency))}
          </ul>`:t`<p class="empty">${V("home.no_recent_work")}</p>`}
      <div class="footer-row">
        <span>${V("home.spent_this_year")}</span>
        <span>${Q(L.spent_this_year,L.currency,this.ctx.fmt.locale)}</span>
      </div>
    </section>`}render(){let C=this.property;if(!C)return t`<p class="empty">${this.ctx.localize("common.not_loaded")}</p>`;let V=this.ctx.localize,L=this.compute(C),M=L.buckets;return t`
      ${this.renderSummary(C)}
      <div class="actions">
        <button class="btn" @click=${()=>u(this,"asset")}>${m(R)}${V("nav.add_asset")}</button>
        <button class="btn" @click=${()=>u(this,"task")}>${m(R)}${V("nav.add_task")}</button>
        <button class="btn" @click=${()=>u(this,"log")}>${m(q1)}${V("nav.log_work")}</button>
      </div>
      <div class="columns">
        <div>
          ${this.renderToolbar(C)}
          ${this.filtering()?t`<p class="results muted" role="status">${V("home.results",{count:L.total})}
                <button class="btn plain small" @click=${this.clearFilters}>${V("home.clear_filters")}</button></p>`:a}
          ${!M.overdue.length&&!M.due_soon.length&&!this.filtering()&&C.tasks.size?t`<section class="card-box"><p class="all-good">${V("home.nothing_due")}</p></section>`:a}
          ${this.renderOpenSection("overdue",L.groups.overdue,M.overdue.length)}
          ${this.renderOpenSection("due_soon",L.groups.due_soon,M.due_soon.length)}
          ${this.renderUpcoming(L.groups.upcoming,M.upcoming.length)}
          ${L.total===0?t`<section class="card-box"><p class="empty">${V(C.tasks.size?"home.no_tasks":"home.no_tasks_yet")}</p></section>`:a}
        </div>
        <div>${this.renderRecent(C)}</div>
      </div>
    `}};g.styles=[N,m1,Z`
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
    `],A([x({attribute:!1})],g.prototype,"ctx",2),A([x({attribute:!1})],g.prototype,"panelPath",2),A([n()],g.prototype,"groupBy",2),A([n()],g.prototype,"zoneId",2),A([n()],g.prototype,"assetId",2),A([n()],g.prototype,"assignee",2),A([n()],g.prototype,"query",2),A([n()],g.prototype,"expanded",2),A([n()],g.prototype,"showAll",2),A([n()],g.prototype,"household",2),g=A([v("haven-home")],g);var W=class extends S{constructor(){super(...arguments);this.path="";this.mime="";this.alt="";this.url=""}willUpdate(C){if((C.has("path")||C.has("client"))&&this.client&&this.path){let V=this.path;this.client.signedUrl(V).then(L=>{V===this.path&&(this.url=L)},()=>this.url="")}}render(){return this.url?this.mime.startsWith("audio/")?t`<audio controls preload="metadata" src=${this.url} aria-label=${this.alt}></audio>`:this.mime.startsWith("image/")?t`<img src=${this.url} alt=${this.alt} loading="lazy" />`:t`<a href=${this.url} target="_blank" rel="noopener">${this.alt}</a>`:a}};W.styles=Z`
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
  `,A([x({attribute:!1})],W.prototype,"client",2),A([x()],W.prototype,"path",2),A([x()],W.prototype,"mime",2),A([x()],W.prototype,"alt",2),A([n()],W.prototype,"url",2),W=A([v("haven-media")],W);var y=class extends S{constructor(){super(...arguments);this.assetId="";this.panelPath="haven";this.detailsError="";this.signed=new Map;this.uploadProgress=-1;this.loadedFor="";this.seq=0}get asset(){return this.ctx.property?.assets.get(this.assetId)}willUpdate(C){if(C.has("assetId")&&this.loadedFor!==this.assetId)this.details=void 0,this.detailsError="",this.loadedFor=this.assetId,this.load();else if(C.has("ctx")){let V=C.get("ctx"),L=this.ctx.property;V?.property&&L&&(V.property.recentLogs!==L.recentLogs||V.property.assets.get(this.assetId)!==L.assets.get(this.assetId)||V.property.inbox!==L.inbox)&&this.asset&&(window.clearTimeout(this.refreshTimer),this.refreshTimer=window.setTimeout(()=>{this.load()},250))}}async load(){let C=this.assetId;if(!C)return;let V=++this.seq;try{let L=await this.ctx.client.asset(C);if(V!==this.seq)return;L.logs=L.logs??[],this.details=L,this.detailsError="";let M=new Map(this.signed);await Promise.all((L.documents??[]).map(async r=>{try{M.set(r.file_path,await this.ctx.client.signedUrl(r.file_path))}catch{}})),V===this.seq&&(this.signed=M)}catch(L){V===this.seq&&this.asset&&(this.detailsError=this.ctx.localize("error.load_asset",{message:$(L)}))}}pickDocument(){this.attachInput.value="",this.attachInput.click()}async attach(C){let V=C.target.files?.[0];if(!V)return;let L=this.ctx.localize,M=new FormData;M.append("asset_id",this.assetId),M.append("name",V.name),M.append("file",V,V.name),this.uploadProgress=0;try{let r=await this.ctx.client.upload("/api/haven/document",M,i=>this.uploadProgress=i);r.status===201?(I(this,L("asset.attached",{name:V.name})),this.load()):I(this,A2(r.status,r.body.message,L))}catch(r){I(this,L("error.generic",{message:$(r)}))}finally{this.uploadProgress=-1}}renderDetails(C){let V=this.ctx.localize,L=C.zone_id?this.ctx.property?.zones.get(C.zone_id):void 0,M=[[V("asset.zone"),L?.name],[V("asset.manufacturer"),C.manufacturer],[V("asset.model"),C.model],[V("asset.serial_number"),C.serial_number],[V("asset.installed_on"),C.installed_on?G(C.installed_on,this.ctx.fmt):void 0],[V("asset.warranty_until"),C.warranty_until?G(C.warranty_until,this.ctx.fmt):void 0]];return t`<section class="card-box" aria-labelledby="h-details">
      <h2 id="h-details">${V("asset.details")}</h2>
      <dl>
        ${M.filter(([,r])=>r).map(([r,i])=>t`<dt>${r}</dt><dd>${i}</dd>`)}
        ${C.notes?t`<dt>${V("asset.notes")}</dt><dd>${C.notes}</dd>`:a}
      </dl>
      ${C.past_life?t`<p class="warn" style="padding:0 16px 12px">${V("asset.past_life")}</p>`:a}
    </section>`}renderTasks(C){let V=this.ctx.localize,L=d1([...this.ctx.property?.tasks.values()??[]].filter(M=>M.asset_id===C.asset_id));return t`<section class="card-box" aria-labelledby="h-tasks">
      <h2 id="h-tasks">
        <span class="grow">${V("asset.tasks")}</span>
        <button class="btn small" @click=${()=>u(this,"task",{assetId:C.asset_id})}>
          ${m(R)}${V("nav.add_task")}
        </button>
      </h2>
      ${L.length?t`<ul class="tasks">
            ${L.map(M=>J(this.ctx,M,{showSchedule:!0}))}
          </ul>`:t`<p class="empty">${V("asset.no_tasks")}</p>`}
    </section>`}renderHistory(C){let V=this.ctx.localize,L=this.ctx.property?.summary.currency??"",M=this.details;return t`<section class="card-box" aria-labelledby="h-history">
      <h2 id="h-history">
        <span class="grow">${V("asset.history")}</span>
        <button class="btn small" @click=${()=>u(this,"log",{assetId:C.asset_id})}>
          ${m(q1)}${V("nav.log_work")}
        </button>
      </h2>
      ${this.detailsError?t`<p class="empty error-text" role="alert">${this.detailsError}</p>`:M?M.logs.length?t`<ul class="logs">
                ${M.logs.map(r=>p1(this.ctx,r,L,!1))}
              </ul>`:t`<p class="empty">${V("asset.no_history")}</p>`:t`<p class="empty">${V("asset.loading_details")}</p>`}
      ${M?t`<div class="totals">
              <span>${V("asset.total_cost")}</span><span>${Q(M.total_cost,L,this.ctx.fmt.locale)}</span>
            </div>
            <div class="totals">
              <span>${V("asset.cost_this_year")}</span
              ><span>${Q(M.cost_this_year,L,this.ctx.fmt.locale)}</span>
            </div>`:a}
    </section>`}renderSupplies(C){let V=this.ctx.localize,L=[...this.ctx.property?.supplies.values()??[]].filter(M=>M.asset_id===C.asset_id).sort((M,r)=>M.name.localeCompare(r.name));return t`<section class="card-box" aria-labelledby="h-supplies">
      <h2 id="h-supplies">
        <span class="grow">${V("asset.supplies")}</span>
        <button class="btn small" @click=${()=>u(this,"supply",{assetId:C.asset_id})}>
          ${m(R)}${V("asset.add_supply")}
        </button>
      </h2>
      ${L.length?t`<ul class="plain">
            ${L.map(M=>t`<li>
                <span class="grow">
                  <strong>${M.name}</strong><br />
                  <span class="muted"
                    >${M.quantity!==void 0?V("asset.quantity",{count:D(M.quantity,this.ctx.fmt.locale)}):V("asset.quantity_unknown")}${M.part_number?` \xB7 ${V("asset.part",{number:M.part_number})}`:""}</span
                  >
                </span>
                ${M.purchase_url?t`<a class="btn small" href=${M.purchase_url} target="_blank" rel="noopener noreferrer"
                      >${m(l5)}<span>${V("asset.buy",{name:M.name})}</span></a
                    >`:a}
                <button
                  class="btn icon-btn"
                  aria-label=${V("asset.edit_supply",{name:M.name})}
                  @click=${()=>u(this,"supply",{supplyId:M.supply_id})}
                >
                  ${m(k1)}
                </button>
                <button
                  class="btn icon-btn"
                  aria-label=${V("asset.remove_supply",{name:M.name})}
                  @click=${()=>u(this,"remove",{what:"supply",id:M.supply_id})}
                >
                  ${m(y1)}
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
            ${V.map(L=>{let M=this.signed.get(L.file_path),r=[L.size!==void 0?J1(L.size,this.ctx.fmt.locale):"",G(L.created_at,this.ctx.fmt)].filter(Boolean).join(" \xB7 ");return t`<li>
                ${m(u5)}
                <span class="grow">
                  ${M?t`<a href=${M} target="_blank" rel="noopener">${L.name}</a>`:L.name}<br />
                  <span class="muted">${r}</span>
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
        <button class="btn" @click=${()=>u(this,"capture",{assetId:V.asset_id})}>${m(R)}${C("nav.capture")}</button>
        <button class="btn" @click=${()=>u(this,"asset",{assetId:V.asset_id})}>${m(k1)}${C("asset.edit")}</button>
        <button
          class="btn danger"
          @click=${()=>u(this,"remove",{what:"asset",id:V.asset_id,after:`/${this.panelPath}`})}
        >
          ${m(y1)}${C("asset.remove")}
        </button>
      </div>
      <div class="layout">
        <div>${this.renderTasks(V)} ${this.renderHistory(V)}</div>
        <div>${this.renderDetails(V)} ${this.renderSupplies(V)} ${this.renderDocuments()} ${this.renderCaptures()}</div>
      </div>
    `:t`<p class="empty" role="alert">${this.ctx.property?C("asset.not_found"):C("common.loading")}</p>`}};y.styles=[N,m1,Z`
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
    `],A([x({attribute:!1})],y.prototype,"ctx",2),A([x()],y.prototype,"assetId",2),A([x({attribute:!1})],y.prototype,"panelPath",2),A([n()],y.prototype,"details",2),A([n()],y.prototype,"detailsError",2),A([n()],y.prototype,"signed",2),A([n()],y.prototype,"uploadProgress",2),A([j("#attach")],y.prototype,"attachInput",2),y=A([v("haven-asset-view")],y);var t1=class extends S{constructor(){super(...arguments);this.busy=new Set}async act(C,V){let L=this.ctx.localize;this.busy=new Set([...this.busy,C.inbox_item_id]);try{V==="dismiss"?(await this.ctx.client.call("triage_capture",{inbox_item_id:C.inbox_item_id,outcome:"dismiss"},!0),I(this,L("inbox.dismissed"))):await this.ctx.client.call("retry_capture",{inbox_item_id:C.inbox_item_id},!0)}catch(M){I(this,L("error.generic",{message:$(M)}))}finally{let M=new Set(this.busy);M.delete(C.inbox_item_id),this.busy=M}}renderItem(C){let V=this.ctx.localize,L=C.analysis,M=C.asset_id?this.ctx.property?.assets.get(C.asset_id):void 0,r=this.busy.has(C.inbox_item_id),i=C.user_name??V("common.someone");return t`<li class="card-box">
      <div class="top">
        <h2>${C.summary}</h2>
        <span class="status-${C.status} muted">${V(`inbox.status_${C.status}`)}</span>
      </div>
      <span class="muted">${V("inbox.from",{who:i,when:F(C.created_at,this.ctx.now,this.ctx.fmt)})}${M?` \xB7 ${M.name}`:""}</span>
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
        <button class="btn primary" ?disabled=${r} @click=${()=>u(this,"triage",{itemId:C.inbox_item_id})}>
          ${m(W1)}${V("inbox.triage")}
        </button>
        ${C.status==="FAILED"?t`<button class="btn" ?disabled=${r} @click=${()=>{this.act(C,"retry")}}>
              ${m(g5)}${V("inbox.retry")}
            </button>`:a}
        <button class="btn plain" ?disabled=${r} @click=${()=>{this.act(C,"dismiss")}}>
          ${m(U1)}${V("inbox.dismiss")}
        </button>
      </div>
    </li>`}render(){let C=this.ctx.localize,V=[...this.ctx.property?.inbox.values()??[]].sort((L,M)=>L.created_at<M.created_at?1:L.created_at>M.created_at?-1:0);return t`<h1>${C("inbox.title")}</h1>
      ${V.length?t`<ul>${V.map(L=>this.renderItem(L))}</ul>`:t`<p class="empty card-box">${C("inbox.empty")}</p>`}`}};t1.styles=[N,Z`
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
    `],A([x({attribute:!1})],t1.prototype,"ctx",2),A([n()],t1.prototype,"busy",2),t1=A([v("haven-inbox")],t1);var C3="haven.property",q=class extends h{constructor(){super(...arguments);this.narrow=!1;this.propertyId=localStorage.getItem(C3)??"";this.openCapture=()=>{let C=this.view;this.dispatchEvent(new CustomEvent("haven-dialog",{detail:{kind:"capture",params:C.view==="asset"?{assetId:C.assetId}:{}}}))}}get base(){return this.panel?.url_path??"haven"}panelPath(){return this.base}get view(){return z5(this.route?.path)}currentPropertyId(){let C=this.live?.data;if(!C)return;let V=this.view;if(V.view==="asset"){for(let[L,M]of C.properties)if(M.assets.has(V.assetId))return L}return C.properties.has(this.propertyId)?this.propertyId:C.properties.keys().next().value}willUpdate(C){super.willUpdate(C),(C.has("route")||C.has("live"))&&(document.title=`${k(this.hass?.language)("common.haven")}`)}go(C){_(w(this.base,C))}toggleMenu(){this.dispatchEvent(new Event("hass-toggle-menu",{bubbles:!0,composed:!0}))}renderHeader(C){let V=k(this.hass?.language),L=this.view,M=[...this.live?.data.properties.values()??[]],r=C?.property?.inbox.size??0,i=L.view==="asset"?C?.property?.assets.get(L.assetId):void 0;return t`<header>
      ${L.view==="asset"?t`<button class="btn icon-btn" aria-label=${V("common.back")} @click=${()=>history.length>1?history.back():this.go({view:"home"})}>
            ${m(p5)}
          </button>`:this.narrow?t`<button class="btn icon-btn" aria-label="Menu" @click=${this.toggleMenu}>${m(S5)}</button>`:a}
      <div class="title">
        <h1>${i?i.name:V("common.haven")}</h1>
        ${this.renderWhere(C,M.length>1)}
      </div>
      ${M.length>1?t`<label class="property"
            ><span class="visually-hidden">${V("nav.switch_property")}</span>
            <select
              @change=${o=>{this.propertyId=o.target.value,localStorage.setItem(C3,this.propertyId),L.view==="asset"&&this.go({view:"home"})}}
            >
              ${M.map(o=>t`<option value=${o.summary.config_entry_id} ?selected=${o.summary.config_entry_id===C?.property?.summary.config_entry_id}>
                    ${o.summary.name}
                  </option>`)}
            </select></label
          >`:a}
      <nav aria-label=${V("common.haven")}>
        <a
          class="btn plain"
          href=${w(this.base,{view:"home"})}
          aria-current=${L.view==="home"?"page":"false"}
          @click=${o=>this.link(o,{view:"home"})}
          >${m(G1)}<span class="label">${V("nav.home")}</span></a
        >
        <a
          class="btn plain"
          href=${w(this.base,{view:"inbox"})}
          aria-current=${L.view==="inbox"?"page":"false"}
          @click=${o=>this.link(o,{view:"inbox"})}
          >${m(Z5)}<span class="label">${r?V("nav.inbox_count",{count:r}):V("nav.inbox")}</span></a
        >
      </nav>
    </header>`}renderWhere(C,V){let L=C?.property?.summary;if(!L)return a;let M=[V?"":L.name,L.address??""].filter(Boolean);return M.length?t`<p class="where">${M.join(" \xB7 ")}</p>`:a}link(C,V){C.button!==0||C.metaKey||C.ctrlKey||C.shiftKey||C.altKey||(C.preventDefault(),this.go(V))}renderView(C){let V=this.view;switch(V.view){case"asset":return t`<haven-asset-view .ctx=${C} .assetId=${V.assetId} .panelPath=${this.base}></haven-asset-view>`;case"inbox":return t`<haven-inbox .ctx=${C}></haven-inbox>`;default:return t`<haven-home .ctx=${C} .panelPath=${this.base}></haven-home>`}}render(){let C=k(this.hass?.language),V=this.havenContext(),L=!this.live||this.live.link==="connecting";return t`${this.renderHeader(V)}
      <main>
        ${this.renderLink()}
        ${L||!V?t`<p class="empty" role="status">${C("common.connecting")}</p>`:V.property?this.renderView(V):t`<p class="empty">${C("common.not_loaded")}</p>`}
      </main>
      ${V?.property?t`<button class="fab" aria-label=${C("nav.capture")} title=${C("nav.capture")} @click=${this.openCapture}>
            ${m(R)}
          </button>`:a}
      ${this.renderToast()}`}};q.styles=[...h.rootStyles,Z`
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
    `],A([x({type:Boolean,reflect:!0})],q.prototype,"narrow",2),A([x({attribute:!1})],q.prototype,"route",2),A([x({attribute:!1})],q.prototype,"panel",2),A([n()],q.prototype,"propertyId",2),q=A([v("haven-panel")],q);q2();var H3=k(navigator.language);window.customCards=window.customCards??[];for(let e of Y5)window.customCards.some(H=>H.type===e.type)||window.customCards.push({type:e.type,name:H3(`card.${e.key}_name`),description:H3(`card.${e.key}_description`),preview:!0,documentationURL:"https://github.com/haven-home/haven"});
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
