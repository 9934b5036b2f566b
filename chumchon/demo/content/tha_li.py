# ruff: noqa: E501
"""Demo content: Tha Li community, Tha Li district, Loei, Thailand.

Places are real (sources: /work/shared/research/cbt-domain.md, section 4); most
coordinates are approximate and flagged. The contact phone, PromptPay ID, e-mail,
households and members are FICTIONAL and exist only for demonstration.
"""

from chumchon.demo.content import T

COMMUNITY = {
    "slug": "tha-li",
    "country": "TH",
    "currency": "THB",
    "main_language": "th",
    "time_zone": "Asia/Bangkok",
    "name": T("ชุมชนท่าลี่", "ຊຸມຊົນທ່າລີ່", "Tha Li community"),
    "tagline": T(
        'แผ่นดินทองริมน้ำคาน บ้านของ "ลี่" เครื่องมือดักปลาไม้ไผ่',
        'ແຜ່ນດິນຄຳແຄມນ້ຳຄານ ບ້ານຂອງ "ລີ່" ເຄື່ອງມືດັກປາໄມ້ໄຜ່',
        'Golden Land on the Kan river, home of the bamboo "li" fish trap',
    ),
    "story": T(
        'ท่าลี่ได้ชื่อมาจาก "ลี่" เครื่องมือดักปลาที่สานจากไม้ไผ่ วางขวางกระแสน้ำให้ปลาว่ายเข้าแต่ออกไม่ได้ '
        "ผู้คนจากอุตรดิตถ์และจากเมืองปากลายฝั่งลาวอพยพมาตั้งถิ่นฐานริมแม่น้ำคานซึ่งอุดมไปด้วยปลา "
        "และตั้งเป็นอำเภอเมื่อ พ.ศ. 2432 (ค.ศ. 1889)\n\n"
        'คนท้องถิ่นเรียกที่นี่ว่า "แผ่นดินทอง" มีพระธาตุสัจจะสูง 33 เมตร ที่สร้างขึ้นระหว่าง พ.ศ. 2519–2522 '
        "หลังพระธาตุพนมพังทลายลง มีแก่งโตนน้ำใส น้ำตกห้วยไค้ที่สูงชัน และต้นมะค่ายักษ์\n\n"
        "ท่าลี่เป็นชุมชนนำร่องของโครงการกระทรวงมหาดไทยร่วมกับโลคอล อไลค์ (Local Alike) "
        "ที่ใช้การท่องเที่ยวโดยชุมชนเสริมสร้างเศรษฐกิจชุมชนและลดความยากจน "
        "และเชื่อมโยงกับเมืองบ่อแตน แขวงไชยะบุรี สปป.ลาว ผ่านสะพานมิตรภาพข้ามแม่น้ำเหือง "
        "รายได้จากการมาเยือนทุกครั้งเข้าสู่ครัวเรือนเจ้าบ้านและกองทุนพัฒนาชุมชน",
        'ທ່າລີ່ ໄດ້ຊື່ມາຈາກ "ລີ່" ເຊິ່ງແມ່ນເຄື່ອງມືດັກປາທີ່ສານດ້ວຍໄມ້ໄຜ່ ວາງຂວາງກະແສນ້ຳ ໃຫ້ປາລອຍເຂົ້າໄດ້ແຕ່ອອກບໍ່ໄດ້. '
        "ຜູ້ຄົນຈາກອຸດຕະລະດິດ ແລະ ຈາກເມືອງປາກລາຍ ຝັ່ງລາວ ໄດ້ອົບພະຍົບມາຕັ້ງຖິ່ນຖານຢູ່ແຄມແມ່ນ້ຳຄານ ທີ່ອຸດົມສົມບູນດ້ວຍປາ, "
        "ແລະ ໄດ້ຕັ້ງເປັນເມືອງໃນປີ 1889.\n\n"
        'ຄົນທ້ອງຖິ່ນເອີ້ນບ່ອນນີ້ວ່າ "ແຜ່ນດິນຄຳ". ມີພະທາດສັດຈະ ສູງ 33 ແມັດ ທີ່ສ້າງຂຶ້ນໃນປີ 1976–1979 '
        "ຫຼັງຈາກພະທາດພະນົມພັງລົງ, ມີແກ່ງໂຕນທີ່ນ້ຳໃສ, ນ້ຳຕົກຫ້ວຍໄຄ້ທີ່ສູງຊັນ ແລະ ຕົ້ນມະຄ່າຍັກ.\n\n"
        "ທ່າລີ່ ເປັນຊຸມຊົນນຳຮ່ອງຂອງໂຄງການກະຊວງມະຫາດໄທ ຮ່ວມກັບ Local Alike "
        "ທີ່ໃຊ້ການທ່ອງທ່ຽວໂດຍຊຸມຊົນ ເພື່ອເສີມສ້າງເສດຖະກິດຊຸມຊົນ ແລະ ຫຼຸດຜ່ອນຄວາມທຸກຍາກ, "
        "ແລະ ເຊື່ອມໂຍງກັບເມືອງບໍ່ແຕນ ແຂວງໄຊຍະບູລີ ສປປ ລາວ ຜ່ານຂົວມິດຕະພາບຂ້າມນ້ຳເຫືອງ. "
        "ລາຍຮັບຈາກການມາຢ້ຽມຢາມທຸກຄັ້ງ ເຂົ້າສູ່ຄອບຄົວເຈົ້າພາບ ແລະ ກອງທຶນພັດທະນາຊຸມຊົນ.",
        'Tha Li takes its name from the "li", a bamboo fish trap set across the current so that '
        "fish can swim in but not out. Families from Uttaradit and from Pak Lai in Laos settled "
        "along the Kan river because it was rich in fish, and the district was founded in 1889.\n\n"
        'Locals call it the "Golden Land". Its landmarks are Phra That Satcha, a 33-metre stupa '
        "built in 1976–79 after Phra That Phanom collapsed, the clear Kaeng Ton rapids, the steep "
        "Huai Khai waterfall and a giant Makha tree.\n\n"
        "Tha Li is the pilot community of the Ministry of Interior's programme with Local Alike, "
        "which uses community-based tourism to strengthen local economies and reduce poverty. "
        "It is linked with Boten district in Xayaboury, Laos, across the Nam Heuang Friendship "
        "Bridge. Income from every visit goes to the host households and the community "
        "development fund.",
    ),
    "province": T("เลย", "ເລີຍ", "Loei"),
    "district": T("ท่าลี่", "ທ່າລີ່", "Tha Li"),
    "emergency_notes": T(
        "ตำรวจท่องเที่ยว โทร 1155 (พูดภาษาอังกฤษได้) เจ็บป่วยฉุกเฉินหรือเรียกรถพยาบาล โทร 1669 "
        "แจ้งเหตุตำรวจ โทร 191 เจ้าบ้านหรือผู้ประสานงานชุมชนช่วยโทรและนำทางเจ้าหน้าที่เข้าหมู่บ้านได้",
        "ຕຳຫຼວດທ່ອງທ່ຽວ ໂທ 1155 (ເວົ້າພາສາອັງກິດໄດ້). ເຈັບເປັນສຸກເສີນ ຫຼື ເອີ້ນລົດໂຮງໝໍ ໂທ 1669. "
        "ແຈ້ງເຫດຕຳຫຼວດ ໂທ 191. ເບີເຫຼົ່ານີ້ໃຊ້ໄດ້ໃນປະເທດໄທ. "
        "ເຈົ້າພາບ ຫຼື ຜູ້ປະສານງານຊຸມຊົນ ຊ່ວຍໂທ ແລະ ນຳທາງເຈົ້າໜ້າທີ່ເຂົ້າບ້ານໄດ້.",
        "Tourist police: 1155 (English spoken). Medical emergencies and ambulance: 1669. "
        "Police: 191. Your host or the community coordinator can call for you and guide "
        "responders to the village.",
    ),
    "latitude": "17.6236",
    "longitude": "101.4210",
    "location_is_approximate": False,
    "contact_phone": "042-000-000",  # fictional number, demo only
    "contact_email": "hello@tha-li.example",  # fictional address, demo only
    "line_id": "@thali-cbt",
    "emergency_phone": "1155",  # Thai tourist police (real national number)
    "brand_colour": "#B8860B",  # "Golden Land"
    "promptpay_id": "0812345678",  # fictional PromptPay ID, demo only
}

PLACES = [
    {
        "slug": "phra-that-satcha",
        "category": "temple",
        "name": T(
            "พระธาตุสัจจะ วัดลาดปู่ทรงธรรม",
            "ພະທາດສັດຈະ ວັດລາດປູ່ທົງທຳ",
            "Phra That Satcha, Wat Lat Pu Song Tham",
        ),
        "summary": T(
            "พระธาตุสูง 33 เมตรที่จำลองรูปแบบพระธาตุพนม ศูนย์รวมจิตใจของชาวท่าลี่",
            "ພະທາດສູງ 33 ແມັດ ທີ່ສ້າງຕາມແບບພະທາດພະນົມ, ສູນລວມຈິດໃຈຂອງຊາວທ່າລີ່.",
            "A 33-metre stupa modelled on Phra That Phanom and the spiritual heart of Tha Li.",
        ),
        "description": T(
            "พระธาตุสัจจะตั้งอยู่ที่วัดลาดปู่ทรงธรรม (สร้างวัดเมื่อ พ.ศ. 2482) ริมถนนท่าลี่–อาฮี "
            "สร้างระหว่าง พ.ศ. 2519–2522 เพื่อต่อชะตาพระธาตุพนมที่พังทลายลงเมื่อ 11 สิงหาคม 2518 "
            "องค์พระธาตุมีฐานแปดเหลี่ยมกว้าง 17 เมตร ยอดประดับฉัตร 7 ชั้น ภายในบรรจุพระบรมสารีริกธาตุ "
            "เป็นที่เคารพของทั้งชาวเลยและชาวลาว",
            "ພະທາດສັດຈະ ຕັ້ງຢູ່ວັດລາດປູ່ທົງທຳ (ສ້າງວັດໃນປີ 1939) ແຄມທາງທ່າລີ່–ອາຮີ. "
            "ສ້າງຂຶ້ນໃນປີ 1976–1979 ເພື່ອຕໍ່ຊະຕາພະທາດພະນົມ ທີ່ພັງລົງໃນວັນທີ 11 ສິງຫາ 1975. "
            "ອົງພະທາດມີຖານແປດແຈ ກວ້າງ 17 ແມັດ, ຍອດປະດັບຮົ່ມ 7 ຊັ້ນ, ພາຍໃນບັນຈຸພະທາດ. "
            "ເປັນບ່ອນທີ່ທັງຊາວເລີຍ ແລະ ຊາວລາວ ມາໄຫວ້ນົບ.",
            "Phra That Satcha stands at Wat Lat Pu Song Tham, a temple founded in 1939 on the "
            'Tha Li–Ahi road. It was built in 1976–79 to "extend the fate" of Phra That Phanom, '
            "which collapsed on 11 August 1975, and copies its shape: an octagonal 17-metre base "
            "and a seven-tier umbrella on top. Relics are enshrined inside, and people from both "
            "Loei and Laos come here to pay respect.",
        ),
        "accessibility_notes": T(
            "ลานวัดเรียบ ปูพื้น มีที่จอดรถติดถนน ลานองค์พระธาตุมีขั้นบันได ต้องถอดรองเท้าก่อนขึ้นลานพระธาตุและเข้าโบสถ์",
            "ລານວັດຮາບພຽງ ປູພື້ນ, ມີບ່ອນຈອດລົດຕິດທາງ. ລານພະທາດມີຂັ້ນໄດ. ຕ້ອງຖອດເກີບກ່ອນຂຶ້ນລານພະທາດ ແລະ ເຂົ້າສິມ.",
            "Flat paved grounds and roadside parking. The stupa terrace has steps. "
            "Take your shoes off before the terrace and the ordination hall.",
        ),
        "visitor_notes": T(
            "เปิดทุกวัน 07:00–18:00 แต่งกายสุภาพ ปิดไหล่และเข่า สุภาพสตรีไม่ควรสัมผัสหรือยื่นของให้พระสงฆ์โดยตรง",
            "ເປີດທຸກມື້ 07:00–18:00. ນຸ່ງເຄື່ອງສຸພາບ ປິດບ່າ ແລະ ຫົວເຂົ່າ. ແມ່ຍິງບໍ່ຄວນແຕະຕ້ອງ ຫຼື ຍື່ນເຄື່ອງໃຫ້ພະສົງໂດຍກົງ.",
            "Open daily 07:00–18:00. Dress modestly, covering shoulders and knees. Women should "
            "not touch monks or hand things to them directly.",
        ),
        "latitude": "17.6195",
        "longitude": "101.4168",
        "approximate": True,
        "visit_minutes": 60,
        "always_open": False,
        "hours": {"daily": [("07:00", "18:00")]},
        "exceptions": [],
    },
    {
        "slug": "kaeng-ton",
        "category": "river",
        "name": T("แก่งโตน", "ແກ່ງໂຕນ", "Kaeng Ton rapids"),
        "summary": T(
            "แก่งหินน้ำใสริมลำน้ำชายแดนไทย–ลาว หนึ่งในสัญลักษณ์ของท่าลี่",
            "ແກ່ງຫີນນ້ຳໃສ ແຄມລຳນ້ຳຊາຍແດນລາວ–ໄທ, ໜຶ່ງໃນສັນຍາລັກຂອງທ່າລີ່.",
            "Clear-water rapids over rock ledges on the Thai–Lao border river, one of Tha Li's emblems.",
        ),
        "description": T(
            "แก่งโตนคือช่วงลำน้ำใสที่ไหลผ่านลานหิน และอยู่ในคำขวัญของอำเภอ "
            "หน้าแล้งน้ำลดจนเห็นโขดหิน ชาวบ้านยังวางลี่ดักปลาตามร่องน้ำเหมือนบรรพบุรุษ "
            "แอ่งน้ำระหว่างโขดหินเหมาะสำหรับแช่เท้า และฝั่งตรงข้ามคือประเทศลาว",
            "ແກ່ງໂຕນ ແມ່ນຊ່ວງລຳນ້ຳໃສທີ່ໄຫຼຜ່ານລານຫີນ ແລະ ຢູ່ໃນຄຳຂວັນຂອງເມືອງ. "
            "ລະດູແລ້ງນ້ຳລົດລົງຈົນເຫັນໂງ່ນຫີນ, ຊາວບ້ານຍັງວາງລີ່ດັກປາຕາມຮ່ອງນ້ຳຄືກັບບັນພະບຸລຸດ. "
            "ວັງນ້ຳລະຫວ່າງໂງ່ນຫີນເໝາະສຳລັບແຊ່ຕີນ, ແລະ ຝັ່ງກົງກັນຂ້າມແມ່ນປະເທດລາວ.",
            "Kaeng Ton is a stretch of clear water tumbling over rock ledges, named in the "
            "district motto. In the dry season the rocks are exposed and villagers still set "
            "li traps in the channels, as their ancestors did. The pools between the rocks are "
            "good for cooling your feet, and the far bank is Laos.",
        ),
        "accessibility_notes": T(
            "เดินเท้าประมาณ 300 เมตรบนทางดินที่มีขั้นไม่สม่ำเสมอ ไม่เหมาะกับรถเข็น โขดหินลื่นโดยเฉพาะเมื่อเปียก",
            "ຍ່າງປະມານ 300 ແມັດ ຕາມທາງດິນທີ່ມີຂັ້ນບໍ່ສະເໝີ, ບໍ່ເໝາະກັບລໍ້ເຂັນ. ໂງ່ນຫີນມື່ນ ໂດຍສະເພາະເວລາປຽກ.",
            "About 300 m on foot along a dirt path with uneven steps; not suitable for "
            "wheelchairs. The rocks are slippery, especially when wet.",
        ),
        "visitor_notes": T(
            "ห้ามข้ามไปฝั่งลาว เพราะเป็นเขตแดนระหว่างประเทศ หน้าฝน (มิถุนายน–ตุลาคม) น้ำขึ้นเร็ว "
            "ควรมากับไกด์ท้องถิ่นและไม่ลงน้ำหลังฝนตก เที่ยวเฉพาะกลางวัน และนำขยะกลับไปด้วย",
            "ຫ້າມຂ້າມໄປຝັ່ງລາວ ເພາະເປັນເຂດແດນລະຫວ່າງປະເທດ. ລະດູຝົນ (ມິຖຸນາ–ຕຸລາ) ນ້ຳຂຶ້ນໄວ, "
            "ຄວນມາກັບໄກດ໌ທ້ອງຖິ່ນ ແລະ ບໍ່ລົງນ້ຳຫຼັງຝົນຕົກ. ທ່ຽວສະເພາະກາງເວັນ ແລະ ເອົາຂີ້ເຫຍື້ອກັບໄປນຳ.",
            "Do not cross to the Lao bank: this is an international border. In the rainy season "
            "(June–October) the water rises fast; come with a local guide and stay out of the "
            "water after rain. Visit in daylight only and take your rubbish with you.",
        ),
        "latitude": "17.6720",
        "longitude": "101.4060",
        "approximate": True,
        "visit_minutes": 90,
        "always_open": True,
        "hours": {},
        "exceptions": [],
    },
    {
        "slug": "huai-khai-waterfall",
        "category": "waterfall",
        "name": T("น้ำตกห้วยไค้", "ນ້ຳຕົກຫ້ວຍໄຄ້", "Huai Khai waterfall"),
        "summary": T(
            "น้ำตกกลางป่าที่สูงชัน สวยที่สุดในหน้าฝน",
            "ນ້ຳຕົກກາງປ່າທີ່ສູງຊັນ, ງາມທີ່ສຸດໃນລະດູຝົນ.",
            "A steep forest waterfall, at its fullest in the rainy season.",
        ),
        "description": T(
            'น้ำตกห้วยไค้คือ "น้ำตกสูงชัน" ในคำขวัญของอำเภอ ลำห้วยไหลลงเป็นชั้น ๆ ผ่านป่า '
            "น้ำมากและสวยที่สุดช่วงกรกฎาคมถึงตุลาคม ส่วนเดือนเมษายนอาจเหลือน้ำเพียงเล็กน้อย "
            "ทางเดินไม่ไกลแต่ชัน",
            'ນ້ຳຕົກຫ້ວຍໄຄ້ ແມ່ນ "ນ້ຳຕົກສູງຊັນ" ໃນຄຳຂວັນຂອງເມືອງ. ລຳຫ້ວຍໄຫຼລົງເປັນຊັ້ນໆ ຜ່ານປ່າ. '
            "ນ້ຳຫຼາຍ ແລະ ງາມທີ່ສຸດໃນເດືອນກໍລະກົດ ຫາ ຕຸລາ, ສ່ວນເດືອນເມສາອາດມີນ້ຳໜ້ອຍ. "
            "ທາງຍ່າງບໍ່ໄກ ແຕ່ຊັນ.",
            'Huai Khai is the "steep waterfall" of the district motto: the stream drops in a '
            "series of steep steps through the forest. It is most impressive from July to "
            "October and can be a trickle by April. The trail is short but steep.",
        ),
        "accessibility_notes": T(
            "ทางเดินชันและขรุขระ มีหินร่วนและรากไม้ ไม่เหมาะกับรถเข็น รถเข็นเด็ก หรือผู้ที่มีปัญหาเข่า "
            "ควรสวมรองเท้าที่ยึดเกาะดี",
            "ທາງຍ່າງຊັນ ແລະ ຂຸຂະ, ມີຫີນຫຼົ່ນ ແລະ ຮາກໄມ້. ບໍ່ເໝາະກັບລໍ້ເຂັນ, ລົດເຂັນເດັກ "
            "ຫຼື ຜູ້ທີ່ມີບັນຫາຫົວເຂົ່າ. ຄວນໃສ່ເກີບທີ່ບໍ່ມື່ນ.",
            "Steep, rough trail with loose stones and roots; not suitable for wheelchairs, "
            "prams or people with knee problems. Wear shoes with good grip.",
        ),
        "visitor_notes": T(
            "ควรไปกับไกด์ท้องถิ่น ห้ามปีนหน้าผาหรือเล่นน้ำใต้น้ำตกหลังฝนตกหนัก หน้าฝนมีทากชุม",
            "ຄວນໄປກັບໄກດ໌ທ້ອງຖິ່ນ. ຫ້າມປີນໜ້າຜາ ຫຼື ລົງຫຼິ້ນນ້ຳກ້ອງນ້ຳຕົກຫຼັງຝົນຕົກໜັກ. ລະດູຝົນມີທາກຫຼາຍ.",
            "Go with a local guide. Do not climb the rock face or swim below the falls after "
            "heavy rain. Leeches are common in the wet season.",
        ),
        "latitude": "17.5820",
        "longitude": "101.3720",
        "approximate": True,
        "visit_minutes": 120,
        "always_open": True,
        "hours": {},
        "exceptions": [],
    },
    {
        "slug": "giant-makha-tree",
        "category": "landmark",
        "name": T("ต้นมะค่ายักษ์", "ຕົ້ນມະຄ່າຍັກ", "The giant Makha tree"),
        "summary": T(
            "ต้นมะค่าเก่าแก่ขนาดใหญ่ หนึ่งในสัญลักษณ์ตามคำขวัญของอำเภอ",
            "ຕົ້ນມະຄ່າເກົ່າແກ່ຂະໜາດໃຫຍ່, ໜຶ່ງໃນສັນຍາລັກຕາມຄຳຂວັນຂອງເມືອງ.",
            "A huge old Makha (Afzelia) tree, one of the symbols in the district motto.",
        ),
        "description": T(
            "ต้นมะค่ายักษ์เป็นหนึ่งในสิ่งที่อยู่ในคำขวัญของอำเภอท่าลี่ มะค่าเป็นไม้เนื้อแข็งที่โตช้า "
            "แต่ก่อนนิยมใช้ทำเสาบ้าน ต้นที่ใหญ่ขนาดนี้จึงหาดูได้ยาก ชาวบ้านดูแลและให้ความเคารพต้นไม้นี้",
            "ຕົ້ນມະຄ່າຍັກ ເປັນໜຶ່ງໃນສິ່ງທີ່ຢູ່ໃນຄຳຂວັນຂອງເມືອງທ່າລີ່. ມະຄ່າແມ່ນໄມ້ເນື້ອແຂງທີ່ໃຫຍ່ຊ້າ, "
            "ແຕ່ກ່ອນນິຍົມໃຊ້ເຮັດເສົາເຮືອນ, ຕົ້ນທີ່ໃຫຍ່ຂະໜາດນີ້ຈຶ່ງຫາເບິ່ງໄດ້ຍາກ. "
            "ຊາວບ້ານເບິ່ງແຍງ ແລະ ນັບຖືຕົ້ນໄມ້ນີ້.",
            "The giant Makha tree is one of the symbols in Tha Li's district motto. Makha "
            "(Afzelia xylocarpa) is a slow-growing hardwood once prized for house posts, so a "
            "tree this size is rare. Villagers look after it and treat it with respect.",
        ),
        "accessibility_notes": T(
            "เดินจากถนนไม่ไกลบนพื้นเรียบ ช่วงสุดท้ายเป็นพื้นหญ้าไม่เรียบ",
            "ຍ່າງຈາກທາງບໍ່ໄກ ເທິງພື້ນຮາບພຽງ, ຊ່ວງສຸດທ້າຍເປັນພື້ນຫຍ້າທີ່ບໍ່ພຽງ.",
            "A short walk from the road on level ground; the last few metres are uneven grass.",
        ),
        "visitor_notes": T(
            "ห้ามปีนต้นไม้ ตอกตะปู หรือแกะสลักเปลือกไม้",
            "ຫ້າມປີນຕົ້ນໄມ້, ຕອກຕະປູ ຫຼື ແກະສະຫຼັກເປືອກໄມ້.",
            "Do not climb the tree, nail anything to it or carve the bark.",
        ),
        "latitude": "17.6010",
        "longitude": "101.3990",
        "approximate": True,
        "visit_minutes": 30,
        "always_open": True,
        "hours": {},
        "exceptions": [],
    },
    {
        "slug": "tha-li-morning-market",
        "category": "market",
        "name": T("ตลาดเช้าท่าลี่", "ຕະຫຼາດເຊົ້າທ່າລີ່", "Tha Li morning market"),
        "summary": T(
            "ตลาดที่คนท่าลี่จับจ่ายทุกเช้า มีปลาแม่น้ำ ผักป่า ข้าวเหนียว และของกินเล่น",
            "ຕະຫຼາດທີ່ຄົນທ່າລີ່ມາຊື້ເຄື່ອງທຸກເຊົ້າ: ປານ້ຳ, ຜັກປ່າ, ເຂົ້າໜຽວ ແລະ ເຂົ້າໜົມ.",
            "Where Tha Li shops every morning: river fish, wild vegetables, sticky rice and snacks.",
        ),
        "description": T(
            "ตลาดเช้าเปิดตั้งแต่ก่อนรุ่งสาง คึกคักที่สุดช่วง 06:00–07:30 มีปลาแม่น้ำ หน่อไม้ เห็ด "
            "และผักป่าตามฤดูกาล สมุนไพรสด ข้าวเหนียว และของปิ้งย่าง "
            "เป็นที่ที่ดีที่สุดในการดูว่าคนท่าลี่กินอะไรกันจริง ๆ",
            "ຕະຫຼາດເຊົ້າເປີດແຕ່ກ່ອນແຈ້ງ, ຄຶກຄື້ນທີ່ສຸດໃນຊ່ວງ 06:00–07:30. ມີປານ້ຳ, ໜໍ່ໄມ້, ເຫັດ "
            "ແລະ ຜັກປ່າຕາມລະດູການ, ພືດສະໝຸນໄພສົດ, ເຂົ້າໜຽວ ແລະ ຂອງປີ້ງ. "
            "ເປັນບ່ອນທີ່ດີທີ່ສຸດທີ່ຈະເຫັນວ່າຄົນທ່າລີ່ກິນຫຍັງແທ້ໆ.",
            "The morning market opens before dawn and is busiest from 06:00 to 07:30. Stalls "
            "sell river fish, bamboo shoots, mushrooms and wild vegetables in season, fresh "
            "herbs, sticky rice and grilled snacks. It is the best place to see what people in "
            "Tha Li really eat.",
        ),
        "accessibility_notes": T(
            "พื้นเรียบแต่คนแน่น พื้นเปียกบริเวณแผงปลา รถเข็นเข้าได้ช่วงเช้ามืดหรือช่วงท้ายตลาด โดยมีคนช่วย",
            "ພື້ນຮາບພຽງແຕ່ຄົນຫຼາຍ, ພື້ນປຽກບໍລິເວນຮ້ານຂາຍປາ. ລໍ້ເຂັນເຂົ້າໄດ້ໃນຊ່ວງເຊົ້າມືດ ຫຼື ຊ່ວງທ້າຍຕະຫຼາດ ໂດຍມີຄົນຊ່ວຍ.",
            "Flat but crowded, with wet floors near the fish stalls. Wheelchair users can get "
            "around early or near closing time, with help.",
        ),
        "visitor_notes": T(
            "ปิดวันจันทร์ ขออนุญาตก่อนถ่ายรูปแม่ค้า เตรียมแบงก์ย่อยและถุงผ้า หลายร้านรับพร้อมเพย์",
            "ປິດວັນຈັນ. ຂໍອະນຸຍາດກ່ອນຖ່າຍຮູບແມ່ຄ້າ. ກຽມເງິນຍ່ອຍ ແລະ ຖົງຜ້າ, ຫຼາຍຮ້ານຮັບ PromptPay.",
            "Closed on Mondays. Ask before photographing vendors. Bring small notes and a "
            "cloth bag; many stalls also accept PromptPay.",
        ),
        "latitude": "17.6242",
        "longitude": "101.4226",
        "approximate": True,
        "visit_minutes": 60,
        "always_open": False,
        "hours": {
            1: [("05:00", "09:00")],
            2: [("05:00", "09:00")],
            3: [("05:00", "09:00")],
            4: [("05:00", "09:00")],
            5: [("05:00", "09:00")],
            6: [("05:00", "09:00")],
        },
        "exceptions": [],
    },
    {
        "slug": "li-weaving-workshop",
        "category": "workshop",
        "name": T(
            "ศูนย์เรียนรู้การสานลี่",
            "ສູນຮຽນຮູ້ການສານລີ່",
            "Li bamboo fish-trap weaving workshop",
        ),
        "summary": T(
            'โรงสานของหมู่บ้านที่ผู้เฒ่าสาน "ลี่" ไม้ไผ่ ที่มาของชื่อท่าลี่',
            'ໂຮງສານຂອງບ້ານ ທີ່ຜູ້ເຖົ້າສານ "ລີ່" ໄມ້ໄຜ່, ເຊິ່ງເປັນທີ່ມາຂອງຊື່ທ່າລີ່.',
            'A village craft shed where elders weave the bamboo "li" that gave Tha Li its name.',
        ),
        "description": T(
            "ในโรงสานแบบเปิดโล่งนี้ ช่างผู้ชำนาญผ่าและเหลาไม้ไผ่ แล้วสานเป็นลี่ "
            "เครื่องดักปลาที่วางในกระแสน้ำให้ปลาว่ายเข้าแต่ออกไม่ได้ "
            "ผู้มาเยือนดูได้ทุกขั้นตอน ตั้งแต่เลือกไม้ไผ่จนถึงผูกโครง และลองสานชิ้นเล็กด้วยตัวเอง "
            "มีลี่ขนาดจริงและขนาดเล็กเป็นของที่ระลึกจำหน่าย",
            "ໃນໂຮງສານແບບເປີດໂລ່ງນີ້, ຊ່າງຜູ້ຊຳນານຜ່າ ແລະ ເຫຼົາໄມ້ໄຜ່ ແລ້ວສານເປັນລີ່ "
            "ເຊິ່ງແມ່ນເຄື່ອງດັກປາທີ່ວາງໃນກະແສນ້ຳ ໃຫ້ປາລອຍເຂົ້າແຕ່ອອກບໍ່ໄດ້. "
            "ຜູ້ມາຢ້ຽມຢາມເບິ່ງໄດ້ທຸກຂັ້ນຕອນ ແຕ່ເລືອກໄມ້ໄຜ່ຈົນເຖິງມັດໂຄງ, ແລະ ລອງສານຊິ້ນນ້ອຍດ້ວຍຕົນເອງ. "
            "ມີລີ່ຂະໜາດແທ້ ແລະ ຂະໜາດນ້ອຍເປັນຂອງທີ່ລະນຶກຂາຍ.",
            "In this open shed, master weavers split and shave bamboo and weave the li, a "
            "funnel trap placed in the current so that fish swim in but cannot swim out. You can "
            "watch every step, from choosing the bamboo to tying the frame, and try weaving a "
            "small piece yourself. Full-size traps and small souvenir versions are for sale.",
        ),
        "accessibility_notes": T(
            "โรงสานอยู่ระดับพื้นดิน พื้นปูน นั่งเก้าอี้เตี้ยหรือเสื่อ ขอเก้าอี้ปกติได้ ไม่มีห้องน้ำสำหรับผู้ใช้รถเข็น",
            "ໂຮງສານຢູ່ລະດັບພື້ນດິນ, ພື້ນຊີມັງ. ນັ່ງຕັ່ງຕ່ຳ ຫຼື ສາດ, ຂໍຕັ່ງທຳມະດາໄດ້. ບໍ່ມີຫ້ອງນ້ຳສຳລັບຜູ້ໃຊ້ລໍ້ເຂັນ.",
            "Ground-level shed with a concrete floor. Seating on low stools or mats; ordinary "
            "chairs on request. No wheelchair-accessible toilet.",
        ),
        "visitor_notes": T(
            "ปิดวันอาทิตย์และพักเที่ยง 12:00–13:00 ตอกไม้ไผ่คม โปรดทำตามคำแนะนำของช่าง",
            "ປິດວັນອາທິດ ແລະ ພັກທ່ຽງ 12:00–13:00. ຕອກໄມ້ໄຜ່ຄົມ, ກະລຸນາເຮັດຕາມຄຳແນະນຳຂອງຊ່າງ.",
            "Closed on Sundays and at lunchtime (12:00–13:00). Bamboo strips are sharp: "
            "follow the weaver's instructions.",
        ),
        "latitude": "17.6262",
        "longitude": "101.4188",
        "approximate": True,
        "visit_minutes": 120,
        "always_open": False,
        "hours": {
            0: [("08:30", "12:00"), ("13:00", "16:30")],
            1: [("08:30", "12:00"), ("13:00", "16:30")],
            2: [("08:30", "12:00"), ("13:00", "16:30")],
            3: [("08:30", "12:00"), ("13:00", "16:30")],
            4: [("08:30", "12:00"), ("13:00", "16:30")],
            5: [("08:30", "12:00"), ("13:00", "16:30")],
        },
        "exceptions": [],
    },
    {
        "slug": "organic-farm",
        "category": "farm",
        "name": T(
            "แปลงเกษตรอินทรีย์ชุมชนท่าลี่",
            "ສວນກະສິກຳອິນຊີຊຸມຊົນທ່າລີ່",
            "Tha Li community organic farm",
        ),
        "summary": T(
            "แปลงผัก สมุนไพร และผลไม้ ที่ปลูกโดยไม่ใช้สารเคมี",
            "ສວນຜັກ, ພືດສະໝຸນໄພ ແລະ ໝາກໄມ້ ທີ່ປູກໂດຍບໍ່ໃຊ້ສານເຄມີ.",
            "Vegetables, herbs and fruit grown without chemicals.",
        ),
        "description": T(
            "แปลงเกษตรของชุมชนปลูกผัก ตะไคร้ ข่า ใบเตย และผลไม้ตามฤดูกาล โดยไม่ใช้ปุ๋ยเคมีหรือยาฆ่าแมลง "
            "เกษตรกรเล่าเรื่องการทำปุ๋ยหมักและการเก็บเมล็ดพันธุ์ ผู้มาเยือนเก็บสมุนไพรไปทำอาหารมื้อเย็นได้ "
            "ชาสมุนไพรอบแห้งของชุมชนก็ผลิตและบรรจุที่นี่",
            "ສວນກະສິກຳຂອງຊຸມຊົນ ປູກຜັກ, ຫົວສິງໄຄ, ຂ່າ, ໃບເຕີຍ ແລະ ໝາກໄມ້ຕາມລະດູການ "
            "ໂດຍບໍ່ໃຊ້ຝຸ່ນເຄມີ ຫຼື ຢາຂ້າແມງໄມ້. ຊາວກະສິກອນເລົ່າເລື່ອງການເຮັດຝຸ່ນໝັກ ແລະ ການເກັບແນວພັນ. "
            "ຜູ້ມາຢ້ຽມຢາມເກັບພືດສະໝຸນໄພໄປເຮັດອາຫານແລງໄດ້. ຊາສະໝຸນໄພຕາກແຫ້ງຂອງຊຸມຊົນກໍຜະລິດ ແລະ ບັນຈຸຢູ່ບ່ອນນີ້.",
            "The community farm grows vegetables, lemongrass, galangal, pandan and seasonal "
            "fruit without chemical fertiliser or pesticides. The farmers explain composting "
            "and seed saving, and visitors can pick herbs for the evening meal. The community's "
            "dried herbal teas are made and packed here.",
        ),
        "accessibility_notes": T(
            "ทางเดินดินระหว่างแปลงค่อนข้างเรียบ แต่เป็นโคลนหลังฝนตก มีศาลาร่มรื่นพร้อมเก้าอี้และห้องน้ำ",
            "ທາງຍ່າງດິນລະຫວ່າງແປງຄ່ອນຂ້າງພຽງ ແຕ່ເປັນຕົມຫຼັງຝົນຕົກ. ມີສາລາຮົ່ມ ພ້ອມຕັ່ງ ແລະ ຫ້ອງນ້ຳ.",
            "Fairly level dirt paths between the beds, muddy after rain. A shaded sala with "
            "chairs and a toilet.",
        ),
        "visitor_notes": T(
            "สวมหมวกและรองเท้าหุ้มส้น กรุณาขออนุญาตก่อนเก็บผักหรือผลไม้",
            "ໃສ່ໝວກ ແລະ ເກີບຫຸ້ມສົ້ນ. ກະລຸນາຂໍອະນຸຍາດກ່ອນເກັບຜັກ ຫຼື ໝາກໄມ້.",
            "Wear a hat and closed shoes. Please ask before picking anything.",
        ),
        "latitude": "17.6305",
        "longitude": "101.4095",
        "approximate": True,
        "visit_minutes": 90,
        "always_open": False,
        "hours": {"daily": [("08:00", "17:00")]},
        "exceptions": [],
    },
    {
        "slug": "ban-ahi-flower-village",
        "category": "landmark",
        "name": T(
            "บ้านอาฮี หมู่บ้านแห่ดอกไม้",
            "ບ້ານອາຮີ ບ້ານແຫ່ດອກໄມ້",
            "Ban Ahi flower-parade village",
        ),
        "summary": T(
            "หมู่บ้านที่มีชื่อเสียงจากประเพณีแห่ดอกไม้ประจำปี",
            "ບ້ານທີ່ມີຊື່ສຽງຈາກບຸນແຫ່ດອກໄມ້ປະຈຳປີ.",
            "A village known for its annual Hae Dok Mai flower parade.",
        ),
        "description": T(
            "บ้านอาฮีมีชื่อเสียงจากประเพณีแห่ดอกไม้ ชาวบ้านทำโครงสูงแล้วประดับด้วยดอกคูน ดอกจำปา "
            "และดอกลีลาวดี แล้วแห่ไปถวายที่วัด นอกช่วงงานเป็นหมู่บ้านเกษตรที่เงียบสงบ "
            "ผู้เฒ่าผู้แก่ยินดีเล่าเรื่องประเพณีนี้ให้ฟัง",
            "ບ້ານອາຮີມີຊື່ສຽງຈາກບຸນແຫ່ດອກໄມ້. ຊາວບ້ານເຮັດໂຄງສູງ ແລ້ວປະດັບດ້ວຍດອກຄູນ, ດອກຈຳປີ "
            "ແລະ ດອກຈຳປາ ແລ້ວແຫ່ໄປຖວາຍທີ່ວັດ. ນອກຊ່ວງບຸນ ເປັນບ້ານກະສິກຳທີ່ງຽບສະຫງົບ, "
            "ຜູ້ເຖົ້າຜູ້ແກ່ຍິນດີເລົ່າເລື່ອງປະເພນີນີ້ໃຫ້ຟັງ.",
            "Ban Ahi is known for its Hae Dok Mai (flower parade). Villagers build tall frames, "
            "cover them with golden shower, champak and plumeria flowers and carry them in "
            "procession to the temple. Outside the festival it is a quiet farming village, and "
            "the elders are happy to tell you about the tradition.",
        ),
        "accessibility_notes": T(
            "ถนนในหมู่บ้านเรียบ วันงานแห่คนเยอะมาก มีการปิดถนน และอาจต้องเดินไกลจากที่จอดรถ",
            "ທາງໃນບ້ານຮາບພຽງ. ມື້ບຸນແຫ່ຄົນຫຼາຍ, ມີການປິດທາງ ແລະ ອາດຕ້ອງຍ່າງໄກຈາກບ່ອນຈອດລົດ.",
            "Village lanes are level. On parade day expect large crowds, road closures and a "
            "long walk from parking.",
        ),
        "visitor_notes": T(
            "งานแห่ดอกไม้จัดปีละครั้ง วันที่ขึ้นกับปฏิทินท้องถิ่น โปรดสอบถามชุมชนก่อนเดินทาง "
            "เข้าบ้านเรือนเฉพาะเมื่อมีเจ้าบ้านพาไป",
            "ບຸນແຫ່ດອກໄມ້ຈັດປີລະເທື່ອ, ວັນທີຂຶ້ນກັບປະຕິທິນທ້ອງຖິ່ນ, ກະລຸນາສອບຖາມຊຸມຊົນກ່ອນເດີນທາງ. "
            "ເຂົ້າເຮືອນຊານສະເພາະເມື່ອມີເຈົ້າພາບພາໄປ.",
            "The parade is held once a year and its date follows the local calendar, so confirm "
            "it with the community before travelling. Enter homes only with a local host.",
        ),
        "latitude": "17.5930",
        "longitude": "101.4380",
        "approximate": True,
        "visit_minutes": 90,
        "always_open": True,
        "hours": {},
        "exceptions": [],
    },
    {
        "slug": "community-centre",
        "category": "meeting",
        "name": T(
            "ศูนย์ชุมชนท่าลี่ (จุดนัดพบโฮมสเตย์)",
            "ສູນຊຸມຊົນທ່າລີ່ (ຈຸດນັດພົບໂຮມສະເຕ)",
            "Tha Li community centre (homestay meeting point)",
        ),
        "summary": T(
            "จุดลงทะเบียน พบไกด์และเจ้าบ้าน และชำระเงิน",
            "ຈຸດລົງທະບຽນ, ພົບໄກດ໌ ແລະ ເຈົ້າພາບ, ແລະ ຈ່າຍເງິນ.",
            "Where guests check in, meet their guide and hosts, and pay.",
        ),
        "description": T(
            "ทุกการเยือนเริ่มที่นี่ ผู้ประสานงานชุมชนต้อนรับ อธิบายกำหนดการและกติกาของหมู่บ้าน "
            "แล้วพาไปบ้านเจ้าบ้าน มีน้ำดื่ม ห้องน้ำ มุมจำหน่ายผลิตภัณฑ์ชุมชน และกระดานแจ้งกิจกรรมประจำวัน",
            "ທຸກການມາຢ້ຽມຢາມເລີ່ມຢູ່ບ່ອນນີ້. ຜູ້ປະສານງານຊຸມຊົນຕ້ອນຮັບ, ອະທິບາຍກຳນົດການ ແລະ ກົດລະບຽບຂອງບ້ານ "
            "ແລ້ວພາໄປເຮືອນເຈົ້າພາບ. ມີນ້ຳດື່ມ, ຫ້ອງນ້ຳ, ມູມຂາຍຜະລິດຕະພັນຊຸມຊົນ ແລະ ກະດານແຈ້ງກິດຈະກຳປະຈຳວັນ.",
            "Every visit starts here. The community coordinator welcomes you, explains the "
            "programme and the village rules, and takes you to your host family. There is "
            "drinking water, a toilet, a corner selling community products and a board with the "
            "day's activities.",
        ),
        "accessibility_notes": T(
            "อาคารชั้นเดียว มีทางลาดที่ทางเข้าและห้องน้ำไม่มีขั้น มีที่จอดรถด้านหน้า",
            "ອາຄານຊັ້ນດຽວ, ມີທາງຄ້ອຍຢູ່ທາງເຂົ້າ ແລະ ຫ້ອງນ້ຳບໍ່ມີຂັ້ນ. ມີບ່ອນຈອດລົດດ້ານໜ້າ.",
            "Single-storey building with a ramp at the entrance and a step-free toilet. "
            "Parking in front.",
        ),
        "visitor_notes": T(
            "ผู้ที่พักค้างคืนโปรดมาถึงก่อน 17:00 ชำระเงินด้วยเงินสดหรือคิวอาร์พร้อมเพย์",
            "ຜູ້ທີ່ພັກຄ້າງຄືນ ກະລຸນາມາຮອດກ່ອນ 17:00. ຈ່າຍເງິນດ້ວຍເງິນສົດ ຫຼື QR PromptPay.",
            "If you are staying overnight, please arrive before 17:00. Pay in cash or by "
            "PromptPay QR.",
        ),
        "latitude": "17.6236",
        "longitude": "101.4210",
        "approximate": True,
        "visit_minutes": 30,
        "always_open": False,
        "hours": {"daily": [("08:00", "20:00")]},
        "exceptions": [],
    },
    {
        "slug": "nam-heuang-bridge",
        "category": "border",
        "name": T(
            "ด่านสะพานมิตรภาพไทย–ลาว (แม่น้ำเหือง)",
            "ດ່ານຂົວມິດຕະພາບ ລາວ–ໄທ (ນ້ຳເຫືອງ)",
            "Nam Heuang Thai–Lao Friendship Bridge checkpoint",
        ),
        "summary": T(
            "จุดผ่านแดนถาวรระหว่างประเทศที่บ้านนากะเซ็ง ข้ามไปเมืองแก่นท้าว แขวงไชยะบุรี สปป.ลาว",
            "ດ່ານສາກົນຖາວອນຢູ່ບ້ານນາກະເຊັງ, ຂ້າມໄປເມືອງແກ່ນທ້າວ ແຂວງໄຊຍະບູລີ ສປປ ລາວ.",
            "The permanent international crossing at Ban Nakaseng to Kenethao district, "
            "Xayaboury, Laos.",
        ),
        "description": T(
            "สะพานข้ามแม่น้ำเหืองเปิดเมื่อวันที่ 28 ตุลาคม 2547 (ค.ศ. 2004) โดยรัฐมนตรีว่าการกระทรวงการต่างประเทศของไทยและลาว "
            "เชื่อมบ้านนากะเซ็ง อำเภอท่าลี่ กับเมืองแก่นท้าว แขวงไชยะบุรี ซึ่งมีถนนต่อไปยังบ่อแตนและปากลาย "
            "เป็นจุดผ่านแดนถาวร มีด่านตรวจคนเข้าเมืองและศุลกากรทั้งสองฝั่ง",
            "ຂົວຂ້າມນ້ຳເຫືອງ ເປີດໃນວັນທີ 28 ຕຸລາ 2004 ໂດຍລັດຖະມົນຕີການຕ່າງປະເທດຂອງ ລາວ ແລະ ໄທ. "
            "ເຊື່ອມບ້ານນາກະເຊັງ ເມືອງທ່າລີ່ ກັບເມືອງແກ່ນທ້າວ ແຂວງໄຊຍະບູລີ, ເຊິ່ງມີທາງຕໍ່ໄປບໍ່ແຕນ ແລະ ປາກລາຍ. "
            "ເປັນດ່ານສາກົນຖາວອນ, ມີກວດຄົນເຂົ້າເມືອງ ແລະ ພາສີທັງສອງຝັ່ງ.",
            "The bridge over the Heuang river opened on 28 October 2004, inaugurated by the Thai "
            "and Lao foreign ministers. It links Ban Nakaseng in Tha Li with Kenethao district in "
            "Xayaboury province, where roads continue to Boten and Pak Lai. It is a permanent "
            "international checkpoint with immigration and customs on both sides.",
        ),
        "accessibility_notes": T(
            "อาคารด่านอยู่ระดับพื้นดิน มีขั้นบันไดบางจุด ขอความช่วยเหลือจากเจ้าหน้าที่ได้ "
            "ช่วงวันหยุดของไทยและลาวอาจต้องรอคิวนาน",
            "ອາຄານດ່ານຢູ່ລະດັບພື້ນດິນ, ມີຂັ້ນໄດບາງຈຸດ, ຂໍຄວາມຊ່ວຍເຫຼືອຈາກເຈົ້າໜ້າທີ່ໄດ້. "
            "ຊ່ວງວັນພັກຂອງລາວ ແລະ ໄທ ອາດຕ້ອງລໍຖ້າຄິວດົນ.",
            "Checkpoint buildings are at ground level with a few steps; staff can help. Expect "
            "long queues on Thai and Lao holidays.",
        ),
        "visitor_notes": T(
            "เวลาทำการ (ทุกวัน 06:00–18:00) เป็นเพียงข้อมูลเบื้องต้น โปรดยืนยันกับด่านหรือเจ้าบ้านก่อนเดินทาง\n"
            "เอกสาร: (1) หนังสือเดินทาง: คนไทยเข้าลาวได้โดยไม่ต้องขอวีซ่าไม่เกิน 30 วัน "
            "(2) หนังสือผ่านแดน: เฉพาะผู้มีทะเบียนบ้านในเขตพื้นที่ชายแดน พำนักได้ไม่เกิน 3 วัน 2 คืน "
            "เฉพาะในเขตพื้นที่ชายแดน และต้องกลับทางด่านเดิม "
            "(3) หนังสือผ่านแดนชั่วคราว: สำหรับคนไทยที่อยู่นอกเขตชายแดน ใช้ครั้งเดียว 3 วัน 2 คืน "
            "(4) ชาวต่างชาติอื่น ๆ: ขอวีซ่าลาวที่ด่าน (Visa on Arrival) ได้ "
            "(5) ยานพาหนะ: ต้องมีเอกสารนำรถเข้าชั่วคราวและประกันภัยรถของลาว เผื่อเวลาทำเอกสารประมาณ 2 ชั่วโมง",
            "ເວລາເຮັດການ (ທຸກມື້ 06:00–18:00) ເປັນພຽງຂໍ້ມູນເບື້ອງຕົ້ນ, ກະລຸນາຢືນຢັນກັບດ່ານ ຫຼື ເຈົ້າພາບກ່ອນເດີນທາງ.\n"
            "ເອກະສານ: (1) ໜັງສືຜ່ານແດນ (Passport): ຄົນໄທເຂົ້າລາວໄດ້ໂດຍບໍ່ຕ້ອງຂໍວີຊາ ບໍ່ເກີນ 30 ວັນ. "
            "(2) ບັດຜ່ານແດນ: ສະເພາະຜູ້ທີ່ມີທະບຽນບ້ານຢູ່ເຂດຊາຍແດນ, ພັກໄດ້ບໍ່ເກີນ 3 ມື້ 2 ຄືນ "
            "ສະເພາະໃນເຂດຊາຍແດນ ແລະ ຕ້ອງກັບທາງດ່ານເດີມ. "
            "(3) ບັດຜ່ານແດນຊົ່ວຄາວ: ສຳລັບຄົນໄທທີ່ຢູ່ນອກເຂດຊາຍແດນ, ໃຊ້ເທື່ອດຽວ 3 ມື້ 2 ຄືນ. "
            "(4) ຄົນຕ່າງປະເທດອື່ນໆ: ຂໍວີຊາລາວຢູ່ໜ້າດ່ານໄດ້. "
            "(5) ພາຫະນະ: ຕ້ອງມີເອກະສານນຳລົດເຂົ້າຊົ່ວຄາວ ແລະ ປະກັນໄພລົດຂອງລາວ, ເຜື່ອເວລາເຮັດເອກະສານປະມານ 2 ຊົ່ວໂມງ.",
            "Opening hours (daily 06:00–18:00) are a guide only: confirm them with the checkpoint "
            "or your host before travelling.\n"
            "Documents: (1) Passport: Thai citizens can stay in Laos visa-free for up to 30 days. "
            "(2) Border pass: only for registered residents of the border area; stay at most 3 "
            "days/2 nights, within the border area only, and leave by the same checkpoint. "
            "(3) Temporary border pass: for other Thai citizens; single use, 3 days/2 nights. "
            "(4) Other foreigners: a Lao visa on arrival is available. "
            "(5) Vehicles: temporary-import papers and Lao insurance; allow about 2 hours for "
            "the paperwork.",
        ),
        "latitude": "17.6640",
        "longitude": "101.4330",
        "approximate": True,
        "visit_minutes": 60,
        "always_open": False,
        "hours": {"daily": [("06:00", "18:00")]},
        "exceptions": [
            (
                "2027-01-01",
                ("08:00", "16:00"),
                T(
                    "ตัวอย่าง: วันขึ้นปีใหม่ เปิดเวลาพิเศษ โปรดยืนยันกับด่านก่อนเดินทาง",
                    "ຕົວຢ່າງ: ວັນປີໃໝ່ ເປີດເວລາພິເສດ, ກະລຸນາຢືນຢັນກັບດ່ານກ່ອນເດີນທາງ.",
                    "Example: special hours on New Year's Day; confirm with the checkpoint before travelling.",
                ),
            ),
        ],
    },
]

# HOUSEHOLDS: all households, people, phone numbers and consent dates below are
# FICTIONAL demo data. Any resemblance to real people in Tha Li is unintended.
HOUSEHOLDS = [
    {
        "code": "TL-01",
        "name": "บ้านพ่อใหญ่คำพันธ์ (ตัวอย่าง)",
        "village": "บ้านท่าลี่",
        "phone": "081-000-0101",
        "consent_date": "2026-01-10",
        "members": [
            {
                "name": "คำพันธ์ สานไผ่ทอง",
                "nickname": "พ่อใหญ่คำ",
                "gender": "male",
                "age_group": "60plus",
                "roles": ["artisan", "committee"],
            },
            {
                "name": "บุญมี สานไผ่ทอง",
                "nickname": "แม่บุญ",
                "gender": "female",
                "age_group": "60plus",
                "roles": ["artisan", "cook"],
            },
            {
                "name": "ต้นกล้า สานไผ่ทอง",
                "nickname": "กล้า",
                "gender": "male",
                "age_group": "under18",
                "roles": ["performer"],
            },
        ],
    },
    {
        "code": "TL-02",
        "name": "บ้านแม่สมศรี (ตัวอย่าง)",
        "village": "บ้านท่าลี่",
        "phone": "081-000-0201",
        "consent_date": "2026-01-10",
        "members": [
            {
                "name": "สมศรี ริมคาน",
                "nickname": "แม่ศรี",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["host", "cook", "treasurer"],
            },
            {
                "name": "ประเสริฐ ริมคาน",
                "nickname": "พ่อเสริฐ",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["host", "driver"],
            },
            {
                "name": "ปิ่นมณี ริมคาน",
                "nickname": "ปิ่น",
                "gender": "female",
                "age_group": "18-24",
                "roles": ["guide"],
            },
        ],
    },
    {
        "code": "TL-03",
        "name": "บ้านลุงทองใบ (ตัวอย่าง)",
        "village": "บ้านนากะเซ็ง",
        "phone": "081-000-0301",
        "consent_date": "2026-01-12",
        "members": [
            {
                "name": "ทองใบ แก่งหิน",
                "nickname": "ลุงใบ",
                "gender": "male",
                "age_group": "60plus",
                "roles": ["artisan", "guide"],
            },
            {
                "name": "จันทร์เพ็ญ แก่งหิน",
                "nickname": "เพ็ญ",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["artisan"],
            },
        ],
    },
    {
        "code": "TL-04",
        "name": "บ้านครูวันเพ็ญ (ตัวอย่าง)",
        "village": "บ้านท่าลี่",
        "phone": "081-000-0401",
        "consent_date": "2026-01-12",
        "members": [
            {
                "name": "วันเพ็ญ ดินทอง",
                "nickname": "ครูเพ็ญ",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["coordinator", "committee", "guide"],
            },
            {
                "name": "ณัฐพล ดินทอง",
                "nickname": "ต้น",
                "gender": "male",
                "age_group": "25-39",
                "roles": ["guide"],
            },
        ],
    },
    {
        "code": "TL-05",
        "name": "บ้านแม่ใหญ่บัวผัน (ตัวอย่าง)",
        "village": "บ้านอาฮี",
        "phone": "081-000-0501",
        "consent_date": "2026-01-15",
        "members": [
            {
                "name": "บัวผัน ดอกคูน",
                "nickname": "แม่ใหญ่บัว",
                "gender": "female",
                "age_group": "60plus",
                "roles": ["cook", "performer"],
            },
            {
                "name": "หนึ่งฤทัย ดอกคูน",
                "nickname": "หนึ่ง",
                "gender": "female",
                "age_group": "25-39",
                "roles": ["cook", "host"],
            },
            {
                "name": "อาทิตย์ ดอกคูน",
                "nickname": "ตะวัน",
                "gender": "male",
                "age_group": "under18",
                "roles": ["performer"],
            },
        ],
    },
    {
        "code": "TL-06",
        "name": "บ้านพี่สุริยา (ตัวอย่าง)",
        "village": "บ้านท่าลี่",
        "phone": "081-000-0601",
        "consent_date": "2026-01-15",
        "members": [
            {
                "name": "สุริยา นาดี",
                "nickname": "ยา",
                "gender": "male",
                "age_group": "25-39",
                "roles": ["farmer"],
            },
            {
                "name": "มาลัย นาดี",
                "nickname": "มาลัย",
                "gender": "female",
                "age_group": "25-39",
                "roles": ["farmer", "artisan"],
            },
            {
                "name": "ทองม้วน นาดี",
                "nickname": "แม่ม้วน",
                "gender": "female",
                "age_group": "60plus",
                "roles": ["farmer"],
            },
        ],
    },
    {
        "code": "TL-07",
        "name": "บ้านน้าประยูร (ตัวอย่าง)",
        "village": "บ้านนากะเซ็ง",
        "phone": "081-000-0701",
        "consent_date": "2026-01-18",
        "members": [
            {
                "name": "ประยูร เหืองใส",
                "nickname": "น้ายูร",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["driver"],
            },
            {
                "name": "เกศินี เหืองใส",
                "nickname": "เกด",
                "gender": "female",
                "age_group": "18-24",
                "roles": ["guide"],
            },
            {
                "name": "ฟ้าใส เหืองใส",
                "nickname": "ฟ้า",
                "gender": "undisclosed",
                "age_group": "18-24",
                "roles": ["performer"],
            },
        ],
    },
    {
        "code": "TL-08",
        "name": "บ้านแม่คำแปง (ตัวอย่าง)",
        "village": "บ้านท่าลี่",
        "phone": "081-000-0801",
        "consent_date": "2026-01-18",
        "members": [
            {
                "name": "คำแปง ศรีลี่",
                "nickname": "แม่แปง",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["host", "cook"],
            },
            {
                "name": "ชาติชาย ศรีลี่",
                "nickname": "พ่อชาติ",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["host", "farmer"],
            },
            {
                "name": "พลอยไพลิน ศรีลี่",
                "nickname": "พลอย",
                "gender": "female",
                "age_group": "18-24",
                "roles": ["host"],
            },
        ],
    },
]

# Prices in THB. Homestay prices are per person per night, breakfast included.
OFFERINGS = [
    {
        "slug": "li-weaving-class",
        "kind": "activity",
        "service_type": "",
        "title": T(
            "เรียนสานลี่ เครื่องดักปลาไม้ไผ่",
            "ຮຽນສານລີ່ ເຄື່ອງດັກປາໄມ້ໄຜ່",
            "Weave a li: bamboo fish-trap class",
        ),
        "summary": T(
            "เรียนผ่าไม้ไผ่และสานลี่ขนาดเล็กกับช่างสานของหมู่บ้าน",
            "ຮຽນຜ່າໄມ້ໄຜ່ ແລະ ສານລີ່ຂະໜາດນ້ອຍ ກັບຊ່າງສານຂອງບ້ານ.",
            "Learn to split bamboo and weave a small li with the village's master weavers.",
        ),
        "description": T(
            "เริ่มด้วยเรื่องเล่าว่าท่าลี่ได้ชื่อมาอย่างไร จากนั้นผ่าและเหลาตอกไม้ไผ่ "
            "แล้วสานลี่ขนาดเล็กโดยมีช่างผู้ชำนาญคอยแนะนำ ชิ้นงานที่สานเสร็จนำกลับบ้านได้ "
            "เป็นกิจกรรมลงมือทำแบบไม่เร่งรีบ เหมาะกับทุกวัยตั้งแต่ 10 ปีขึ้นไป",
            "ເລີ່ມດ້ວຍເລື່ອງເລົ່າວ່າ ທ່າລີ່ໄດ້ຊື່ມາແນວໃດ, ຈາກນັ້ນຜ່າ ແລະ ເຫຼົາຕອກໄມ້ໄຜ່ "
            "ແລ້ວສານລີ່ຂະໜາດນ້ອຍ ໂດຍມີຊ່າງຜູ້ຊຳນານຄອຍແນະນຳ. ຊິ້ນງານທີ່ສານແລ້ວເອົາກັບບ້ານໄດ້. "
            "ເປັນກິດຈະກຳລົງມືເຮັດແບບບໍ່ຮີບຮ້ອນ, ເໝາະກັບທຸກໄວແຕ່ 10 ປີຂຶ້ນໄປ.",
            "Start with the story of how Tha Li got its name, then split and shave bamboo "
            "strips and weave a small li with a master weaver beside you. Your finished piece is "
            "yours to take home. A slow, hands-on activity for all ages from 10 up.",
        ),
        "included": T(
            "ไม้ไผ่และอุปกรณ์ ผู้สอน ลี่ขนาดเล็กที่สานเสร็จ น้ำดื่มและขนมพื้นบ้าน",
            "ໄມ້ໄຜ່ ແລະ ອຸປະກອນ, ຜູ້ສອນ, ລີ່ຂະໜາດນ້ອຍທີ່ສານແລ້ວ, ນ້ຳດື່ມ ແລະ ເຂົ້າໜົມພື້ນບ້ານ.",
            "Bamboo and tools, instruction, your finished mini li, drinking water and a local snack.",
        ),
        "not_included": T(
            "การเดินทางมายังศูนย์เรียนรู้ ลี่ขนาดจริง (จำหน่ายแยก)",
            "ການເດີນທາງມາສູນຮຽນຮູ້, ລີ່ຂະໜາດແທ້ (ຂາຍແຍກ).",
            "Transport to the workshop; full-size traps (sold separately).",
        ),
        "what_to_bring": T(
            "เสื้อผ้าสบาย ๆ ที่นั่งพื้นได้ แว่นสายตาถ้าใช้",
            "ເຄື່ອງນຸ່ງສະບາຍໆ ທີ່ນັ່ງພື້ນໄດ້, ແວ່ນຕາຖ້າໃຊ້.",
            "Comfortable clothes for sitting on the floor; reading glasses if you use them.",
        ),
        "season_note": T(
            "ตลอดปี ศูนย์เรียนรู้ปิดวันอาทิตย์",
            "ຕະຫຼອດປີ. ສູນຮຽນຮູ້ປິດວັນອາທິດ.",
            "All year. The workshop is closed on Sundays.",
        ),
        "place": "li-weaving-workshop",
        "providers": ["TL-01", "TL-03"],
        "capacity": 10,
        "min_guests": 2,
        "duration_minutes": 180,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "450", "child": "250"},
        "menu": [],
    },
    {
        "slug": "kaeng-ton-river-walk",
        "kind": "activity",
        "service_type": "",
        "title": T(
            "เดินเลียบแก่งโตน ฟังเรื่องเล่าลี่ดักปลา",
            "ຍ່າງລຽບແກ່ງໂຕນ ຟັງເລື່ອງເລົ່າລີ່ດັກປາ",
            "Kaeng Ton river walk & fish-trap story",
        ),
        "summary": T(
            "เดินไปแก่งโตนกับพรานปลาท้องถิ่น และดูวิธีวางลี่ในกระแสน้ำ",
            "ຍ່າງໄປແກ່ງໂຕນກັບຄົນຫາປາທ້ອງຖິ່ນ ແລະ ເບິ່ງວິທີວາງລີ່ໃນກະແສນ້ຳ.",
            "Walk to the Kaeng Ton rapids with a local fisherman and see how a li is set in the current.",
        ),
        "description": T(
            "พรานปลาท้องถิ่นพาเดินลงไปที่แก่ง สาธิตวิธีวางลี่ตามร่องน้ำระหว่างโขดหิน "
            "และเล่าว่าชาวบ้านแบ่งปลาที่จับได้กันอย่างไร ฟังเรื่องราวของผู้มาตั้งถิ่นฐานรุ่นแรก "
            "แช่เท้าในแอ่งน้ำตื้น แล้วปิดท้ายด้วยผลไม้และชาสมุนไพรบนลานหิน "
            "เป็นการเดินเบา ๆ แต่โขดหินลื่น",
            "ຄົນຫາປາທ້ອງຖິ່ນພາຍ່າງລົງໄປແກ່ງ, ສາທິດວິທີວາງລີ່ຕາມຮ່ອງນ້ຳລະຫວ່າງໂງ່ນຫີນ "
            "ແລະ ເລົ່າວ່າຊາວບ້ານແບ່ງປາທີ່ຫາໄດ້ກັນແນວໃດ. ຟັງເລື່ອງລາວຂອງຜູ້ມາຕັ້ງຖິ່ນຖານລຸ້ນທຳອິດ, "
            "ແຊ່ຕີນໃນວັງນ້ຳຕື້ນ, ແລ້ວປິດທ້າຍດ້ວຍໝາກໄມ້ ແລະ ຊາສະໝຸນໄພເທິງລານຫີນ. "
            "ເປັນການຍ່າງເບົາໆ ແຕ່ໂງ່ນຫີນມື່ນ.",
            "A local fisherman leads you down to the rapids, shows how families set li traps in "
            "the channels between the rocks and explains how the catch is shared. Hear the first "
            "settlers' story, cool your feet in the shallow pools and finish with fruit and "
            "herbal tea on the rocks. The walk is gentle, but the rocks are slippery.",
        ),
        "included": T(
            "ไกด์ท้องถิ่น น้ำดื่ม ผลไม้และชาสมุนไพร",
            "ໄກດ໌ທ້ອງຖິ່ນ, ນ້ຳດື່ມ, ໝາກໄມ້ ແລະ ຊາສະໝຸນໄພ.",
            "Local guide, drinking water, fruit and herbal tea.",
        ),
        "not_included": T(
            "การเดินทางไปจุดเริ่มเดิน (จองรถรับส่งของชุมชนได้) ชุดว่ายน้ำ",
            "ການເດີນທາງໄປຈຸດເລີ່ມຍ່າງ (ຈອງລົດຮັບສົ່ງຂອງຊຸມຊົນໄດ້), ຊຸດລອຍນ້ຳ.",
            "Transport to the start of the trail (our shuttle can be booked); swimwear.",
        ),
        "what_to_bring": T(
            "รองเท้ารัดส้นที่ไม่ลื่นหรือรองเท้าผ้าใบเก่า หมวก ครีมกันแดด เสื้อผ้าสำรอง",
            "ເກີບຮັດສົ້ນທີ່ບໍ່ມື່ນ ຫຼື ເກີບຜ້າໃບເກົ່າ, ໝວກ, ຄີມກັນແດດ, ເຄື່ອງນຸ່ງສຳຮອງ.",
            "Sandals with grip or old trainers, a hat, sunscreen and a change of clothes.",
        ),
        "season_note": T(
            "พฤศจิกายน–พฤษภาคม ช่วงน้ำลด งดกิจกรรมเมื่อน้ำขึ้นสูง โดยเสนอกิจกรรมอื่นหรือคืนเงินเต็มจำนวน",
            "ພະຈິກ–ພຶດສະພາ ຊ່ວງນ້ຳລົດ. ງົດກິດຈະກຳເມື່ອນ້ຳຂຶ້ນສູງ ໂດຍສະເໜີກິດຈະກຳອື່ນ ຫຼື ສົ່ງເງິນຄືນເຕັມຈຳນວນ.",
            "November to May, when the water is low. Cancelled when the river is high; we offer "
            "another activity or a full refund.",
        ),
        "place": "kaeng-ton",
        "providers": ["TL-03", "TL-04"],
        "capacity": 10,
        "min_guests": 2,
        "duration_minutes": 180,
        "languages": ["th", "lo", "en"],
        "season": (11, 5),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "400", "child": "200"},
        "menu": [],
    },
    {
        "slug": "phra-that-satcha-story-walk",
        "kind": "activity",
        "service_type": "",
        "title": T(
            "เดินเล่าเรื่องพระธาตุสัจจะ",
            "ຍ່າງເລົ່າເລື່ອງພະທາດສັດຈະ",
            "Phra That Satcha temple and story walk",
        ),
        "summary": T(
            "ไหว้พระธาตุสูง 33 เมตร และฟังว่าทำไมชาวท่าลี่จึงสร้างขึ้นหลังพระธาตุพนมพังลง",
            "ໄຫວ້ພະທາດສູງ 33 ແມັດ ແລະ ຟັງວ່າເປັນຫຍັງຊາວທ່າລີ່ຈຶ່ງສ້າງຂຶ້ນ ຫຼັງພະທາດພະນົມພັງລົງ.",
            "Visit the 33-metre stupa and hear why Tha Li built it after Phra That Phanom fell.",
        ),
        "description": T(
            "ไกด์เล่าเรื่องปี พ.ศ. 2518 ที่พระธาตุพนมพังทลาย และชาวท่าลี่สร้างพระธาตุสัจจะเพื่อต่อชะตา "
            "เดินรอบองค์พระธาตุ เรียนวิธีถวายดอกไม้ ธูป เทียน และชมบริเวณวัดลาดปู่ทรงธรรม "
            "ก่อนเดินกลับผ่านตรอกซอยของหมู่บ้านเก่า",
            "ໄກດ໌ເລົ່າເລື່ອງປີ 1975 ທີ່ພະທາດພະນົມພັງລົງ ແລະ ຊາວທ່າລີ່ສ້າງພະທາດສັດຈະເພື່ອຕໍ່ຊະຕາ. "
            "ຍ່າງອ້ອມອົງພະທາດ, ຮຽນວິທີຖວາຍດອກໄມ້ ທູບ ທຽນ, ແລະ ຊົມບໍລິເວນວັດລາດປູ່ທົງທຳ "
            "ກ່ອນຍ່າງກັບຜ່ານຊອຍຂອງບ້ານເກົ່າ.",
            "Your guide tells the story of 1975, when Phra That Phanom collapsed, and how Tha Li "
            'built Phra That Satcha to "extend its fate". Walk around the stupa, learn how to '
            "offer flowers, incense and candles, and explore the grounds of Wat Lat Pu Song Tham "
            "before walking back through the lanes of the old village.",
        ),
        "included": T(
            "ไกด์ท้องถิ่น ดอกไม้ ธูป เทียนสำหรับถวาย น้ำดื่ม",
            "ໄກດ໌ທ້ອງຖິ່ນ, ດອກໄມ້ ທູບ ທຽນ ສຳລັບຖວາຍ, ນ້ຳດື່ມ.",
            "Local guide, flowers, incense and candles for the offering, drinking water.",
        ),
        "not_included": T(
            "เงินทำบุญถวายวัด (ตามศรัทธา)",
            "ເງິນເຮັດບຸນຖວາຍວັດ (ຕາມສັດທາ).",
            "Donations to the temple (voluntary).",
        ),
        "what_to_bring": T(
            "เสื้อผ้าปิดไหล่และเข่า รองเท้าที่ถอดง่าย",
            "ເຄື່ອງນຸ່ງປິດບ່າ ແລະ ຫົວເຂົ່າ, ເກີບທີ່ຖອດງ່າຍ.",
            "Clothes covering shoulders and knees, and shoes that are easy to slip off.",
        ),
        "season_note": T(
            "ตลอดปี ทุกวัน 07:00–18:00 ช่วงเช้าอากาศเย็นสบายกว่า",
            "ຕະຫຼອດປີ, ທຸກມື້ 07:00–18:00. ຊ່ວງເຊົ້າອາກາດເຢັນສະບາຍກວ່າ.",
            "All year, daily 07:00–18:00. Mornings are cooler.",
        ),
        "place": "phra-that-satcha",
        "providers": ["TL-04", "TL-02"],
        "capacity": 15,
        "min_guests": 1,
        "duration_minutes": 120,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "250", "child": "100"},
        "menu": [],
    },
    {
        "slug": "homestay-mae-somsri",
        "kind": "homestay",
        "service_type": "",
        "title": T(
            "ห้องพักบ้านไม้แม่สมศรี",
            "ຫ້ອງພັກເຮືອນໄມ້ແມ່ສົມສີ",
            "Wooden-house room with Mae Somsri",
        ),
        "summary": T(
            "ห้องบนชั้นสองของบ้านไม้แบบดั้งเดิม ห้องน้ำรวม รวมอาหารเช้า",
            "ຫ້ອງຢູ່ຊັ້ນສອງຂອງເຮືອນໄມ້ແບບດັ້ງເດີມ, ຫ້ອງນ້ຳລວມ, ລວມອາຫານເຊົ້າ.",
            "An upstairs room in a traditional wooden house; shared bathroom, breakfast included.",
        ),
        "description": T(
            "ห้องสะอาดบนชั้นสองของบ้านไม้ ปูที่นอนบนพื้น มีมุ้งและพัดลม ห้องน้ำรวมอยู่ชั้นล่าง "
            "แม่สมศรีทำอาหารเช้าจากผักในสวนหลังบ้าน และยินดีสอนทำอาหารพื้นบ้านสักอย่างสองอย่าง",
            "ຫ້ອງສະອາດຢູ່ຊັ້ນສອງຂອງເຮືອນໄມ້, ປູບ່ອນນອນເທິງພື້ນ, ມີມຸ້ງ ແລະ ພັດລົມ. ຫ້ອງນ້ຳລວມຢູ່ຊັ້ນລຸ່ມ. "
            "ແມ່ສົມສີແຕ່ງອາຫານເຊົ້າຈາກຜັກໃນສວນຫຼັງເຮືອນ ແລະ ຍິນດີສອນແຕ່ງອາຫານພື້ນບ້ານຈັກຢ່າງສອງຢ່າງ.",
            "A clean room on the upper floor of a wooden house, with mattresses on the floor, "
            "mosquito nets and a fan. The shared bathroom is downstairs. Mae Somsri cooks "
            "breakfast with vegetables from her garden and is happy to teach you a local dish "
            "or two.",
        ),
        "included": T(
            "ที่นอน มุ้ง พัดลม ผ้าเช็ดตัว น้ำดื่ม อาหารเช้า",
            "ບ່ອນນອນ, ມຸ້ງ, ພັດລົມ, ຜ້າເຊັດໂຕ, ນ້ຳດື່ມ, ອາຫານເຊົ້າ.",
            "Bedding, mosquito net, fan, towel, drinking water and breakfast.",
        ),
        "not_included": T(
            "อาหารเย็น (จองมื้อเย็นแบบเลยได้) ซักรีด",
            "ອາຫານແລງ (ຈອງອາຫານແລງແບບເລີຍໄດ້), ການຊັກລີດ.",
            "Dinner (book the Loei-style dinner) and laundry.",
        ),
        "what_to_bring": T(
            "ผ้าถุงหรือผ้าขาวม้าสำหรับอาบน้ำ ไฟฉาย ยากันยุง",
            "ຜ້າສິ້ນ ຫຼື ຜ້າຂາວມ້າສຳລັບອາບນ້ຳ, ໄຟສາຍ, ຢາກັນຍຸງ.",
            "A sarong for bathing, a torch and insect repellent.",
        ),
        "season_note": T(
            "ตลอดปี ธันวาคม–กุมภาพันธ์กลางคืนอากาศหนาว ขอผ้าห่มเพิ่มได้",
            "ຕະຫຼອດປີ. ທັນວາ–ກຸມພາ ກາງຄືນອາກາດໜາວ, ຂໍຜ້າຫົ່ມເພີ່ມໄດ້.",
            "All year. Nights are cold from December to February; ask for an extra blanket.",
        ),
        "place": "community-centre",
        "providers": ["TL-02"],
        "capacity": 2,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["th", "lo"],
        "season": (1, 12),
        "beds": 2,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "600", "child": "300"},
        "menu": [],
    },
    {
        "slug": "homestay-mae-khampaeng-family-room",
        "kind": "homestay",
        "service_type": "",
        "title": T(
            "ห้องครอบครัวบ้านแม่คำแปง มีห้องน้ำในตัว",
            "ຫ້ອງຄອບຄົວເຮືອນແມ່ຄຳແປງ ມີຫ້ອງນ້ຳໃນຕົວ",
            "Family room with private bathroom at Mae Khampaeng's house",
        ),
        "summary": T(
            "ห้องชั้นล่างสำหรับครอบครัว 3 เตียง ห้องน้ำในตัว รวมอาหารเช้า",
            "ຫ້ອງຊັ້ນລຸ່ມສຳລັບຄອບຄົວ 3 ຕຽງ, ຫ້ອງນ້ຳໃນຕົວ, ລວມອາຫານເຊົ້າ.",
            "A ground-floor family room with three beds and its own bathroom; breakfast included.",
        ),
        "description": T(
            "ห้องชั้นล่างสำหรับครอบครัวหรือกลุ่มเล็ก มี 3 เตียง พัดลม และห้องน้ำในตัวพร้อมเครื่องทำน้ำอุ่น "
            "บ้านอยู่ในซอยเงียบ เดินไม่กี่นาทีถึงศูนย์ชุมชน อาหารเช้าเสิร์ฟที่ชานบ้าน",
            "ຫ້ອງຊັ້ນລຸ່ມສຳລັບຄອບຄົວ ຫຼື ກຸ່ມນ້ອຍ, ມີ 3 ຕຽງ, ພັດລົມ ແລະ ຫ້ອງນ້ຳໃນຕົວພ້ອມເຄື່ອງເຮັດນ້ຳອຸ່ນ. "
            "ເຮືອນຢູ່ໃນຊອຍງຽບ, ຍ່າງບໍ່ເທົ່າໃດນາທີກໍຮອດສູນຊຸມຊົນ. ອາຫານເຊົ້າກິນຢູ່ຊານເຮືອນ.",
            "A ground-floor room for a family or small group, with three beds, a fan and its own "
            "bathroom with a water heater. The house is on a quiet lane a few minutes' walk from "
            "the community centre; breakfast is served on the veranda.",
        ),
        "included": T(
            "ที่นอน มุ้ง พัดลม ผ้าเช็ดตัว น้ำดื่ม อาหารเช้า",
            "ບ່ອນນອນ, ມຸ້ງ, ພັດລົມ, ຜ້າເຊັດໂຕ, ນ້ຳດື່ມ, ອາຫານເຊົ້າ.",
            "Bedding, mosquito nets, fan, towels, drinking water and breakfast.",
        ),
        "not_included": T(
            "อาหารเย็น ซักรีด",
            "ອາຫານແລງ, ການຊັກລີດ.",
            "Dinner and laundry.",
        ),
        "what_to_bring": T(
            "ไฟฉาย ยากันยุง เสื้อกันหนาวในฤดูหนาว",
            "ໄຟສາຍ, ຢາກັນຍຸງ, ເສື້ອກັນໜາວໃນລະດູໜາວ.",
            "A torch, insect repellent and a warm layer in the cool season.",
        ),
        "season_note": T(
            "ตลอดปี ห้องชั้นล่างไม่มีขั้นบันได เหมาะกับผู้สูงอายุ",
            "ຕະຫຼອດປີ. ຫ້ອງຊັ້ນລຸ່ມບໍ່ມີຂັ້ນໄດ, ເໝາະກັບຜູ້ສູງອາຍຸ.",
            "All year. The ground-floor room has no steps, which suits older guests.",
        ),
        "place": "community-centre",
        "providers": ["TL-08"],
        "capacity": 4,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": 3,
        "private_bathroom": True,
        "stock": None,
        "prices": {"adult": "700", "child": "350"},
        "menu": [],
    },
    {
        "slug": "loei-style-dinner",
        "kind": "meal",
        "service_type": "",
        "title": T(
            "สำรับมื้อเย็นแบบเลย",
            "ພາເຂົ້າແລງແບບເລີຍ",
            "Loei-style dinner",
        ),
        "summary": T(
            "อาหารพื้นบ้านอีสาน–เลยจากปลาแม่น้ำ หน่อไม้ และผักสวน กินกับข้าวเหนียว",
            "ອາຫານພື້ນບ້ານແບບເລີຍ ຈາກປານ້ຳ, ໜໍ່ໄມ້ ແລະ ຜັກສວນ, ກິນກັບເຂົ້າໜຽວ.",
            "Home cooking from river fish, bamboo shoots and garden vegetables, eaten with sticky rice.",
        ),
        "description": T(
            "แม่ครัวของชุมชนทำอาหารจากวัตถุดิบในท้องถิ่นตามฤดูกาล จัดเป็นพาข้าวให้นั่งล้อมวงกินด้วยกัน "
            "บอกล่วงหน้าได้หากไม่กินเผ็ด แพ้อาหาร หรือกินมังสวิรัติ เราจะปรับเมนูให้",
            "ແມ່ຄົວຂອງຊຸມຊົນແຕ່ງອາຫານຈາກວັດຖຸດິບທ້ອງຖິ່ນຕາມລະດູການ, ຈັດເປັນພາເຂົ້າໃຫ້ນັ່ງອ້ອມວົງກິນນຳກັນ. "
            "ບອກລ່ວງໜ້າໄດ້ຖ້າບໍ່ກິນເຜັດ, ແພ້ອາຫານ ຫຼື ກິນອາຫານເຈ, ພວກເຮົາຈະປັບເມນູໃຫ້.",
            "Community cooks prepare a shared tray of seasonal local food, and everyone sits "
            "around it to eat together. Tell us in advance if you avoid chilli, have allergies "
            "or are vegetarian, and we will adapt the menu.",
        ),
        "included": T(
            "อาหาร 5 อย่าง ข้าวเหนียว น้ำดื่ม ชาสมุนไพร ผลไม้ตามฤดูกาล",
            "ອາຫານ 5 ຢ່າງ, ເຂົ້າໜຽວ, ນ້ຳດື່ມ, ຊາສະໝຸນໄພ, ໝາກໄມ້ຕາມລະດູການ.",
            "Five dishes, sticky rice, drinking water, herbal tea and seasonal fruit.",
        ),
        "not_included": T(
            "เครื่องดื่มแอลกอฮอล์ น้ำอัดลม",
            "ເຄື່ອງດື່ມທີ່ມີທາດເຫຼົ້າ, ນ້ຳອັດລົມ.",
            "Alcoholic drinks and soft drinks.",
        ),
        "what_to_bring": T(
            "ความหิว และยากันยุงสำหรับมื้อค่ำกลางแจ้ง",
            "ຄວາມຫິວ ແລະ ຢາກັນຍຸງ ສຳລັບອາຫານແລງກາງແຈ້ງ.",
            "An appetite, and insect repellent for eating outdoors.",
        ),
        "season_note": T(
            "ตลอดปี จองล่วงหน้าอย่างน้อย 1 วัน หน่อไม้สดมีช่วงหน้าฝน นอกฤดูใช้หน่อไม้ดอง",
            "ຕະຫຼອດປີ, ຈອງລ່ວງໜ້າຢ່າງໜ້ອຍ 1 ມື້. ໜໍ່ໄມ້ສົດມີໃນລະດູຝົນ, ນອກລະດູໃຊ້ໜໍ່ໄມ້ດອງ.",
            "All year; book at least one day ahead. Fresh bamboo shoots are a rainy-season food; "
            "at other times pickled shoots are used.",
        ),
        "place": "community-centre",
        "providers": ["TL-05", "TL-02"],
        "capacity": 20,
        "min_guests": 2,
        "duration_minutes": 90,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "250", "child": "120"},
        "menu": [
            {
                "name": T("แกงหน่อไม้", "ແກງໜໍ່ໄມ້", "Kaeng no mai (bamboo-shoot soup)"),
                "description": T(
                    "แกงหน่อไม้ใส่น้ำใบย่านาง ฟักทอง และผักพื้นบ้าน ปรุงด้วยปลาร้า",
                    "ແກງໜໍ່ໄມ້ໃສ່ນ້ຳໃບຢານາງ, ໝາກອຶ ແລະ ຜັກພື້ນບ້ານ, ປຸງດ້ວຍປາແດກ.",
                    "Bamboo shoots simmered with yanang-leaf juice, pumpkin and local greens, "
                    "seasoned with fermented fish.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": True,
            },
            {
                "name": T("ปลาปิ้ง", "ປາປີ້ງ", "Pla ping (grilled river fish)"),
                "description": T(
                    "ปลาแม่น้ำทาเกลือ ยัดไส้ตะไคร้ ย่างบนเตาถ่าน",
                    "ປານ້ຳທາເກືອ, ຍັດໄສ້ຫົວສິງໄຄ, ປີ້ງເທິງເຕົາຖ່ານ.",
                    "River fish rubbed with salt, stuffed with lemongrass and grilled over charcoal.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": False,
            },
            {
                "name": T("แจ่วบอง", "ແຈ່ວບອງ", "Jaew bong (chilli and fermented-fish relish)"),
                "description": T(
                    "น้ำพริกปลาร้าตำกับพริกแห้งคั่ว ข่า หอมแดง กินกับผักสด",
                    "ແຈ່ວປາແດກຕຳກັບໝາກເຜັດແຫ້ງຂົ້ວ, ຂ່າ, ຫົວຜັກບົ່ວແດງ, ກິນກັບຜັກສົດ.",
                    "A thick relish of fermented fish pounded with roasted dried chilli, galangal "
                    "and shallots, eaten with fresh vegetables.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": True,
            },
            {
                "name": T("ต้มโคล้ง", "ຕົ້ມໂຄ້ງ", "Tom khlong (smoky sour fish soup)"),
                "description": T(
                    "ต้มปลาย่างรมควัน ใส่มะขามเปียก พริกแห้ง ตะไคร้ และใบมะกรูด รสเปรี้ยวเผ็ดหอมควัน",
                    "ຕົ້ມປາຍ່າງຮົມຄວັນ ໃສ່ໝາກຂາມປຽກ, ໝາກເຜັດແຫ້ງ, ຫົວສິງໄຄ ແລະ ໃບໝາກຂີ້ຫູດ, ລົດສົ້ມເຜັດຫອມຄວັນ.",
                    "Smoked grilled fish in a sour broth of tamarind, dried chilli, lemongrass and "
                    "kaffir lime leaves.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": True,
            },
            {
                "name": T("ข้าวเหนียว", "ເຂົ້າໜຽວ", "Khao niao (sticky rice)"),
                "description": T(
                    "ข้าวเหนียวนึ่งจากนาในชุมชน เสิร์ฟในกระติ๊บไม้ไผ่",
                    "ເຂົ້າໜຽວໜຶ້ງຈາກນາໃນຊຸມຊົນ, ໃສ່ກ່ອງເຂົ້າໄມ້ໄຜ່.",
                    "Steamed sticky rice from village fields, served in a bamboo basket.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
        ],
    },
    {
        "slug": "morning-market-breakfast",
        "kind": "meal",
        "service_type": "",
        "title": T(
            "อาหารเช้าตลาดเช้าท่าลี่",
            "ອາຫານເຊົ້າຕະຫຼາດເຊົ້າທ່າລີ່",
            "Morning-market breakfast",
        ),
        "summary": T(
            "เดินตลาดเช้ากับเจ้าบ้าน แล้วกินอาหารเช้าแบบที่คนท่าลี่กิน",
            "ຍ່າງຕະຫຼາດເຊົ້າກັບເຈົ້າພາບ ແລ້ວກິນອາຫານເຊົ້າແບບທີ່ຄົນທ່າລີ່ກິນ.",
            "Browse the morning market with your host, then eat breakfast the way Tha Li does.",
        ),
        "description": T(
            "เจ้าบ้านพาเดินตลาดเช้า แนะนำผักป่า ปลา และขนมพื้นบ้าน แล้วนั่งกินอาหารเช้าที่ร้านของคนในชุมชน "
            "ข้าวเปียกเส้นร้อน ๆ ไข่ป่าม ข้าวจี่ และผลไม้จากแปลงอินทรีย์",
            "ເຈົ້າພາບພາຍ່າງຕະຫຼາດເຊົ້າ, ແນະນຳຜັກປ່າ, ປາ ແລະ ເຂົ້າໜົມພື້ນບ້ານ, ແລ້ວນັ່ງກິນອາຫານເຊົ້າຢູ່ຮ້ານຂອງຄົນໃນຊຸມຊົນ: "
            "ເຂົ້າປຽກເສັ້ນຮ້ອນໆ, ໄຂ່ປາມ, ເຂົ້າຈີ່ ແລະ ໝາກໄມ້ຈາກສວນອິນຊີ.",
            "Your host walks you through the morning market, pointing out wild vegetables, fish "
            "and local sweets, then you sit down at a community-run stall for hot khao piak sen, "
            "khai pam, khao ji and fruit from the organic farm.",
        ),
        "included": T(
            "อาหารเช้าตามเมนู กาแฟหรือชา เจ้าบ้านพาเดินตลาด",
            "ອາຫານເຊົ້າຕາມເມນູ, ກາເຟ ຫຼື ຊາ, ເຈົ້າພາບພາຍ່າງຕະຫຼາດ.",
            "Breakfast as listed, coffee or tea, and a market walk with your host.",
        ),
        "not_included": T(
            "ของที่ซื้อเพิ่มในตลาด",
            "ເຄື່ອງທີ່ຊື້ເພີ່ມໃນຕະຫຼາດ.",
            "Anything else you buy at the market.",
        ),
        "what_to_bring": T(
            "เงินสดย่อย ถุงผ้า เสื้อคลุมบาง ๆ สำหรับเช้าที่อากาศเย็น",
            "ເງິນສົດຍ່ອຍ, ຖົງຜ້າ, ເສື້ອຄຸມບາງໆ ສຳລັບເຊົ້າທີ່ອາກາດເຢັນ.",
            "Small change, a cloth bag and a light jacket for cool mornings.",
        ),
        "season_note": T(
            "ตลอดปี เริ่ม 06:00 ตลาดปิดวันจันทร์ วันจันทร์เสิร์ฟอาหารเช้าที่ศูนย์ชุมชนแทน",
            "ຕະຫຼອດປີ, ເລີ່ມ 06:00. ຕະຫຼາດປິດວັນຈັນ, ວັນຈັນກິນອາຫານເຊົ້າຢູ່ສູນຊຸມຊົນແທນ.",
            "All year, starting at 06:00. The market is closed on Mondays, when breakfast is "
            "served at the community centre instead.",
        ),
        "place": "tha-li-morning-market",
        "providers": ["TL-05", "TL-06"],
        "capacity": 10,
        "min_guests": 2,
        "duration_minutes": 90,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "180", "child": "90"},
        "menu": [
            {
                "name": T("ข้าวเปียกเส้น", "ເຂົ້າປຽກເສັ້ນ", "Khao piak sen (rice-noodle soup)"),
                "description": T(
                    "เส้นแป้งข้าวเจ้านุ่มหนึบในน้ำซุปหมู โรยกระเทียมเจียวและต้นหอม",
                    "ເສັ້ນແປ້ງເຂົ້າໃນນ້ຳແກງຊີ້ນໝູ, ໂຮຍກະທຽມຈືນ ແລະ ຕົ້ນຫອມ.",
                    "Soft, chewy rice noodles in pork broth, topped with fried garlic and spring onion.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
            {
                "name": T("ไข่ป่าม", "ໄຂ່ປາມ", "Khai pam (eggs grilled in a banana-leaf cup)"),
                "description": T(
                    "ไข่ตีกับต้นหอมและผักชีลาว ใส่กระทงใบตองแล้วปิ้งบนเตาถ่าน ปรุงด้วยซีอิ๊ว",
                    "ໄຂ່ຕີກັບຕົ້ນຫອມ ແລະ ຜັກຊີ, ໃສ່ກະທົງໃບຕອງແລ້ວປີ້ງເທິງເຕົາຖ່ານ, ປຸງດ້ວຍນ້ຳສະອິ໊ວ.",
                    "Eggs beaten with spring onion and dill, cooked in a banana-leaf cup over "
                    "charcoal and seasoned with soy sauce.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
            {
                "name": T("ข้าวจี่", "ເຂົ້າຈີ່ (ເຂົ້າໜຽວປີ້ງ)", "Khao ji (grilled sticky rice)"),
                "description": T(
                    "ข้าวเหนียวปั้นทาไข่และเกลือ ปิ้งจนกรอบหอม",
                    "ເຂົ້າໜຽວປັ້ນທາໄຂ່ ແລະ ເກືອ, ປີ້ງຈົນກອບຫອມ.",
                    "Balls of sticky rice brushed with egg and salt, grilled until crisp.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
            {
                "name": T("ผลไม้ตามฤดูกาล", "ໝາກໄມ້ຕາມລະດູການ", "Seasonal fruit"),
                "description": T(
                    "ผลไม้จากแปลงเกษตรอินทรีย์ของชุมชน เช่น กล้วย มะละกอ หรือมะม่วงตามฤดู",
                    "ໝາກໄມ້ຈາກສວນອິນຊີຂອງຊຸມຊົນ ເຊັ່ນ ໝາກກ້ວຍ, ໝາກຫຸ່ງ ຫຼື ໝາກມ່ວງຕາມລະດູ.",
                    "Fruit from the community organic farm, such as bananas, papaya or mangoes in season.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
        ],
    },
    {
        "slug": "hand-woven-li",
        "kind": "product",
        "service_type": "",
        "title": T(
            "ลี่ไม้ไผ่สานมือ",
            "ລີ່ໄມ້ໄຜ່ສານມື",
            "Hand-woven bamboo li (fish trap)",
        ),
        "summary": T(
            "ลี่ดักปลาสานมือโดยช่างของท่าลี่ ยาวประมาณ 50 ซม. ใช้แขวนประดับได้",
            "ລີ່ດັກປາສານມືໂດຍຊ່າງຂອງທ່າລີ່, ຍາວປະມານ 50 ຊມ., ໃຊ້ແຂວນປະດັບໄດ້.",
            "A fish trap hand-woven by Tha Li's weavers, about 50 cm long, made to hang as decoration.",
        ),
        "description": T(
            "ลี่แต่ละอันสานจากไม้ไผ่ในหมู่บ้าน ใช้เวลาสานประมาณสองวัน มีป้ายบอกชื่อช่างผู้สาน "
            "รายได้ส่วนใหญ่เป็นของช่าง และส่วนหนึ่งเข้ากองทุนพัฒนาชุมชน",
            "ລີ່ແຕ່ລະອັນສານຈາກໄມ້ໄຜ່ໃນບ້ານ, ໃຊ້ເວລາສານປະມານສອງມື້, ມີປ້າຍບອກຊື່ຊ່າງຜູ້ສານ. "
            "ລາຍຮັບສ່ວນໃຫຍ່ເປັນຂອງຊ່າງ ແລະ ສ່ວນໜຶ່ງເຂົ້າກອງທຶນພັດທະນາຊຸມຊົນ.",
            "Each li is woven from village bamboo over about two days and carries a tag with the "
            "weaver's name. Most of the price goes to the weaver and part to the community "
            "development fund.",
        ),
        "included": T(
            "ลี่สานมือ 1 อัน พร้อมป้ายชื่อช่าง",
            "ລີ່ສານມື 1 ອັນ ພ້ອມປ້າຍຊື່ຊ່າງ.",
            "One hand-woven li with a tag naming the weaver.",
        ),
        "not_included": T(
            "ค่าจัดส่ง (ห่อสำหรับขึ้นเครื่องบินได้ที่ศูนย์ชุมชน)",
            "ຄ່າຂົນສົ່ງ (ຫໍ່ສຳລັບຂຶ້ນຍົນໄດ້ທີ່ສູນຊຸມຊົນ).",
            "Shipping (we can wrap it for air travel at the community centre).",
        ),
        "what_to_bring": T(
            "ที่ว่างในกระเป๋า ลี่น้ำหนักเบาแต่มีขนาดใหญ่",
            "ບ່ອນຫວ່າງໃນກະເປົາ, ລີ່ນ້ຳໜັກເບົາແຕ່ມີຂະໜາດໃຫຍ່.",
            "Space in your luggage: the li is light but bulky.",
        ),
        "season_note": T(
            "สานตลอดปี ช่างหนึ่งคนสานได้ราวสัปดาห์ละ 2 อัน จำนวนจึงมีจำกัด",
            "ສານຕະຫຼອດປີ. ຊ່າງຄົນໜຶ່ງສານໄດ້ປະມານອາທິດລະ 2 ອັນ, ຈຳນວນຈຶ່ງມີຈຳກັດ.",
            "Made all year; one weaver finishes about two a week, so stock is limited.",
        ),
        "place": "li-weaving-workshop",
        "providers": ["TL-01", "TL-03"],
        "capacity": 1,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": 12,
        "prices": {"item": "450"},
        "menu": [],
    },
    {
        "slug": "lemongrass-pandan-herbal-tea",
        "kind": "product",
        "service_type": "",
        "title": T(
            "ชาสมุนไพรตะไคร้ใบเตย ปลอดสารเคมี",
            "ຊາສະໝຸນໄພຫົວສິງໄຄໃບເຕີຍ ປອດສານເຄມີ",
            "Lemongrass and pandan herbal tea, grown without chemicals",
        ),
        "summary": T(
            "ชาสมุนไพรอบแห้งจากแปลงเกษตรอินทรีย์ของชุมชน ถุงละ 50 กรัม",
            "ຊາສະໝຸນໄພຕາກແຫ້ງຈາກສວນອິນຊີຂອງຊຸມຊົນ, ຖົງລະ 50 ກຣາມ.",
            "Dried herbal tea from the community organic farm, 50 g per pack.",
        ),
        "description": T(
            "ตะไคร้ ใบเตย และขิง ปลูกโดยไม่ใช้สารเคมี ตากและอบแห้งที่แปลงเกษตรของชุมชน "
            "ชงได้ราว 25 แก้ว ไม่มีคาเฟอีน ยังไม่ได้รับรองมาตรฐานเกษตรอินทรีย์อย่างเป็นทางการ",
            "ຫົວສິງໄຄ, ໃບເຕີຍ ແລະ ຂີງ ປູກໂດຍບໍ່ໃຊ້ສານເຄມີ, ຕາກ ແລະ ອົບແຫ້ງທີ່ສວນກະສິກຳຂອງຊຸມຊົນ. "
            "ຊົງໄດ້ປະມານ 25 ຈອກ, ບໍ່ມີຄາເຟອີນ. ຍັງບໍ່ທັນໄດ້ຮັບການຢັ້ງຢືນມາດຕະຖານອິນຊີຢ່າງເປັນທາງການ.",
            "Lemongrass, pandan and ginger grown without chemicals, then sun- and oven-dried at "
            "the community farm. Makes about 25 cups and is caffeine-free. Not yet formally "
            "certified organic.",
        ),
        "included": T(
            "ชาสมุนไพร 1 ถุง (50 กรัม) พร้อมวิธีชง",
            "ຊາສະໝຸນໄພ 1 ຖົງ (50 ກຣາມ) ພ້ອມວິທີຊົງ.",
            "One 50 g pack with brewing instructions.",
        ),
        "not_included": T(
            "ค่าจัดส่ง",
            "ຄ່າຂົນສົ່ງ.",
            "Shipping.",
        ),
        "what_to_bring": T(
            "ถุงผ้าของคุณเอง เพื่อลดพลาสติก",
            "ຖົງຜ້າຂອງທ່ານເອງ ເພື່ອຫຼຸດການໃຊ້ຖົງຢາງ.",
            "Your own cloth bag, to cut down on plastic.",
        ),
        "season_note": T(
            "มีจำหน่ายตลอดปี ล็อตใหม่หลังฤดูฝน",
            "ມີຂາຍຕະຫຼອດປີ, ມີຊຸດໃໝ່ຫຼັງລະດູຝົນ.",
            "Available all year; fresh batches after the rainy season.",
        ),
        "place": "organic-farm",
        "providers": ["TL-06"],
        "capacity": 1,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": 40,
        "prices": {"item": "120"},
        "menu": [],
    },
    {
        "slug": "local-guide-day",
        "kind": "service",
        "service_type": "guide",
        "title": T(
            "ไกด์ท้องถิ่นรายวัน",
            "ໄກດ໌ທ້ອງຖິ່ນລາຍວັນ",
            "Local guide for a day",
        ),
        "summary": T(
            "ไกด์จากหมู่บ้านพาเที่ยวท่าลี่ทั้งวันตามเส้นทางที่คุณเลือก ราคาต่อกลุ่มไม่เกิน 8 คน",
            "ໄກດ໌ຈາກບ້ານພາທ່ຽວທ່າລີ່ໝົດມື້ ຕາມເສັ້ນທາງທີ່ທ່ານເລືອກ, ລາຄາຕໍ່ກຸ່ມບໍ່ເກີນ 8 ຄົນ.",
            "A village guide shows you Tha Li for a day on a route you choose; one price for up to 8 people.",
        ),
        "description": T(
            "ไกด์ของชุมชนร่วมเดินทางกับคุณทั้งวัน ไม่ว่าจะเป็นพระธาตุสัจจะ แก่งโตน น้ำตกห้วยไค้ "
            "ต้นมะค่ายักษ์ หรือบ้านอาฮี ตามลำดับที่คุณต้องการ ไกด์พูดไทยและลาวได้ "
            "และมีไกด์ที่พูดภาษาอังกฤษได้ (แจ้งล่วงหน้า)",
            "ໄກດ໌ຂອງຊຸມຊົນຮ່ວມເດີນທາງກັບທ່ານໝົດມື້, ບໍ່ວ່າຈະເປັນພະທາດສັດຈະ, ແກ່ງໂຕນ, ນ້ຳຕົກຫ້ວຍໄຄ້, "
            "ຕົ້ນມະຄ່າຍັກ ຫຼື ບ້ານອາຮີ ຕາມລຳດັບທີ່ທ່ານຕ້ອງການ. ໄກດ໌ເວົ້າພາສາໄທ ແລະ ລາວໄດ້, "
            "ແລະ ມີໄກດ໌ທີ່ເວົ້າພາສາອັງກິດໄດ້ (ແຈ້ງລ່ວງໜ້າ).",
            "A community guide joins you for the day: Phra That Satcha, Kaeng Ton, Huai Khai "
            "waterfall, the giant Makha tree or Ban Ahi, in whatever order you like. Guides speak "
            "Thai and Lao, and an English-speaking guide is available on request.",
        ),
        "included": T(
            "ไกด์ไม่เกิน 8 ชั่วโมง วางแผนเส้นทาง ประสานงานกับครัวเรือนที่แวะเยี่ยม",
            "ໄກດ໌ບໍ່ເກີນ 8 ຊົ່ວໂມງ, ວາງແຜນເສັ້ນທາງ, ປະສານງານກັບຄອບຄົວທີ່ແວ່ຢ້ຽມ.",
            "A guide for up to 8 hours, route planning and arrangements with the households you visit.",
        ),
        "not_included": T(
            "ค่ารถ เงินทำบุญ อาหาร",
            "ຄ່າລົດ, ເງິນເຮັດບຸນ, ອາຫານ.",
            "Transport, temple donations and meals.",
        ),
        "what_to_bring": T(
            "น้ำดื่ม หมวก รองเท้าเดินป่า เสื้อกันฝนในหน้าฝน",
            "ນ້ຳດື່ມ, ໝວກ, ເກີບຍ່າງປ່າ, ເສື້ອກັນຝົນໃນລະດູຝົນ.",
            "Water, a hat, walking shoes, and a raincoat in the rainy season.",
        ),
        "season_note": T(
            "ตลอดปี น้ำตกห้วยไค้สวยช่วงกรกฎาคม–ตุลาคม แก่งโตนเหมาะช่วงพฤศจิกายน–พฤษภาคม",
            "ຕະຫຼອດປີ. ນ້ຳຕົກຫ້ວຍໄຄ້ງາມໃນເດືອນກໍລະກົດ–ຕຸລາ, ແກ່ງໂຕນເໝາະໃນເດືອນພະຈິກ–ພຶດສະພາ.",
            "All year. Huai Khai waterfall is best from July to October, Kaeng Ton from November "
            "to May.",
        ),
        "place": "community-centre",
        "providers": ["TL-04", "TL-07"],
        "capacity": 8,
        "min_guests": 1,
        "duration_minutes": 480,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"group": ("1200", 8)},
        "menu": [],
    },
    {
        "slug": "nam-heuang-border-shuttle",
        "kind": "service",
        "service_type": "transport",
        "title": T(
            "รถรับส่งไปด่านสะพานมิตรภาพน้ำเหือง",
            "ລົດຮັບສົ່ງໄປດ່ານຂົວມິດຕະພາບນ້ຳເຫືອງ",
            "Border shuttle to the Nam Heuang Friendship Bridge",
        ),
        "summary": T(
            "รถสองแถวของชุมชน ระหว่างศูนย์ชุมชนกับด่านฝั่งไทยที่สะพานมิตรภาพ เที่ยวเดียว ไม่เกิน 8 คน",
            "ລົດສອງແຖວຂອງຊຸມຊົນ ລະຫວ່າງສູນຊຸມຊົນກັບດ່ານຝັ່ງໄທທີ່ຂົວມິດຕະພາບ, ທຽວດຽວ, ບໍ່ເກີນ 8 ຄົນ.",
            "The community songthaew between the community centre and the Thai checkpoint at the "
            "Friendship Bridge; one way, up to 8 people.",
        ),
        "description": T(
            "น้าประยูรขับรถสองแถวมีหลังคา รับส่งระหว่างศูนย์ชุมชนกับด่านฝั่งไทยที่สะพานมิตรภาพข้ามแม่น้ำเหือง "
            "คนขับไม่ข้ามแดน เมื่อถึงฝั่งลาวต้องหารถต่อไปเมืองแก่นท้าวหรือบ่อแตนเอง "
            "ด่านมักปิด 18:00 โปรดตรวจสอบเวลาก่อนเดินทาง",
            "ນ້າປະຍູນຂັບລົດສອງແຖວມີຫຼັງຄາ ຮັບສົ່ງລະຫວ່າງສູນຊຸມຊົນກັບດ່ານຝັ່ງໄທທີ່ຂົວມິດຕະພາບຂ້າມນ້ຳເຫືອງ. "
            "ຄົນຂັບບໍ່ຂ້າມແດນ, ເມື່ອຮອດຝັ່ງລາວຕ້ອງຫາລົດຕໍ່ໄປເມືອງແກ່ນທ້າວ ຫຼື ບໍ່ແຕນເອງ. "
            "ດ່ານມັກປິດ 18:00, ກະລຸນາກວດເບິ່ງເວລາກ່ອນເດີນທາງ.",
            "Prayoon drives a covered pick-up (songthaew) between the community centre and the "
            "Thai checkpoint at the Friendship Bridge over the Heuang river. The driver does not "
            "cross the border: on the Lao side, arrange your own onward transport to Kenethao or "
            "Boten. The checkpoint usually closes at 18:00, so check the hours before travelling.",
        ),
        "included": T(
            "รถรับส่งเที่ยวเดียวสำหรับไม่เกิน 8 คนพร้อมสัมภาระ น้ำดื่ม",
            "ລົດຮັບສົ່ງທຽວດຽວ ສຳລັບບໍ່ເກີນ 8 ຄົນ ພ້ອມກະເປົາ, ນ້ຳດື່ມ.",
            "One-way transport for up to 8 people with luggage, and drinking water.",
        ),
        "not_included": T(
            "ค่าธรรมเนียมผ่านแดน ค่ารถฝั่งลาว การรอเกิน 30 นาที (ชั่วโมงละ 100 บาท)",
            "ຄ່າທຳນຽມຜ່ານແດນ, ຄ່າລົດຝັ່ງລາວ, ການລໍຖ້າເກີນ 30 ນາທີ (ຊົ່ວໂມງລະ 100 ບາດ).",
            "Border fees, Lao-side transport, and waiting over 30 minutes (100 THB per hour).",
        ),
        "what_to_bring": T(
            "หนังสือเดินทางหรือหนังสือผ่านแดน และเอกสารรถหากขับรถไปเอง",
            "ໜັງສືຜ່ານແດນ (Passport) ຫຼື ບັດຜ່ານແດນ, ແລະ ເອກະສານລົດ ຖ້າຂັບລົດໄປເອງ.",
            "Your passport or border pass, plus vehicle papers if you are driving yourself.",
        ),
        "season_note": T(
            "ตลอดปี ออกรถ 06:00–17:00 จองล่วงหน้าอย่างน้อย 1 วัน",
            "ຕະຫຼອດປີ, ອອກລົດ 06:00–17:00. ຈອງລ່ວງໜ້າຢ່າງໜ້ອຍ 1 ມື້.",
            "All year, departures 06:00–17:00. Book at least one day ahead.",
        ),
        "place": "community-centre",
        "providers": ["TL-07"],
        "capacity": 8,
        "min_guests": 1,
        "duration_minutes": 30,
        "languages": ["th", "lo"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"group": ("500", 8)},
        "menu": [],
    },
    {
        # Added for the trip planner: a lunch at lunch time on every day of the week.
        "slug": "organic-farm-lunch",
        "kind": "meal",
        "service_type": "",
        "title": T(
            "อาหารกลางวันจากแปลงผักอินทรีย์",
            "ອາຫານສວຍຈາກສວນຜັກອິນຊີ",
            "Farm-to-table lunch at the organic farm",
        ),
        "summary": T(
            "อาหารกลางวันแบบบ้าน ๆ จากผักที่เพิ่งเก็บในแปลงอินทรีย์ของชุมชน",
            "ອາຫານສວຍແບບບ້ານໆ ຈາກຜັກທີ່ຫາກໍ່ເກັບໃນສວນອິນຊີຂອງຊຸມຊົນ.",
            "A home-style lunch cooked from vegetables picked that morning in the community's "
            "organic plots.",
        ),
        "description": T(
            "แม่ครัวของชุมชนทำอาหารกลางวันจากผักที่เก็บในแปลงเช้าวันนั้น ต้มส้มปลา ผัดผักพื้นบ้าน "
            "น้ำพริกกับผักสด และข้าวเหนียว กินใต้ร่มไม้ข้างแปลง",
            "ແມ່ຄົວຂອງຊຸມຊົນເຮັດອາຫານສວຍຈາກຜັກທີ່ເກັບໃນສວນເຊົ້າມື້ນັ້ນ: ຕົ້ມສົ້ມປາ, ຂົ້ວຜັກພື້ນບ້ານ, "
            "ແຈ່ວກັບຜັກສົດ ແລະ ເຂົ້າໜຽວ, ກິນໃຕ້ຮົ່ມໄມ້ຂ້າງສວນ.",
            "The community's cooks make lunch from what was picked that morning: sour fish "
            "soup, stir-fried local greens, chilli dip with fresh vegetables and sticky rice, "
            "eaten in the shade beside the plots.",
        ),
        "included": T(
            "อาหารกลางวันตามเมนู น้ำดื่ม ชาตะไคร้",
            "ອາຫານສວຍຕາມເມນູ, ນ້ຳດື່ມ, ຊາຫົວສິງໄຄ.",
            "Lunch as listed, drinking water and lemongrass tea.",
        ),
        "not_included": T("เครื่องดื่มอื่น ๆ", "ເຄື່ອງດື່ມອື່ນໆ.", "Other drinks."),
        "what_to_bring": T(
            "บอกเจ้าบ้านล่วงหน้าหากแพ้อาหาร",
            "ບອກເຈົ້າພາບລ່ວງໜ້າ ຖ້າແພ້ອາຫານ.",
            "Tell your host in advance about any allergies.",
        ),
        "season_note": T(
            "ตลอดปี เสิร์ฟ 11:30 และ 12:30",
            "ຕະຫຼອດປີ, ເສີບ 11:30 ແລະ 12:30.",
            "All year, served at 11:30 and 12:30.",
        ),
        "place": "organic-farm",
        "providers": ["TL-02", "TL-05"],
        "capacity": 12,
        "min_guests": 1,
        "duration_minutes": 60,
        "languages": ["th", "lo", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "200", "child": "100"},
        "menu": [],
    },
]
