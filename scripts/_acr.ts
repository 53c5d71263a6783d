import { loadLinkData } from './eval/link-data';
const data = await loadLinkData();
const list = 'CEO CFO CTO COO GDP GNP ATM VAT SUV ISP IPO PDF USB DNA RNA HIV AIDS FAQ ETA RSVP NGO NGOs MP MPs AAA IMU LED LCD GPS SMS MMS URL HTML API CPU GPU RAM ROM SIM PIN ICU ER OTC ETF IRA PPE PCR COVID MRI CT ECG BMI IQ PhD MBA MBBS CV PR HR IT AI VR AR EV EVs LNG LPG CNG OPEC NGO GMO UFO UAV ID VIP PPP FDI ESG CSR KPI ROI B2B SME SMEs IoT ASAP DIY TBA TBD AKA ETA RIP FYI OMG LOL'.split(' ');
for (const a of list) { const s = data.matcher.scan(`said ${a} today`); for (const m of s.matches) for (const e of m.entries) if (e.acronym && e.standalone) console.log(a, e.entityId, data.entity(e.entityId)?.name, data.entity(e.entityId)?.orgKind); }
