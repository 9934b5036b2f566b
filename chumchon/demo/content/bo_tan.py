# ruff: noqa: E501
"""Demo content for Bo Tan (Boten district, Xayaboury, Lao PDR).

Sources: /work/shared/research/cbt-domain.md, section 4 "Places" (Boten, Xayaboury and the
Nam Heuang border crossing). Place names are real where the research names them; Thai and
Lao spellings of the smaller place names are our own transliterations of the English
sources. Households, members, phone numbers and the temple name are fictional.
"""

from chumchon.demo.content import T

COMMUNITY = {
    "slug": "bo-tan",
    "country": "LA",
    "currency": "LAK",
    "main_language": "lo",
    "time_zone": "Asia/Vientiane",
    "name": T("ชุมชนบ่อแตน", "ຊຸມຊົນບໍ່ແຕນ", "Bo Tan community"),
    "tagline": T(
        "เมืองวงกลมริมชายแดน น้ำตกตาดฮาม และทางเดินขึ้นภูผาแดง",
        "ເມືອງວົງມົນໃກ້ຊາຍແດນ, ນ້ຳຕົກຕາດຮາມ ແລະ ທາງຍ່າງຂຶ້ນພູຜາແດງ",
        "A round town on the border, Tad Ham waterfall and the trail up the Red Mountain",
    ),
    "story": T(
        'บ่อแตนเป็นเมืองเล็ก ๆ ในแขวงไชยบุรี ติดชายแดนไทย ตัวเมืองสร้าง "เกือบเป็นวงกลม" '
        "มีอาคารตลาดเช้าอยู่กลางเมือง ชาวบ้านนำผัก ปลาแม่น้ำ หน่อไม้ และของป่ามาขายตั้งแต่ฟ้ายังไม่สาง"
        "\n\n"
        "รอบเมืองมีน้ำตกตาดฮามที่ตกจากความสูงราว 15 เมตรลงสู่แอ่งน้ำใส ใกล้บ้านเมืองฮาม "
        "และมีทางเดินขึ้นภูผาแดงที่มองเห็นฝั่งไทย จุดต่าง ๆ ริมแม่น้ำมีชื่อมาจากตำนานของหมู่บ้าน "
        "เช่น วังสะแดง แก่งกะได และแก่งเทียน แขวงไชยบุรียังขึ้นชื่อเรื่องช้างอีกด้วย"
        "\n\n"
        "ผู้มาเยือนจากจังหวัดเลยข้ามสะพานมิตรภาพไทย–ลาว (แม่น้ำเหือง) ไปยังเมืองแก่นท้าว "
        "แล้วเดินทางต่อมาบ่อแตน ชุมชนบ่อแตนเป็นคู่เครือข่ายของท่าลี่ในเครือข่ายการท่องเที่ยวโดยชุมชนไทย–ลาว "
        "ครัวเรือนผลัดกันเป็นเจ้าบ้าน ผู้นำเที่ยว และแม่ครัว และรายได้ส่วนหนึ่งเข้ากองทุนหมู่บ้าน",
        'ບໍ່ແຕນ ແມ່ນເມືອງນ້ອຍໆ ໃນແຂວງໄຊຍະບູລີ ທີ່ຕິດກັບຊາຍແດນໄທ. ຕົວເມືອງຖືກສ້າງ "ເກືອບເປັນວົງມົນ" '
        "ມີຫໍຕະຫຼາດເຊົ້າຢູ່ໃຈກາງເມືອງ ເຊິ່ງຊາວບ້ານເອົາຜັກ, ປານ້ຳ, ໜໍ່ໄມ້ ແລະ ເຄື່ອງປ່າມາຂາຍ "
        "ຕັ້ງແຕ່ຍັງບໍ່ທັນແຈ້ງ."
        "\n\n"
        "ອ້ອມຮອບເມືອງ ມີນ້ຳຕົກຕາດຮາມ ທີ່ຕົກລົງມາຈາກຄວາມສູງປະມານ 15 ແມັດ ສູ່ໜອງນ້ຳໃສ ໃກ້ບ້ານເມືອງຮາມ, "
        "ແລະ ມີທາງຍ່າງຂຶ້ນພູຜາແດງ ທີ່ເບິ່ງເຫັນຝັ່ງໄທ. ຫຼາຍຈຸດຕາມແມ່ນ້ຳ ມີຊື່ມາຈາກນິທານຂອງບ້ານ "
        "ເຊັ່ນ: ວັງສະແດງ, ແກ້ງກະໄດ ແລະ ແກ້ງທຽນ. ແຂວງໄຊຍະບູລີ ຍັງມີຊື່ສຽງເລື່ອງຊ້າງອີກດ້ວຍ."
        "\n\n"
        "ແຂກຈາກແຂວງເລີຍ ຂ້າມຂົວມິດຕະພາບລາວ–ໄທ (ນ້ຳເຫືອງ) ມາເມືອງແກ່ນທ້າວ ແລ້ວເດີນທາງຕໍ່ມາບໍ່ແຕນ. "
        "ຊຸມຊົນບໍ່ແຕນ ເປັນຄູ່ຮ່ວມມືຂອງທ່າລີ່ ໃນເຄືອຂ່າຍການທ່ອງທ່ຽວໂດຍຊຸມຊົນ ລາວ–ໄທ: "
        "ແຕ່ລະຄອບຄົວຜັດປ່ຽນກັນຕ້ອນຮັບແຂກ, ນຳທ່ຽວ ແລະ ແຕ່ງກິນ, ແລະ ລາຍຮັບສ່ວນໜຶ່ງເຂົ້າກອງທຶນບ້ານ.",
        "Bo Tan is a small town in Boten district, Xayaboury province, right on the border with "
        'Thailand. The town was built "almost in a circle" around its morning market hall, where '
        "villagers sell vegetables, river fish, bamboo shoots and forest produce from before dawn."
        "\n\n"
        "Around the town, Tad Ham waterfall drops about 15 metres into a clear pool near "
        "Meuangharm village, and a trail climbs Phou Phadaeng, the Red Mountain, with a view across "
        "to Thailand. Spots along the river carry names from village legends: Vang Sadaeng, "
        "Kaeng Kaday and Kaeng Thian. Xayaboury is also known as the province of elephants."
        "\n\n"
        "Visitors from Loei cross the Nam Heuang Thai–Lao Friendship Bridge to Kenethao and "
        "continue by road to Boten. Bo Tan is a partner of Tha Li in the Thai–Lao community-based "
        "tourism network: households take turns hosting, guiding and cooking, and part of every "
        "booking goes to the village fund.",
    ),
    "province": T("ไชยบุรี", "ໄຊຍະບູລີ", "Xayaboury (Sainyabuli)"),
    "district": T("บ่อแตน", "ບໍ່ແຕນ", "Boten"),
    "emergency_notes": T(
        "ตำรวจ 1191 รถพยาบาล 1195 (หมายเลขฉุกเฉินของลาว) ตำรวจท่องเที่ยวติดต่อผ่านสถานีตำรวจเมือง "
        "หรือผู้ประสานงานโฮมสเตย์ โรงพยาบาลที่ใกล้ที่สุดอยู่ในตัวเมือง ผู้ประสานงานช่วยแปลภาษาให้ได้",
        "ຕຳຫຼວດ 1191, ລົດໂຮງໝໍ 1195 (ເບີສຸກເສີນຂອງລາວ). ຕິດຕໍ່ຕຳຫຼວດທ່ອງທ່ຽວ ຜ່ານປ້ອມຕຳຫຼວດເມືອງ "
        "ຫຼື ຜູ້ປະສານງານໂຮມສະເຕ. ໂຮງໝໍທີ່ໃກ້ທີ່ສຸດຢູ່ໃນຕົວເມືອງ; ຜູ້ປະສານງານຊ່ວຍແປພາສາໃຫ້ໄດ້.",
        "Police 1191, ambulance 1195 (Lao emergency numbers). Reach the tourist police through the "
        "district police post or the homestay coordinator. The nearest hospital is in town; the "
        "coordinator can help translate.",
    ),
    # Approximate: the research did not find Boten's coordinates. This point is a placeholder
    # inside Boten district near the Thai border; replace it once surveyed.
    "latitude": "17.5800",
    "longitude": "101.1900",
    "location_is_approximate": True,
    "contact_phone": "020 5555 0000",  # fictional
    "contact_email": "botan.cbt@example.org",  # fictional
    "line_id": "",  # Lao community: LINE is not used; WhatsApp on the contact phone
    "emergency_phone": "1191",  # Lao police
    "brand_colour": "#A8322D",  # Lao-textile red
    "promptpay_id": "",  # PromptPay is Thai only
}

# All coordinates below are approximate placeholders (Boten's real coordinates were not found),
# kept within 17.50–17.70 N, 101.10–101.30 E and flagged "approximate".
PLACES = [
    {
        "slug": "tad-ham-waterfall",
        "category": "waterfall",
        "name": T("น้ำตกตาดฮาม (น้ำฮาม)", "ນ້ຳຕົກຕາດຮາມ (ນ້ຳຮາມ)", "Tad Ham (Nam Ham) waterfall"),
        "summary": T(
            "น้ำตกสูงราว 15 เมตร ไหลลงแอ่งน้ำใส ใกล้บ้านเมืองฮาม ห่างตัวเมืองราว 3 กิโลเมตรทางถนน",
            "ນ້ຳຕົກສູງປະມານ 15 ແມັດ ຕົກລົງໜອງນ້ຳໃສ ໃກ້ບ້ານເມືອງຮາມ, ຫ່າງຈາກຕົວເມືອງປະມານ 3 ກິໂລແມັດຕາມທາງລົດ.",
            "A 15 m waterfall dropping into a clear pool near Meuangharm village, about 3 km by road from the town centre.",
        ),
        "description": T(
            "ลำห้วยน้ำฮามตกลงมาจากความสูงราว 15 เมตรสู่แอ่งน้ำใสที่มีป่ารายล้อม น้ำตกอยู่ติดบ้านเมืองฮาม "
            "ห่างจากตัวเมืองราว 3 กิโลเมตรทางถนน (บางแหล่งระบุ 4–5 กิโลเมตร) "
            "ชาวบ้านเมืองฮามช่วยกันดูแลทางเดิน และขอให้ผู้มาเยือนนำขยะกลับไปด้วย "
            "น้ำจะมากที่สุดช่วงเดือนกรกฎาคมถึงตุลาคม",
            "ຫ້ວຍນ້ຳຮາມ ຕົກລົງມາຈາກຄວາມສູງປະມານ 15 ແມັດ ສູ່ໜອງນ້ຳໃສທີ່ມີປ່າອ້ອມຮອບ. "
            "ນ້ຳຕົກຢູ່ຕິດກັບບ້ານເມືອງຮາມ, ຫ່າງຈາກຕົວເມືອງປະມານ 3 ກິໂລແມັດຕາມທາງລົດ (ບາງແຫຼ່ງວ່າ 4–5 ກິໂລແມັດ). "
            "ຊາວບ້ານເມືອງຮາມຊ່ວຍກັນເບິ່ງແຍງທາງຍ່າງ ແລະ ຂໍໃຫ້ແຂກເອົາຂີ້ເຫຍື້ອກັບຄືນໄປນຳ. "
            "ນ້ຳຈະຫຼາຍທີ່ສຸດໃນເດືອນກໍລະກົດ ຫາ ເດືອນຕຸລາ.",
            "The Nam Ham stream falls about 15 metres into a clear pool surrounded by forest. "
            "The waterfall lies by Meuangharm village, about 3 km by road from the district centre "
            "(some sources say 4–5 km). Meuangharm villagers look after the path and ask visitors to "
            "take their rubbish home. The water is at its fullest from July to October.",
        ),
        "accessibility_notes": T(
            "จากถนนต้องเดินบนทางดินไม่เรียบและขั้นหินราว 300 เมตร ไม่เหมาะกับรถเข็น โขดหินริมแอ่งน้ำลื่น",
            "ຈາກທາງລົດ ຕ້ອງຍ່າງທາງດິນທີ່ບໍ່ລຽບ ແລະ ຂັ້ນຫີນປະມານ 300 ແມັດ, ບໍ່ເໝາະກັບລໍ້ເຂັນ. ກ້ອນຫີນອ້ອມໜອງນ້ຳມື່ນ.",
            "About 300 m of uneven dirt path and rock steps from the road; not suitable for wheelchairs. The rocks around the pool are slippery.",
        ),
        "visitor_notes": T(
            "เล่นน้ำได้โดยรับผิดชอบตนเอง ห้ามลงน้ำหลังฝนตกหนัก โปรดแต่งกายสุภาพเมื่อลงเล่นน้ำ (กางเกงขาสั้นและเสื้อยืด)",
            "ລົງຫຼິ້ນນ້ຳໄດ້ ແຕ່ຕ້ອງຮັບຜິດຊອບຕົນເອງ; ຫ້າມລົງນ້ຳຫຼັງຝົນຕົກໜັກ. ກະລຸນານຸ່ງຖືສຸພາບເວລາລົງນ້ຳ (ໂສ້ງຂາສັ້ນ ແລະ ເສື້ອຍືດ).",
            "Swim at your own risk and never after heavy rain. Please swim in modest clothes (shorts and a T-shirt).",
        ),
        "latitude": "17.5948",
        "longitude": "101.2071",
        "approximate": True,
        "visit_minutes": 120,
        "always_open": False,
        "hours": {"daily": [("07:00", "17:00")]},
        "exceptions": [],
    },
    {
        "slug": "phou-phadaeng-viewpoint",
        "category": "viewpoint",
        "name": T("จุดชมวิวภูผาแดง", "ຈຸດຊົມວິວພູຜາແດງ", "Phou Phadaeng (Red Mountain) viewpoint"),
        "summary": T(
            "ทางเดินในป่าขึ้นสู่จุดชมวิวบนภูผาแดง มองข้ามชายแดนไปเห็นฝั่งไทย",
            "ທາງຍ່າງໃນປ່າ ຂຶ້ນໄປຫາຈຸດຊົມວິວເທິງພູຜາແດງ ທີ່ເບິ່ງຂ້າມຊາຍແດນໄປເຫັນຝັ່ງໄທ.",
            "A forest trail climbs the Red Mountain to a viewpoint looking across the border into Thailand.",
        ),
        "description": T(
            "ภูผาแดงแปลว่าภูเขาที่มีหน้าผาสีแดง ทางเดินเริ่มใกล้น้ำตกตาดฮามแล้วไต่ขึ้นสู่ลานหิน "
            "ที่มองเห็นเมืองบ่อแตนและข้ามชายแดนไปถึงฝั่งไทย ทางเดินไม่มีป้ายบอกทาง "
            "ชุมชนจึงแนะนำให้ไปกับผู้นำเที่ยวท้องถิ่น เช้าวันฟ้าใสในฤดูหนาวจะเห็นทะเลหมอกในหุบเขา",
            "ພູຜາແດງ ໝາຍເຖິງພູທີ່ມີໜ້າຜາສີແດງ. ທາງຍ່າງເລີ່ມຈາກໃກ້ນ້ຳຕົກຕາດຮາມ ແລ້ວປີນຂຶ້ນໄປຫາລານຫີນ "
            "ທີ່ເບິ່ງເຫັນເມືອງບໍ່ແຕນ ແລະ ຂ້າມຊາຍແດນໄປເຖິງຝັ່ງໄທ. ທາງຍ່າງບໍ່ມີປ້າຍບອກທາງ, "
            "ຊຸມຊົນຈຶ່ງແນະນຳໃຫ້ໄປກັບຄົນນຳທາງຂອງບ້ານ. ຕອນເຊົ້າທີ່ຟ້າໃສໃນລະດູໜາວ ຈະເຫັນໝອກປົກຄຸມຮ່ອມພູ.",
            "Phou Phadaeng means 'mountain of the red cliff'. The trail starts near Tad Ham waterfall "
            "and climbs to a rocky viewpoint over Boten and across the border into Thailand. The trail "
            "is not signposted, so the community advises going with a local guide. On clear cool-season "
            "mornings the valleys below fill with mist.",
        ),
        "accessibility_notes": T(
            "ทางชันและขรุขระ เดินขึ้นราวสองชั่วโมง เหมาะกับผู้ที่แข็งแรงเท่านั้น ไม่เหมาะกับรถเข็น เด็กเล็ก หรือผู้ที่มีปัญหาเข่า",
            "ທາງຊັນ ແລະ ຂຸຂະ, ຍ່າງຂຶ້ນປະມານສອງຊົ່ວໂມງ, ເໝາະສຳລັບຄົນທີ່ແຂງແຮງເທົ່ານັ້ນ. ບໍ່ເໝາະກັບລໍ້ເຂັນ, ເດັກນ້ອຍ ຫຼື ຄົນທີ່ເຈັບຫົວເຂົ່າ.",
            "A steep, rough climb of roughly two hours, for fit walkers only. Not suitable for wheelchairs, small children or people with knee problems.",
        ),
        "visitor_notes": T(
            "ควรไปกับผู้นำเที่ยวท้องถิ่น เพราะทางไม่มีเครื่องหมายและผ่านไร่ของชาวบ้าน ออกเดินแต่เช้าเพื่อเลี่ยงแดดเที่ยง ห้ามก่อไฟ",
            "ຄວນໄປກັບຄົນນຳທາງຂອງບ້ານ ເພາະທາງບໍ່ມີເຄື່ອງໝາຍ ແລະ ຜ່ານໄຮ່ຂອງຊາວບ້ານ. ອອກຍ່າງແຕ່ເຊົ້າເພື່ອຫຼີກລ່ຽງແດດທ່ຽງ. ຫ້າມດັງໄຟ.",
            "Go with a local guide: the trail is unmarked and crosses villagers' fields. Start early to avoid the midday sun. No fires.",
        ),
        "latitude": "17.6105",
        "longitude": "101.2214",
        "approximate": True,
        "visit_minutes": 300,
        "always_open": False,
        "hours": {"daily": [("05:00", "18:00")]},
        "exceptions": [],
    },
    {
        "slug": "boten-morning-market",
        "category": "market",
        "name": T("ตลาดเช้าบ่อแตน", "ຕະຫຼາດເຊົ້າບໍ່ແຕນ", "Boten morning market hall"),
        "summary": T(
            "อาคารตลาดมีหลังคากลางเมืองวงกลม คึกคักที่สุดหลังฟ้าสาง",
            "ຫໍຕະຫຼາດທີ່ມີຫຼັງຄາ ຢູ່ໃຈກາງເມືອງວົງມົນ, ຄຶກຄື້ນທີ່ສຸດຕອນເຊົ້າມືດ.",
            "The covered market hall at the heart of the round town, busiest just after dawn.",
        ),
        "description": T(
            "ตัวเมืองบ่อแตนสร้างเกือบเป็นวงกลม และอาคารตลาดเช้าอยู่ใกล้ใจกลางเมือง ตั้งแต่ก่อนพระอาทิตย์ขึ้น "
            "ชาวบ้านนำผัก ปลาแม่น้ำ เห็ด หน่อไม้ ข้าวเหนียว และสมุนไพรมาขาย "
            "เป็นที่ที่ดีที่สุดสำหรับดูวิถีชีวิตประจำวันและซื้อวัตถุดิบสำหรับเรียนทำอาหาร แผงส่วนใหญ่เก็บร้านก่อนสาย",
            "ເມືອງບໍ່ແຕນຖືກສ້າງເກືອບເປັນວົງມົນ, ແລະ ຫໍຕະຫຼາດເຊົ້າຕັ້ງຢູ່ໃກ້ໃຈກາງເມືອງ. ຕັ້ງແຕ່ກ່ອນຕາເວັນຂຶ້ນ "
            "ຊາວບ້ານເອົາຜັກ, ປານ້ຳ, ເຫັດ, ໜໍ່ໄມ້, ເຂົ້າໜຽວ ແລະ ພືດສະໝຸນໄພມາຂາຍ. "
            "ເປັນບ່ອນທີ່ດີທີ່ສຸດເພື່ອເບິ່ງຊີວິດປະຈຳວັນ ແລະ ຊື້ວັດຖຸດິບສຳລັບຮຽນແຕ່ງກິນ. ຮ້ານສ່ວນຫຼາຍເກັບເຄື່ອງກ່ອນສວາຍ.",
            "Boten town was built almost in a circle, and the morning market hall stands near its "
            "centre. From before sunrise, villagers sell vegetables, river fish, mushrooms, bamboo "
            "shoots, sticky rice and herbs. It is the best place to see daily life and to buy "
            "ingredients for a cooking class. Most stalls pack up by mid-morning.",
        ),
        "accessibility_notes": T(
            "อาคารอยู่บนพื้นราบ พื้นคอนกรีตมีหลังคา ทางเดินระหว่างแผงแคบและแออัดช่วงเช้าตรู่",
            "ຫໍຕະຫຼາດຢູ່ເທິງພື້ນທີ່ຮາບພຽງ, ພື້ນເບຕົງມີຫຼັງຄາ; ທາງຍ່າງລະຫວ່າງຮ້ານແຄບ ແລະ ແອອັດໃນຕອນເຊົ້າມືດ.",
            "Level concrete floor under a roof; the aisles between stalls are narrow and crowded early in the morning.",
        ),
        "visitor_notes": T(
            "ขออนุญาตก่อนถ่ายรูปแม่ค้า ควรพกเงินกีบใบย่อย เงินบาทบางร้านรับแต่อัตราแลกเปลี่ยนไม่ดี",
            "ຂໍອະນຸຍາດກ່ອນຖ່າຍຮູບແມ່ຄ້າ. ຄວນມີເງິນກີບໃບນ້ອຍ; ບາງຮ້ານຮັບເງິນບາດ ແຕ່ອັດຕາແລກປ່ຽນບໍ່ດີ.",
            "Ask before photographing sellers. Bring small kip notes; some stalls take Thai baht, but at a poor rate.",
        ),
        "latitude": "17.5809",
        "longitude": "101.1906",
        "approximate": True,
        "visit_minutes": 60,
        "always_open": False,
        "hours": {"daily": [("05:30", "10:00")]},
        "exceptions": [
            (
                "2027-04-14",
                None,
                T(
                    "ปิดวันปีใหม่ลาว (บุญปีใหม่)",
                    "ປິດວັນບຸນປີໃໝ່ລາວ",
                    "Closed for Lao New Year (Pi Mai)",
                ),
            ),
            (
                "2027-04-16",
                ("05:30", "08:00"),
                T(
                    "เปิดช่วงสั้นในวันสุดท้ายของบุญปีใหม่ลาว",
                    "ເປີດໄລຍະສັ້ນ ໃນວັນສຸດທ້າຍຂອງບຸນປີໃໝ່ລາວ",
                    "Short hours on the last day of Lao New Year",
                ),
            ),
        ],
    },
    {
        "slug": "tad-sanaen-waterfall",
        "category": "waterfall",
        "name": T("น้ำตกตาดสะแนน", "ນ້ຳຕົກຕາດສະແນນ", "Tad Sanaen waterfall"),
        "summary": T(
            "น้ำตกในป่าที่เงียบสงบกว่า ใกล้บ้านน้ำดาน",
            "ນ້ຳຕົກໃນປ່າທີ່ງຽບສະຫງົບກວ່າ, ໃກ້ບ້ານນ້ຳດານ.",
            "A quieter forest waterfall near Namdan village.",
        ),
        "description": T(
            "ตาดสะแนนเป็นน้ำตกขนาดเล็กกลางป่าใกล้บ้านน้ำดาน มีผู้มาเยือนไม่มาก "
            "ครอบครัวในหมู่บ้านยังใช้ลำห้วยหาปลาและอาบน้ำ "
            "โปรดแวะบอกที่หมู่บ้านก่อนลงไปที่น้ำ และถ้าเป็นไปได้ให้ไปกับคนในหมู่บ้าน",
            "ຕາດສະແນນ ເປັນນ້ຳຕົກນ້ອຍໆ ກາງປ່າໃກ້ບ້ານນ້ຳດານ, ມີແຂກມາທ່ຽວບໍ່ຫຼາຍ. "
            "ຄອບຄົວໃນບ້ານຍັງໃຊ້ຫ້ວຍນີ້ຫາປາ ແລະ ອາບນ້ຳ. "
            "ກະລຸນາແຈ້ງທີ່ບ້ານກ່ອນລົງໄປຫານ້ຳ, ແລະ ຖ້າເປັນໄປໄດ້ ໃຫ້ໄປກັບຄົນໃນບ້ານ.",
            "Tad Sanaen is a smaller forest waterfall near Namdan village, with few visitors. Village "
            "families still use the stream for fishing and bathing. Please check in at the village "
            "before going down to the water and, if you can, go with someone from Namdan.",
        ),
        "accessibility_notes": T(
            "ไปตามทางดินที่เป็นโคลนในฤดูฝน แล้วเดินทางป่าอีกระยะสั้น ๆ ไม่เหมาะกับรถเข็น",
            "ໄປຕາມທາງດິນທີ່ເປັນຂີ້ຕົມໃນລະດູຝົນ, ແລ້ວຍ່າງທາງປ່າອີກໄລຍະສັ້ນໆ. ບໍ່ເໝາະກັບລໍ້ເຂັນ.",
            "Reached by a dirt track that gets muddy in the rainy season, then a short forest path. Not suitable for wheelchairs.",
        ),
        "visitor_notes": T(
            "โปรดแจ้งนายบ้านน้ำดานก่อนเข้าไป แนะนำให้มีผู้นำทางจากหมู่บ้าน",
            "ກະລຸນາແຈ້ງນາຍບ້ານນ້ຳດານກ່ອນເຂົ້າໄປ; ແນະນຳໃຫ້ມີຄົນນຳທາງຈາກບ້ານ.",
            "Please let the Namdan village head know you are coming; a guide from the village is recommended.",
        ),
        "latitude": "17.5536",
        "longitude": "101.1618",
        "approximate": True,
        "visit_minutes": 90,
        "always_open": False,
        "hours": {"daily": [("07:00", "17:00")]},
        "exceptions": [],
    },
    {
        # Fictional temple name: the research did not name Bo Tan's temple.
        "slug": "wat-phonxay",
        "category": "temple",
        "name": T("วัดโพนไซ", "ວັດໂພນໄຊ", "Wat Phonxay (village temple)"),
        "summary": T(
            "วัดประจำหมู่บ้าน พระออกบิณฑบาตยามเช้า และชุมชนมารวมกันในงานบุญ",
            "ວັດປະຈຳບ້ານ, ພະສົງອອກບິນທະບາດຕອນເຊົ້າ ແລະ ຊຸມຊົນມາເຕົ້າໂຮມກັນໃນງານບຸນ.",
            "The village temple, where monks collect alms at dawn and the community gathers for festivals.",
        ),
        "description": T(
            "วัดโพนไซเป็นวัดประจำชุมชนบ่อแตน ทุกเช้าพระสงฆ์เดินบิณฑบาตรับข้าวเหนียวรอบเมือง "
            "ลานวัดเป็นที่จัดงานบุญสำคัญ ทั้งบุญปีใหม่ในเดือนเมษายนและบุญออกพรรษา "
            "ผู้มาเยือนเข้าชมลานวัดได้ และเข้าชมสิม (โบสถ์) ได้ด้วยความเคารพ",
            "ວັດໂພນໄຊ ເປັນວັດປະຈຳຊຸມຊົນບໍ່ແຕນ. ທຸກເຊົ້າ ພະສົງຍ່າງບິນທະບາດຮັບເຂົ້າໜຽວອ້ອມເມືອງ. "
            "ເດີ່ນວັດເປັນບ່ອນຈັດງານບຸນສຳຄັນ ເຊັ່ນ: ບຸນປີໃໝ່ໃນເດືອນເມສາ ແລະ ບຸນອອກພັນສາ. "
            "ແຂກສາມາດເຂົ້າຊົມເດີ່ນວັດ ແລະ ເຂົ້າຊົມສິມໄດ້ ດ້ວຍຄວາມເຄົາລົບ.",
            "Wat Phonxay is Bo Tan's village temple. Every morning the monks walk through town to "
            "receive sticky rice as alms, and the grounds host the main festivals, including Pi Mai in "
            "April and Boun Ok Phansa at the end of Buddhist Lent. Visitors are welcome in the grounds "
            "and, respectfully, in the sim (ordination hall).",
        ),
        "accessibility_notes": T(
            "ลานวัดเป็นพื้นราบไม่ลาดยาง มีขั้นบันไดไม่กี่ขั้นขึ้นสู่สิม",
            "ເດີ່ນວັດເປັນພື້ນຮາບພຽງ ບໍ່ໄດ້ປູຢາງ; ມີຂັ້ນໄດສອງສາມຂັ້ນ ຂຶ້ນໄປສິມ.",
            "Flat, unpaved grounds; a few steps up into the ordination hall.",
        ),
        "visitor_notes": T(
            "แต่งกายปิดไหล่และเข่า ถอดรองเท้าก่อนเข้าอาคาร ผู้หญิงไม่ควรแตะตัวพระหรือยื่นของให้พระโดยตรง "
            "หากจะร่วมตักบาตรตอนเช้า ให้ถามเจ้าบ้านว่าควรนั่งและใส่ข้าวเหนียวอย่างไร",
            "ນຸ່ງຖືປົກປິດບ່າ ແລະ ຫົວເຂົ່າ, ຖອດເກີບກ່ອນເຂົ້າອາຄານ. ແມ່ຍິງບໍ່ຄວນແຕະຕ້ອງພະສົງ ຫຼື ຍື່ນເຄື່ອງໃຫ້ພະສົງໂດຍກົງ. "
            "ຖ້າຢາກຮ່ວມຕັກບາດຕອນເຊົ້າ, ໃຫ້ຖາມເຈົ້າຂອງເຮືອນວ່າຄວນນັ່ງ ແລະ ໃສ່ເຂົ້າໜຽວແນວໃດ.",
            "Cover shoulders and knees and take off your shoes before entering buildings. Women should "
            "not touch monks or hand things to them directly. If you join the morning alms giving, ask "
            "your host how to kneel and offer the sticky rice.",
        ),
        "latitude": "17.5791",
        "longitude": "101.1884",
        "approximate": True,
        "visit_minutes": 45,
        "always_open": False,
        "hours": {"daily": [("06:00", "18:00")]},
        "exceptions": [],
    },
    {
        # Real name from tourismsayaboury.org; the dishes mentioned are illustrative.
        "slug": "boun-pakong-restaurant",
        "category": "restaurant",
        "name": T("ร้านอาหารบุญปากอง", "ຮ້ານອາຫານບຸນປາກອງ", "Boun Pakong restaurant"),
        "summary": T(
            "ร้านอาหารในตัวเมืองบ่อแตน เสิร์ฟอาหารลาวแบบบ้าน ๆ",
            "ຮ້ານອາຫານໃນຕົວເມືອງບໍ່ແຕນ, ມີອາຫານລາວແບບພື້ນບ້ານ.",
            "A restaurant in Boten town serving home-style Lao food.",
        ),
        "description": T(
            "บุญปากองเป็นร้านอาหารในตัวเมืองบ่อแตนที่สำนักงานท่องเที่ยวไชยบุรีแนะนำ "
            "มีอาหารลาว เช่น ลาบ ปลาปิ้ง แกง และข้าวเหนียว เหมาะเป็นจุดแวะกินมื้อกลางวันระหว่างตลาดกับน้ำตก",
            "ບຸນປາກອງ ເປັນຮ້ານອາຫານໃນຕົວເມືອງບໍ່ແຕນ ທີ່ຫ້ອງການທ່ອງທ່ຽວໄຊຍະບູລີແນະນຳ. "
            "ມີອາຫານລາວ ເຊັ່ນ: ລາບ, ປີ້ງປາ, ແກງ ແລະ ເຂົ້າໜຽວ. ເໝາະເປັນບ່ອນແວ່ກິນເຂົ້າສວາຍ ລະຫວ່າງຕະຫຼາດກັບນ້ຳຕົກ.",
            "Boun Pakong is a restaurant in Boten town listed by the Xayaboury tourism office. It "
            "serves Lao dishes such as laap, grilled river fish, soups and sticky rice, and makes a "
            "handy lunch stop between the market and the waterfall.",
        ),
        "accessibility_notes": T(
            "ที่นั่งอยู่ชั้นล่างระดับพื้นดิน ห้องน้ำเป็นแบบพื้นฐาน ไม่ได้ปรับสำหรับรถเข็น",
            "ບ່ອນນັ່ງຢູ່ຊັ້ນລຸ່ມ ລະດັບດຽວກັບພື້ນດິນ; ຫ້ອງນ້ຳເປັນແບບທຳມະດາ, ບໍ່ໄດ້ປັບໃຫ້ເໝາະກັບລໍ້ເຂັນ.",
            "Ground-level seating; the toilet is basic and not adapted for wheelchairs.",
        ),
        "visitor_notes": T(
            'รับเงินสดสกุลกีบ ถ้าไม่ต้องการเผ็ดให้บอกว่า "บ่เผ็ด"',
            'ຮັບເງິນສົດເປັນກີບ. ຖ້າບໍ່ຢາກກິນເຜັດ ໃຫ້ບອກວ່າ "ບໍ່ເຜັດ".',
            'Cash in kip. Say "bo phet" if you would like your food without chilli.',
        ),
        "latitude": "17.5814",
        "longitude": "101.1918",
        "approximate": True,
        "visit_minutes": 60,
        "always_open": False,
        "hours": {"daily": [("10:30", "14:00"), ("17:00", "21:00")]},
        "exceptions": [],
    },
    {
        "slug": "vang-sadaeng",
        "category": "river",
        "name": T("วังสะแดง", "ວັງສະແດງ", "Vang Sadaeng river pool"),
        "summary": T(
            "วังน้ำลึกในลำน้ำ ชื่อมาจากตำนานของหมู่บ้าน",
            "ວັງນ້ຳເລິກໃນແມ່ນ້ຳ, ຊື່ມາຈາກນິທານຂອງບ້ານ.",
            "A deep river pool whose name comes from a village legend.",
        ),
        "description": T(
            "วังสะแดงเป็นวังน้ำลึกและนิ่งในลำน้ำใกล้บ่อแตน เช่นเดียวกับจุดอื่น ๆ ริมน้ำ "
            "ชื่อของที่นี่มาจากตำนานที่ผู้เฒ่าผู้แก่ยังเล่าสืบกันมา เส้นทางเดินฟังตำนานริมน้ำแวะฟังเรื่องเล่าที่นี่ "
            "หน้าแล้งน้ำใสและนิ่ง หน้าฝนน้ำไหลแรง",
            "ວັງສະແດງ ເປັນວັງນ້ຳເລິກ ແລະ ນິ່ງ ໃນແມ່ນ້ຳໃກ້ບໍ່ແຕນ. ຄືກັນກັບຈຸດອື່ນໆ ຕາມແຄມນ້ຳ, "
            "ຊື່ຂອງບ່ອນນີ້ມາຈາກນິທານທີ່ຜູ້ເຖົ້າຜູ້ແກ່ຍັງເລົ່າສືບຕໍ່ກັນມາ. ການຍ່າງຟັງນິທານແຄມນ້ຳ ແວ່ຟັງເລື່ອງເລົ່າຢູ່ນີ້. "
            "ລະດູແລ້ງນ້ຳໃສ ແລະ ນິ່ງ; ລະດູຝົນນ້ຳໄຫຼແຮງ.",
            "Vang Sadaeng is a deep, calm pool in the river near Boten. Like other spots along the "
            "river, it is named in a legend that village elders still tell, and the river legends "
            "walk stops here to hear it. In the dry season the water is clear and still; in the "
            "rainy season the current is strong.",
        ),
        "accessibility_notes": T(
            "เดินตามคันนาราว 1 กิโลเมตร ทางเป็นโคลนหลังฝนตก ไม่เหมาะกับรถเข็น",
            "ຍ່າງຕາມຄັນນາປະມານ 1 ກິໂລແມັດ; ທາງເປັນຂີ້ຕົມຫຼັງຝົນຕົກ. ບໍ່ເໝາະກັບລໍ້ເຂັນ.",
            "About 1 km on foot along rice-field dykes; muddy after rain. Not suitable for wheelchairs.",
        ),
        "visitor_notes": T(
            "ห้ามลงเล่นน้ำในฤดูฝน จุดหาปลาเป็นของครอบครัวในหมู่บ้าน โปรดอย่ารบกวนอวนหรือลอบดักปลา",
            "ຫ້າມລົງຫຼິ້ນນ້ຳໃນລະດູຝົນ. ບ່ອນຫາປາເປັນຂອງຄອບຄົວໃນບ້ານ, ກະລຸນາຢ່າລົບກວນມອງ ຫຼື ໄຊ.",
            "No swimming in the rainy season. Fishing spots belong to village families; please leave nets and traps alone.",
        ),
        "latitude": "17.5738",
        "longitude": "101.1987",
        "approximate": True,
        "visit_minutes": 45,
        "always_open": True,
        "hours": {},
        "exceptions": [],
    },
    {
        "slug": "kaeng-kaday-rapids",
        "category": "river",
        "name": T("แก่งกะได", "ແກ້ງກະໄດ", "Kaeng Kaday rapids"),
        "summary": T(
            "แก่งหินที่ลดหลั่นเป็นขั้นเหมือนบันได ชื่อมาจากตำนานของหมู่บ้านเช่นเดียวกับแก่งเทียน",
            "ແກ້ງຫີນທີ່ຫຼຸດຫຼັ່ນເປັນຂັ້ນຄືຂັ້ນໄດ, ຊື່ມາຈາກນິທານຂອງບ້ານ ຄືກັນກັບແກ້ງທຽນ.",
            "Rapids that step down like a staircase, named in village legend like Kaeng Thian further along.",
        ),
        "description": T(
            "ที่แก่งกะได ลำน้ำไหลผ่านลานหินที่ลดหลั่นเป็นขั้นเหมือนบันได (กะได) จึงเป็นที่มาของชื่อ "
            "ตำนานของหมู่บ้านเชื่อมแก่งนี้กับแก่งเทียนที่อยู่ถัดไปตามลำน้ำ "
            "หน้าแล้งนั่งบนโขดหินดูชาวบ้านทอดแหได้ หน้าฝนแก่งมีน้ำแรงและอันตราย",
            "ຢູ່ແກ້ງກະໄດ ນ້ຳໄຫຼຜ່ານລານຫີນທີ່ຫຼຸດຫຼັ່ນເປັນຂັ້ນຄືກະໄດ, ຈຶ່ງເປັນທີ່ມາຂອງຊື່. "
            "ນິທານຂອງບ້ານ ເຊື່ອມແກ້ງນີ້ກັບແກ້ງທຽນທີ່ຢູ່ຖັດໄປຕາມລຳນ້ຳ. "
            "ລະດູແລ້ງ ນັ່ງເທິງກ້ອນຫີນເບິ່ງຊາວບ້ານຫວ່ານແຫໄດ້; ລະດູຝົນ ແກ້ງມີນ້ຳແຮງ ແລະ ອັນຕະລາຍ.",
            "At Kaeng Kaday the river runs over ledges of rock that step down like a staircase "
            "(kaday), which gives the rapids their name. Village legend links them with Kaeng Thian "
            "further along the river. In the dry season you can sit on the rocks and watch villagers "
            "cast their nets; in the rainy season the rapids are powerful and dangerous.",
        ),
        "accessibility_notes": T(
            "ริมฝั่งเป็นโขดหินขรุขระ เดินจากถนนราว 15 นาที ไม่เหมาะกับรถเข็น",
            "ແຄມນ້ຳເປັນກ້ອນຫີນຂຸຂະ, ຍ່າງຈາກທາງລົດປະມານ 15 ນາທີ. ບໍ່ເໝາະກັບລໍ້ເຂັນ.",
            "Rocky, uneven riverbank, a 15-minute walk from the road. Not suitable for wheelchairs.",
        ),
        "visitor_notes": T(
            "อย่าขึ้นไปบนโขดหินเมื่อน้ำขึ้นสูงหรือหลังฝนตก",
            "ຢ່າຂຶ້ນໄປເທິງກ້ອນຫີນ ເວລານ້ຳຂຶ້ນສູງ ຫຼື ຫຼັງຝົນຕົກ.",
            "Keep off the rocks when the water is high or after rain.",
        ),
        "latitude": "17.5689",
        "longitude": "101.2063",
        "approximate": True,
        "visit_minutes": 45,
        "always_open": True,
        "hours": {},
        "exceptions": [],
    },
    {
        # Fictional weaving house, run by household BT-01.
        "slug": "weaving-house",
        "category": "workshop",
        "name": T("บ้านทอผ้าแม่คำพอน", "ເຮືອນຕ່ຳແຜ່ນແມ່ຄຳພອນ", "Mae Khamphone's weaving house"),
        "summary": T(
            "บ้านทอผ้าของครอบครัว ผู้หญิงทอผ้าซิ่นและผ้าเบี่ยงด้วยกี่ไม้",
            "ເຮືອນຕ່ຳແຜ່ນຂອງຄອບຄົວ ທີ່ແມ່ຍິງຕ່ຳສິ້ນ ແລະ ຜ້າບ່ຽງດ້ວຍກີ່ໄມ້.",
            "A family weaving house where women weave sinh skirts and pha biang shoulder cloths on wooden looms.",
        ),
        "description": T(
            "ใต้ถุนเรือนกลางหมู่บ้าน แม่คำพอนกับลูกสาวทอผ้าฝ้ายและผ้าไหมด้วยกี่ไม้แบบดั้งเดิม "
            "ด้ายบางส่วนย้อมสีธรรมชาติ เช่น คราม และครั่ง และสาธิตให้ดูว่าการเก็บลายบนกี่ทำอย่างไร "
            "ผ้าที่ทอที่นี่ครอบครัวขายเองโดยตรง",
            "ຢູ່ກ້ອງເຮືອນກາງບ້ານ, ແມ່ຄຳພອນ ແລະ ລູກສາວ ຕ່ຳແຜ່ນຝ້າຍ ແລະ ແຜ່ນໄໝ ດ້ວຍກີ່ໄມ້ແບບດັ້ງເດີມ. "
            "ຝ້າຍບາງສ່ວນຍ້ອມດ້ວຍສີທຳມະຊາດ ເຊັ່ນ: ຄາມ ແລະ ຄັ່ງ, ແລະ ສາທິດໃຫ້ເບິ່ງວ່າ ການເກັບລາຍເທິງກີ່ເຮັດແນວໃດ. "
            "ແຜ່ນທີ່ຕ່ຳຢູ່ນີ້ ຄອບຄົວຂາຍເອງໂດຍກົງ.",
            "Under a stilt house in the middle of the village, Mae Khamphone and her daughter weave "
            "cotton and silk on traditional wooden looms. Some of the thread is dyed with natural "
            "colours such as indigo and lac, and they show how a pattern is set up on the loom. The "
            "family sells the cloth woven here directly.",
        ),
        "accessibility_notes": T(
            "กี่ทอผ้าอยู่ใต้ถุนเรือนที่เปิดโล่ง พื้นดินเรียบ ไม่มีขั้นบันได",
            "ກີ່ຕ່ຳແຜ່ນຢູ່ກ້ອງເຮືອນທີ່ເປີດໂລ່ງ, ພື້ນດິນຮາບພຽງ, ບໍ່ມີຂັ້ນໄດ.",
            "The looms are on the open ground floor under the house: level earth floor, step-free.",
        ),
        "visitor_notes": T(
            "โปรดขออนุญาตก่อนจับกี่หรือถ่ายรูป ควรจองเวิร์กช็อปล่วงหน้าหนึ่งวัน ปิดวันอาทิตย์",
            "ກະລຸນາຂໍອະນຸຍາດກ່ອນຈັບກີ່ ຫຼື ຖ່າຍຮູບ. ຄວນຈອງການຮຽນຕ່ຳແຜ່ນລ່ວງໜ້າໜຶ່ງມື້. ປິດວັນອາທິດ.",
            "Please ask before touching the looms or taking photos. Book workshops a day ahead. Closed on Sundays.",
        ),
        "latitude": "17.5826",
        "longitude": "101.1873",
        "approximate": True,
        "visit_minutes": 60,
        "always_open": False,
        "hours": {  # Monday to Saturday with a lunch break; closed on Sundays
            0: [("08:00", "12:00"), ("13:00", "17:00")],
            1: [("08:00", "12:00"), ("13:00", "17:00")],
            2: [("08:00", "12:00"), ("13:00", "17:00")],
            3: [("08:00", "12:00"), ("13:00", "17:00")],
            4: [("08:00", "12:00"), ("13:00", "17:00")],
            5: [("08:00", "12:00"), ("13:00", "17:00")],
        },
        "exceptions": [],
    },
    {
        "slug": "village-hall",
        "category": "meeting",
        "name": T(
            "ศาลากลางบ้านบ่อแตน (จุดนัดพบโฮมสเตย์)",
            "ສາລາບ້ານບໍ່ແຕນ (ຈຸດນັດພົບໂຮມສະເຕ)",
            "Bo Tan village hall (homestay meeting point)",
        ),
        "summary": T(
            "จุดต้อนรับแขก พบเจ้าบ้านและผู้นำเที่ยว และที่จัดอาหารกลุ่มและพิธีบายศรีสู่ขวัญ",
            "ບ່ອນຕ້ອນຮັບແຂກ, ພົບເຈົ້າຂອງເຮືອນ ແລະ ຄົນນຳທ່ຽວ, ແລະ ບ່ອນຈັດອາຫານກຸ່ມ ແລະ ພິທີບາສີສູ່ຂວັນ.",
            "Where guests are welcomed and meet their hosts and guides, and where group meals and the baci take place.",
        ),
        "description": T(
            "ศาลาโล่งกลางบ้านตั้งอยู่ใกล้ตลาดบนถนนวงรอบของเมือง ผู้ประสานงานโฮมสเตย์พบแขกที่นี่ "
            "แนะนำครอบครัวเจ้าบ้าน และอธิบายข้อปฏิบัติ ทัวร์ การเดินป่า และรถรับส่งเริ่มต้นที่นี่ "
            "และศาลาใช้จัดพิธีบายศรีต้อนรับและอาหารเย็นสำหรับกลุ่ม",
            "ສາລາບ້ານທີ່ເປີດໂລ່ງ ຕັ້ງຢູ່ໃກ້ຕະຫຼາດ ຕາມທາງວົງມົນຂອງເມືອງ. ຜູ້ປະສານງານໂຮມສະເຕພົບແຂກຢູ່ນີ້, "
            "ແນະນຳຄອບຄົວເຈົ້າຂອງເຮືອນ ແລະ ອະທິບາຍລະບຽບການ. ການທ່ຽວ, ການຍ່າງປ່າ ແລະ ລົດຮັບສົ່ງ ເລີ່ມຈາກບ່ອນນີ້, "
            "ແລະ ສາລາໃຊ້ຈັດພິທີບາສີຕ້ອນຮັບ ແລະ ອາຫານແລງສຳລັບກຸ່ມ.",
            "The open-sided village hall stands near the market on the town's ring road. The homestay "
            "coordinator meets guests here, introduces their host families and explains the house "
            "rules. Tours, guided walks and transfers start here, and the hall hosts the welcome baci "
            "ceremony and group dinners.",
        ),
        "accessibility_notes": T(
            "พื้นราบ เข้าได้โดยไม่มีขั้นบันได มีห้องน้ำแบบพื้นฐานอยู่ใกล้ ๆ",
            "ພື້ນຮາບພຽງ, ເຂົ້າໄດ້ໂດຍບໍ່ມີຂັ້ນໄດ; ມີຫ້ອງນ້ຳແບບທຳມະດາຢູ່ໃກ້ໆ.",
            "Level ground with step-free access; a basic toilet nearby.",
        ),
        "visitor_notes": T(
            "ถ้ามาถึงนอกเวลาเปิด โปรดโทรหาเบอร์ของชุมชน ผู้ประสานงานจะมารับ",
            "ຖ້າມາຮອດນອກເວລາເປີດ, ກະລຸນາໂທຫາເບີຂອງຊຸມຊົນ, ຜູ້ປະສານງານຈະມາຮັບ.",
            "If you arrive outside opening hours, call the community phone and a coordinator will meet you.",
        ),
        "latitude": "17.5802",
        "longitude": "101.1897",
        "approximate": True,
        "visit_minutes": 30,
        "always_open": False,
        "hours": {"daily": [("07:00", "20:00")]},
        "exceptions": [],
    },
]

# All households and members below are FICTIONAL (demo data); names, phones and consent dates
# are invented. Household names are in Lao, the community's main language.
HOUSEHOLDS = [
    {
        "code": "BT-01",
        "name": "ເຮືອນແມ່ໃຫຍ່ຄຳພອນ (ຕົວຢ່າງ)",
        "village": "ບ້ານບໍ່ແຕນ",
        "phone": "020 5555 0101",
        "consent_date": "2026-01-12",
        "members": [
            {
                "name": "ຄຳພອນ ສີສຸວັນ",
                "nickname": "ແມ່ຄຳພອນ",
                "gender": "female",
                "age_group": "60plus",
                "roles": ["artisan", "host"],
            },
            {
                "name": "ບົວສີ ສີສຸວັນ",
                "nickname": "ບົວ",
                "gender": "female",
                "age_group": "25-39",
                "roles": ["artisan", "host"],
            },
            {
                "name": "ບຸນມີ ສີສຸວັນ",
                "nickname": "ມີ",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["farmer"],
            },
        ],
    },
    {
        "code": "BT-02",
        "name": "ເຮືອນພໍ່ໃຫຍ່ທອງດີ (ຕົວຢ່າງ)",
        "village": "ບ້ານບໍ່ແຕນ",
        "phone": "020 5555 0102",
        "consent_date": "2026-01-12",
        "members": [
            {
                "name": "ທອງດີ ພົມມະຈັນ",
                "nickname": "ພໍ່ທອງດີ",
                "gender": "male",
                "age_group": "60plus",
                "roles": ["performer", "committee"],
            },
            {
                "name": "ແສງຈັນ ພົມມະຈັນ",
                "nickname": "ຈັນ",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["cook", "host"],
            },
            {
                "name": "ສຸກສະຫວັນ ພົມມະຈັນ",
                "nickname": "ສຸກ",
                "gender": "male",
                "age_group": "18-24",
                "roles": ["guide"],
            },
        ],
    },
    {
        "code": "BT-03",
        "name": "ເຮືອນແມ່ວັນນາ (ຕົວຢ່າງ)",
        "village": "ບ້ານບໍ່ແຕນ",
        "phone": "020 5555 0103",
        "consent_date": "2026-01-13",
        "members": [
            {
                "name": "ວັນນາ ແກ້ວມະນີ",
                "nickname": "ນາ",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["cook", "coordinator"],
            },
            {
                "name": "ພູວົງ ແກ້ວມະນີ",
                "nickname": "ພູ",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["driver"],
            },
            {
                "name": "ດາລາ ແກ້ວມະນີ",
                "nickname": "ດາ",
                "gender": "female",
                "age_group": "under18",
                "roles": ["performer"],
            },
        ],
    },
    {
        "code": "BT-04",
        "name": "ເຮືອນອ້າຍບຸນທັນ (ຕົວຢ່າງ)",
        "village": "ບ້ານເມືອງຮາມ",
        "phone": "020 5555 0104",
        "consent_date": "2026-01-14",
        "members": [
            {
                "name": "ບຸນທັນ ວົງສະຫວັນ",
                "nickname": "ທັນ",
                "gender": "male",
                "age_group": "25-39",
                "roles": ["guide", "farmer"],
            },
            {
                "name": "ມະນີ ວົງສະຫວັນ",
                "nickname": "ນີ",
                "gender": "female",
                "age_group": "25-39",
                "roles": ["host", "cook"],
            },
        ],
    },
    {
        "code": "BT-05",
        "name": "ເຮືອນແມ່ຈັນທະວີ (ຕົວຢ່າງ)",
        "village": "ບ້ານບໍ່ແຕນ",
        "phone": "020 5555 0105",
        "consent_date": "2026-01-14",
        "members": [
            {
                "name": "ຈັນທະວີ ໄຊຍະວົງ",
                "nickname": "ແມ່ຈັນ",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["treasurer", "committee"],
            },
            {
                "name": "ວຽງຄຳ ໄຊຍະວົງ",
                "nickname": "ວຽງ",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["farmer"],
            },
            {
                "name": "ນ້ອຍ ໄຊຍະວົງ",
                "nickname": "ນ້ອຍ",
                "gender": "female",
                "age_group": "18-24",
                "roles": ["guide"],
            },
        ],
    },
    {
        "code": "BT-06",
        "name": "ເຮືອນພໍ່ຄຳຫຼ້າ (ຕົວຢ່າງ)",
        "village": "ບ້ານນ້ຳດານ",
        "phone": "020 5555 0106",
        "consent_date": "2026-01-15",
        "members": [
            {
                "name": "ຄຳຫຼ້າ ອິນທະວົງ",
                "nickname": "ພໍ່ຫຼ້າ",
                "gender": "male",
                "age_group": "60plus",
                "roles": ["guide", "farmer"],
            },
            {
                "name": "ອຳພອນ ອິນທະວົງ",
                "nickname": "ແມ່ພອນ",
                "gender": "female",
                "age_group": "60plus",
                "roles": ["cook"],
            },
            {
                "name": "ສົມພອນ ອິນທະວົງ",
                "nickname": "ສົມ",
                "gender": "male",
                "age_group": "25-39",
                "roles": ["guide", "farmer"],
            },
        ],
    },
    {
        "code": "BT-07",
        "name": "ເຮືອນເອື້ອຍພອນສະຫວັນ (ຕົວຢ່າງ)",
        "village": "ບ້ານບໍ່ແຕນ",
        "phone": "020 5555 0107",
        "consent_date": "2026-01-16",
        "members": [
            {
                "name": "ພອນສະຫວັນ ຈັນທະລາ",
                "nickname": "ພອນ",
                "gender": "female",
                "age_group": "25-39",
                "roles": ["host", "coordinator"],
            },
            {
                "name": "ສີດາ ຈັນທະລາ",
                "nickname": "ດາ",
                "gender": "female",
                "age_group": "18-24",
                "roles": ["artisan"],
            },
            {
                "name": "ແກ້ວ ຈັນທະລາ",
                "nickname": "ແກ້ວ",
                "gender": "male",
                "age_group": "under18",
                "roles": ["performer"],
            },
        ],
    },
    {
        "code": "BT-08",
        "name": "ເຮືອນອ້າຍວິໄລ (ຕົວຢ່າງ)",
        "village": "ບ້ານບໍ່ແຕນ",
        "phone": "020 5555 0108",
        "consent_date": "2026-01-16",
        "members": [
            {
                "name": "ວິໄລ ພິລາວົງ",
                "nickname": "ໄລ",
                "gender": "male",
                "age_group": "40-59",
                "roles": ["driver", "committee"],
            },
            {
                "name": "ມາລີ ພິລາວົງ",
                "nickname": "ລີ",
                "gender": "female",
                "age_group": "40-59",
                "roles": ["farmer", "cook"],
            },
            {
                "name": "ໂອ ພິລາວົງ",
                "nickname": "ໂອ",
                "gender": "undisclosed",
                "age_group": "18-24",
                "roles": ["guide"],
            },
        ],
    },
]

# Prices in kip (LAK), whole kip only. Providers refer to the fictional households above.
OFFERINGS = [
    # --- Activities -------------------------------------------------------------------------
    {
        "slug": "tad-ham-waterfall-trek",
        "kind": "activity",
        "service_type": "",
        "title": T("เดินป่าไปน้ำตกตาดฮาม", "ຍ່າງປ່າໄປນ້ຳຕົກຕາດຮາມ", "Tad Ham waterfall trek"),
        "summary": T(
            "เดินครึ่งวันกับผู้นำเที่ยวจากหมู่บ้าน ผ่านทุ่งนาและป่าไปน้ำตกตาดฮามสูง 15 เมตร และกินข้าวห่อริมแอ่งน้ำ",
            "ຍ່າງເຄິ່ງມື້ກັບຄົນນຳທ່ຽວຂອງບ້ານ ຜ່ານທົ່ງນາ ແລະ ປ່າ ໄປນ້ຳຕົກຕາດຮາມສູງ 15 ແມັດ, ແລະ ກິນເຂົ້າຫໍ່ແຄມໜອງນ້ຳ.",
            "A half-day walk with a village guide through fields and forest to the 15 m Tad Ham waterfall, with a picnic by the pool.",
        ),
        "description": T(
            "พบผู้นำเที่ยวที่ศาลากลางบ้าน นั่งรถสองแถวไปบ้านเมืองฮาม แล้วเดินผ่านทุ่งนา ป่าสัก และป่าไผ่ไปถึงตาดฮาม "
            "ระหว่างทางผู้นำเที่ยวเล่าถึงพืชที่ชาวบ้านเก็บมาเป็นอาหารและยาสมุนไพร "
            "หลังเล่นน้ำ นั่งกินข้าวเหนียวกับแจ่วที่ห่อใบตองริมแอ่งน้ำ แล้วเดินกลับ",
            "ພົບຄົນນຳທ່ຽວທີ່ສາລາບ້ານ, ນັ່ງລົດສອງແຖວໄປບ້ານເມືອງຮາມ, ແລ້ວຍ່າງຜ່ານທົ່ງນາ, ປ່າໄມ້ສັກ ແລະ ປ່າໄຜ່ ໄປຮອດຕາດຮາມ. "
            "ລະຫວ່າງທາງ ຄົນນຳທ່ຽວຈະເລົ່າເຖິງພືດທີ່ຊາວບ້ານເກັບມາເປັນອາຫານ ແລະ ຢາພື້ນເມືອງ. "
            "ຫຼັງຈາກຫຼິ້ນນ້ຳ, ນັ່ງກິນເຂົ້າໜຽວກັບແຈ່ວທີ່ຫໍ່ໃບຕອງ ແຄມໜອງນ້ຳ ແລ້ວຍ່າງກັບ.",
            "Meet your guide at the village hall and ride by songthaew to Meuangharm village, then walk "
            "through rice fields, teak and bamboo forest to Tad Ham. On the way your guide points out "
            "the plants villagers gather for food and traditional medicine. After a swim, eat sticky "
            "rice and jeow wrapped in banana leaves beside the pool, then walk back.",
        ),
        "included": T(
            "ผู้นำเที่ยวจากหมู่บ้าน รถสองแถวไปกลับบ้านเมืองฮาม ข้าวห่อ น้ำดื่ม และเงินสมทบให้หมู่บ้านเมืองฮาม",
            "ຄົນນຳທ່ຽວຂອງບ້ານ, ລົດສອງແຖວໄປກັບບ້ານເມືອງຮາມ, ເຂົ້າຫໍ່, ນ້ຳດື່ມ ແລະ ເງິນປະກອບສ່ວນໃຫ້ບ້ານເມືອງຮາມ.",
            "Village guide, songthaew to Meuangharm and back, picnic lunch, drinking water and a contribution to Meuangharm village.",
        ),
        "not_included": T(
            "ประกันการเดินทาง และทิป",
            "ປະກັນໄພການເດີນທາງ ແລະ ຄ່າທິບ.",
            "Travel insurance and tips.",
        ),
        "what_to_bring": T(
            "รองเท้าเดินป่าที่ไม่ลื่น ชุดเล่นน้ำและผ้าเช็ดตัว หมวก ครีมกันแดด ยากันยุง",
            "ເກີບຍ່າງປ່າທີ່ບໍ່ມື່ນ, ຊຸດລອຍນ້ຳ ແລະ ຜ້າເຊັດໂຕ, ໝວກ, ຄີມກັນແດດ, ຢາກັນຍຸງ.",
            "Walking shoes with good grip, swimwear and a towel, hat, sunscreen, insect repellent.",
        ),
        "season_note": T(
            "มิ.ย.–ก.พ. หน้าฝน (มิ.ย.–ต.ค.) น้ำตกสวยที่สุด แต่ทางเป็นโคลน ลื่น และมีทาก งดเดินหลังฝนตกหนัก",
            "ມິຖຸນາ–ກຸມພາ. ລະດູຝົນ (ມິຖຸນາ–ຕຸລາ) ນ້ຳຕົກງາມທີ່ສຸດ ແຕ່ທາງເປັນຂີ້ຕົມ, ມື່ນ ແລະ ມີທາກ; ງົດຍ່າງຫຼັງຝົນຕົກໜັກ.",
            "June–February. In the rainy season (June–October) the falls are at their best but the trail is muddy, slippery and has leeches; cancelled after heavy rain.",
        ),
        "place": "village-hall",
        "providers": ["BT-04", "BT-02"],
        "capacity": 10,
        "min_guests": 2,
        "duration_minutes": 300,
        "languages": ["lo", "th", "en"],
        "season": (6, 2),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "150000", "child": "80000"},
        "menu": [],
    },
    {
        "slug": "phou-phadaeng-sunrise-hike",
        "kind": "activity",
        "service_type": "",
        "title": T(
            "เดินขึ้นภูผาแดงชมพระอาทิตย์ขึ้น", "ຍ່າງຂຶ້ນພູຜາແດງ ເບິ່ງຕາເວັນຂຶ້ນ", "Phou Phadaeng sunrise hike"
        ),
        "summary": T(
            "เดินขึ้นภูผาแดงตั้งแต่ฟ้ายังมืดกับผู้นำเที่ยวท้องถิ่น ชมพระอาทิตย์ขึ้นเหนือหุบเขาและมองข้ามไปฝั่งไทย",
            "ຍ່າງຂຶ້ນພູຜາແດງ ຕັ້ງແຕ່ຟ້າຍັງມືດ ກັບຄົນນຳທາງຂອງບ້ານ, ເບິ່ງຕາເວັນຂຶ້ນເໜືອຮ່ອມພູ ແລະ ເບິ່ງຂ້າມໄປຝັ່ງໄທ.",
            "Climb the Red Mountain before dawn with a local guide to watch the sun rise over the valleys and across to Thailand.",
        ),
        "description": T(
            "ออกจากศาลากลางบ้านเวลา 04:30 นั่งรถสองแถวไปจุดเริ่มเดินใกล้ตาดฮาม แล้วเดินขึ้นด้วยแสงไฟฉายราวสองชั่วโมง "
            "บนยอดชมพระอาทิตย์ขึ้นเหนือทะเลหมอกและมองข้ามชายแดนไปฝั่งไทย "
            "ขณะที่ผู้นำเที่ยวเตรียมอาหารเช้าเป็นข้าวเหนียว ไข่ต้ม และกาแฟลาว แล้วเดินลงถึงหมู่บ้านก่อนสาย",
            "ອອກຈາກສາລາບ້ານເວລາ 04:30, ນັ່ງລົດສອງແຖວໄປຈຸດເລີ່ມຍ່າງໃກ້ຕາດຮາມ, ແລ້ວຍ່າງຂຶ້ນດ້ວຍແສງໄຟສາຍປະມານສອງຊົ່ວໂມງ. "
            "ເທິງຈອມພູ ເບິ່ງຕາເວັນຂຶ້ນເໜືອທະເລໝອກ ແລະ ເບິ່ງຂ້າມຊາຍແດນໄປຝັ່ງໄທ, "
            "ໃນຂະນະທີ່ຄົນນຳທາງກຽມອາຫານເຊົ້າ ມີເຂົ້າໜຽວ, ໄຂ່ຕົ້ມ ແລະ ກາເຟລາວ. ແລ້ວຍ່າງລົງມາຮອດບ້ານກ່ອນສວາຍ.",
            "We leave the village hall at 04:30 by songthaew for the trailhead near Tad Ham and climb by "
            "torchlight for about two hours. From the top, watch the sun rise over a sea of mist and "
            "look across the border into Thailand while your guide makes a breakfast of sticky rice, "
            "boiled eggs and Lao coffee. Back in the village by mid-morning.",
        ),
        "included": T(
            "ผู้นำเที่ยว รถสองแถวไปกลับจุดเริ่มเดิน ไฟฉายถ้าต้องการ อาหารเช้าบนยอดภู น้ำดื่ม",
            "ຄົນນຳທາງ, ລົດສອງແຖວໄປກັບຈຸດເລີ່ມຍ່າງ, ໄຟສາຍຖ້າຕ້ອງການ, ອາຫານເຊົ້າເທິງຈອມພູ, ນ້ຳດື່ມ.",
            "Guide, songthaew to the trailhead and back, a torch if needed, breakfast on the summit, drinking water.",
        ),
        "not_included": T(
            "ประกันการเดินทาง และทิป",
            "ປະກັນໄພການເດີນທາງ ແລະ ຄ່າທິບ.",
            "Travel insurance and tips.",
        ),
        "what_to_bring": T(
            "รองเท้าเดินป่า เสื้อกันหนาวสำหรับบนยอด ไฟฉายคาดหัว หมวก ครีมกันแดด น้ำ 1 ลิตร เหมาะกับเด็กอายุ 10 ปีขึ้นไป",
            "ເກີບຍ່າງປ່າ, ເສື້ອກັນໜາວສຳລັບເທິງຈອມພູ, ໄຟສາຍຄາດຫົວ, ໝວກ, ຄີມກັນແດດ, ນ້ຳ 1 ລິດ. ເໝາະສຳລັບເດັກອາຍຸ 10 ປີຂຶ້ນໄປ.",
            "Hiking shoes, a warm layer for the summit, head torch, hat, sunscreen, 1 litre of water. Suitable for children aged 10 and over.",
        ),
        "season_note": T(
            "ต.ค.–เม.ย. เท่านั้น หน้าฝนปิดเส้นทางเพราะช่วงชันอันตราย ตั้งแต่มีนาคมอาจมีหมอกควันจากการเผาไร่",
            "ຕຸລາ–ເມສາ ເທົ່ານັ້ນ. ລະດູຝົນປິດທາງ ເພາະຊ່ວງທີ່ຊັນເປັນອັນຕະລາຍ. ຕັ້ງແຕ່ເດືອນມີນາ ອາດມີຄວັນຈາກການຈູດໄຮ່.",
            "October–April only. The trail is closed in the rainy season because the steep parts are dangerous. From March, smoke from field burning may haze the view.",
        ),
        "place": "village-hall",
        "providers": ["BT-04", "BT-05"],
        "capacity": 8,
        "min_guests": 2,
        "duration_minutes": 360,
        "languages": ["lo", "th", "en"],
        "season": (10, 4),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "200000", "child": "100000"},
        "menu": [],
    },
    {
        "slug": "market-and-lao-cooking-class",
        "kind": "activity",
        "service_type": "",
        "title": T(
            "ตลาดเช้าและเรียนทำอาหารลาว",
            "ຕະຫຼາດເຊົ້າ ແລະ ຮຽນແຕ່ງອາຫານລາວ",
            "Morning market & Lao cooking class",
        ),
        "summary": T(
            "ไปจ่ายตลาดเช้ากับแม่ครัวของหมู่บ้าน แล้วทำอาหารลาวสี่อย่างและกินด้วยกัน",
            "ໄປຊື້ເຄື່ອງຢູ່ຕະຫຼາດເຊົ້າກັບແມ່ຄົວຂອງບ້ານ, ແລ້ວແຕ່ງອາຫານລາວສີ່ຢ່າງ ແລະ ກິນນຳກັນ.",
            "Shop at the morning market with a village cook, then cook four Lao dishes and eat them together.",
        ),
        "description": T(
            "พบแม่ครัวที่ตลาดเช้าเวลา 07:00 เลือกผักสมุนไพรและปลาแม่น้ำ และเรียนชื่อภาษาลาว "
            "จากนั้นกลับไปที่ครัวของเธอ เรียนนึ่งข้าวเหนียว ตำหมากหุ่ง ทำแจ่วหมากเล่น และคลุกลาบ "
            "จบด้วยมื้อกลางวันที่กินทุกอย่างที่ทำด้วยกัน ขอเมนูมังสวิรัติได้",
            "ພົບແມ່ຄົວທີ່ຕະຫຼາດເຊົ້າເວລາ 07:00, ເລືອກຜັກ, ພືດສະໝຸນໄພ ແລະ ປານ້ຳ, ແລະ ຮຽນຊື່ເປັນພາສາລາວ. "
            "ຈາກນັ້ນກັບໄປເຮືອນຄົວຂອງລາວ, ຮຽນໜຶ້ງເຂົ້າໜຽວ, ຕຳໝາກຫຸ່ງ, ເຮັດແຈ່ວໝາກເລັ່ນ ແລະ ເຮັດລາບ. "
            "ຈົບດ້ວຍອາຫານສວາຍ ກິນທຸກຢ່າງທີ່ແຕ່ງນຳກັນ. ຂໍອາຫານບໍ່ມີຊີ້ນໄດ້.",
            "Meet your cook at the market hall at 07:00 to choose herbs, vegetables and river fish and "
            "learn their Lao names. Back in her kitchen, learn to steam sticky rice, pound tam mak "
            "hung (papaya salad), make jeow mak len (roasted tomato dip) and mix laap. The class ends "
            "with lunch of everything you cooked. Vegetarian versions on request.",
        ),
        "included": T(
            "วัตถุดิบจากตลาด การสอนทำอาหาร มื้อกลางวัน น้ำดื่ม และสูตรอาหารภาษาลาว ไทย อังกฤษ",
            "ວັດຖຸດິບຈາກຕະຫຼາດ, ການສອນແຕ່ງອາຫານ, ອາຫານສວາຍ, ນ້ຳດື່ມ ແລະ ສູດອາຫານເປັນພາສາລາວ, ໄທ, ອັງກິດ.",
            "Market ingredients, the cooking lesson, lunch, drinking water and recipe cards in Lao, Thai and English.",
        ),
        "not_included": T(
            "เครื่องดื่มอื่นนอกจากน้ำเปล่า และการเดินทาง",
            "ເຄື່ອງດື່ມອື່ນນອກຈາກນ້ຳດື່ມ, ແລະ ການເດີນທາງ.",
            "Drinks other than water, and transport.",
        ),
        "what_to_bring": T(
            "เงินกีบใบย่อยถ้าอยากซื้อของเพิ่มที่ตลาด และหมวก",
            "ເງິນກີບໃບນ້ອຍ ຖ້າຢາກຊື້ເຄື່ອງຕື່ມຢູ່ຕະຫຼາດ, ແລະ ໝວກ.",
            "Small kip notes if you want to buy extra things at the market, and a hat.",
        ),
        "season_note": T(
            "ตลอดปี ตลาดปิดวันปีใหม่ลาว (14 เม.ย.) วันนั้นเริ่มเรียนที่ครัวเลย",
            "ຕະຫຼອດປີ. ຕະຫຼາດປິດວັນປີໃໝ່ລາວ (14 ເມສາ); ມື້ນັ້ນເລີ່ມຮຽນຢູ່ເຮືອນຄົວເລີຍ.",
            "All year. The market is closed on Lao New Year (14 April); that day the class starts in the kitchen.",
        ),
        "place": "boten-morning-market",
        "providers": ["BT-03", "BT-02"],
        "capacity": 8,
        "min_guests": 2,
        "duration_minutes": 240,
        "languages": ["lo", "th", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "250000", "child": "120000"},
        "menu": [],
    },
    {
        "slug": "weaving-workshop",
        "kind": "activity",
        "service_type": "",
        "title": T("เรียนทอผ้ากับแม่คำพอน", "ຮຽນຕ່ຳແຜ່ນກັບແມ່ຄຳພອນ", "Weaving workshop with Mae Khamphone"),
        "summary": T(
            "ใช้เวลาหนึ่งเช้าที่กี่ทอผ้า และทอผ้าฝ้ายผืนเล็ก ๆ กลับบ้าน",
            "ໃຊ້ເວລາໜຶ່ງຕອນເຊົ້າຢູ່ກີ່ຕ່ຳແຜ່ນ, ແລະ ຕ່ຳແຜ່ນຝ້າຍຜືນນ້ອຍໆ ເອົາກັບບ້ານ.",
            "Spend a morning at the loom and weave a small strip of cotton cloth to take home.",
        ),
        "description": T(
            "แม่คำพอนและบัวสีลูกสาวอธิบายการปั่นฝ้าย การย้อมคราม และการขึ้นด้ายบนกี่ "
            "จากนั้นลองนั่งกี่เองและทอผ้าผืนสั้นลายง่าย ๆ เอากลับไปใช้เป็นที่คั่นหนังสือหรือสายข้อมือ "
            "และได้ดูวิธีทอตีนซิ่นที่มีลวดลาย",
            "ແມ່ຄຳພອນ ແລະ ບົວສີ ລູກສາວ ອະທິບາຍການປັ່ນຝ້າຍ, ການຍ້ອມຄາມ ແລະ ການຂຶ້ນເຄືອຢູ່ກີ່. "
            "ຈາກນັ້ນ ລອງນັ່ງກີ່ເອງ ແລະ ຕ່ຳແຜ່ນຜືນສັ້ນໆ ລາຍງ່າຍໆ ເອົາກັບໄປເຮັດບ່ອນໝາຍປຶ້ມ ຫຼື ສາຍແຂນ, "
            "ແລະ ໄດ້ເບິ່ງວິທີຕ່ຳຕີນສິ້ນທີ່ມີລວດລາຍ.",
            "Mae Khamphone and her daughter Bouasy show how cotton is spun, dyed with indigo and set up "
            "on the loom. Then sit at a loom yourself and weave a short strip with a simple pattern to "
            "take home as a bookmark or wristband. You also see how the patterned hem of a sinh skirt "
            "is woven.",
        ),
        "included": T(
            "การสอน ด้ายฝ้าย ผ้าที่ทอเอง ชาและขนม",
            "ການສອນ, ເສັ້ນຝ້າຍ, ແຜ່ນທີ່ຕ່ຳເອງ, ນ້ຳຊາ ແລະ ເຂົ້າໜົມ.",
            "Teaching, cotton thread, the strip you weave, tea and snacks.",
        ),
        "not_included": T(
            "ผ้าทอที่วางขาย และการเดินทาง",
            "ແຜ່ນຕ່ຳທີ່ວາງຂາຍ, ແລະ ການເດີນທາງ.",
            "Textiles for sale, and transport.",
        ),
        "what_to_bring": T(
            "เสื้อผ้าที่สบายสำหรับนั่งม้านั่งเตี้ย และความใจเย็น",
            "ເຄື່ອງນຸ່ງທີ່ສະບາຍ ສຳລັບນັ່ງຕັ່ງຕ່ຳ, ແລະ ຄວາມໃຈເຢັນ.",
            "Comfortable clothes for sitting on a low bench, and patience.",
        ),
        "season_note": T(
            "ตลอดปี จันทร์–เสาร์ ช่วงดำนา (ก.ค.) และเกี่ยวข้าว (พ.ย.) มีวันทอผ้าน้อยลง",
            "ຕະຫຼອດປີ, ວັນຈັນ–ວັນເສົາ. ຊ່ວງດຳນາ (ກໍລະກົດ) ແລະ ເກັບກ່ຽວ (ພະຈິກ) ມີມື້ຕ່ຳແຜ່ນໜ້ອຍລົງ.",
            "All year, Monday to Saturday. Fewer weaving days during rice planting (July) and harvest (November).",
        ),
        "place": "weaving-house",
        "providers": ["BT-01", "BT-07"],
        "capacity": 6,
        "min_guests": 1,
        "duration_minutes": 180,
        "languages": ["lo", "th"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "180000", "child": "100000"},
        "menu": [],
    },
    {
        "slug": "river-legends-walk",
        "kind": "activity",
        "service_type": "",
        "title": T("เดินฟังตำนานริมน้ำ", "ຍ່າງຟັງນິທານແຄມນ້ຳ", "River legends walk"),
        "summary": T(
            "เดินเลียบลำน้ำกับผู้เฒ่าของหมู่บ้านไปวังสะแดงและแก่งกะได ฟังตำนานที่มาของชื่อ",
            "ຍ່າງລຽບແມ່ນ້ຳກັບຜູ້ເຖົ້າຂອງບ້ານ ໄປວັງສະແດງ ແລະ ແກ້ງກະໄດ, ຟັງນິທານທີ່ມາຂອງຊື່.",
            "Walk the river with a village elder to Vang Sadaeng and Kaeng Kaday and hear the legends behind their names.",
        ),
        "description": T(
            "พ่อคำหล้า ผู้เฒ่าของหมู่บ้าน พาเดินจากวังสะแดงเลียบลำน้ำไปถึงแก่งกะได "
            "พร้อมเล่าตำนานที่เป็นที่มาของชื่อสถานที่เหล่านี้ รวมทั้งแก่งเทียนที่อยู่ถัดไป ผู้นำเที่ยวรุ่นใหม่ช่วยแปล "
            "ระหว่างทางได้เห็นลอบดักปลา สวนผักริมน้ำ และหน้าแล้งจะเห็นชาวบ้านทอดแห",
            "ພໍ່ຄຳຫຼ້າ ຜູ້ເຖົ້າຂອງບ້ານ ພາຍ່າງຈາກວັງສະແດງ ລຽບແມ່ນ້ຳໄປຮອດແກ້ງກະໄດ, "
            "ພ້ອມທັງເລົ່ານິທານທີ່ເປັນທີ່ມາຂອງຊື່ບ່ອນເຫຼົ່ານີ້, ລວມທັງແກ້ງທຽນທີ່ຢູ່ຖັດໄປ. ຄົນນຳທ່ຽວໄວໜຸ່ມຊ່ວຍແປ. "
            "ລະຫວ່າງທາງ ຈະໄດ້ເຫັນໄຊດັກປາ, ສວນຜັກແຄມນ້ຳ, ແລະ ລະດູແລ້ງຈະເຫັນຊາວບ້ານຫວ່ານແຫ.",
            "Pho Khamla, a village elder, walks with you from Vang Sadaeng along the river to the Kaeng "
            "Kaday rapids, telling the legends that gave these places, and Kaeng Thian further on, "
            "their names. A younger guide translates. Along the way you see fish traps, riverside "
            "gardens and, in the dry season, villagers casting nets.",
        ),
        "included": T(
            "ผู้เฒ่าเล่าเรื่องและผู้นำเที่ยวช่วยแปล น้ำดื่ม และผลไม้ตามฤดูกาล",
            "ຜູ້ເຖົ້າເລົ່ານິທານ ແລະ ຄົນນຳທ່ຽວຊ່ວຍແປ, ນ້ຳດື່ມ ແລະ ໝາກໄມ້ຕາມລະດູການ.",
            "Elder storyteller and a translating guide, drinking water and seasonal fruit.",
        ),
        "not_included": T(
            "การเดินทางไปจุดเริ่มต้น และทิป",
            "ການເດີນທາງໄປຈຸດເລີ່ມຕົ້ນ, ແລະ ຄ່າທິບ.",
            "Transport to the starting point, and tips.",
        ),
        "what_to_bring": T(
            "รองเท้าแตะหรือรองเท้าที่เปียกน้ำได้ หมวก ครีมกันแดด",
            "ເກີບແຕະ ຫຼື ເກີບທີ່ປຽກນ້ຳໄດ້, ໝວກ, ຄີມກັນແດດ.",
            "Sandals or shoes that can get wet, a hat, sunscreen.",
        ),
        "season_note": T(
            "พ.ย.–พ.ค. ช่วงน้ำลด หน้าฝนน้ำท่วมริมฝั่งและงดเดิน",
            "ພະຈິກ–ພຶດສະພາ ຊ່ວງນ້ຳລົດ. ລະດູຝົນ ນ້ຳຖ້ວມແຄມຝັ່ງ ແລະ ງົດການຍ່າງ.",
            "November–May, when the river is low. In the rainy season the banks flood and the walk does not run.",
        ),
        "place": "vang-sadaeng",
        "providers": ["BT-06", "BT-05"],
        "capacity": 10,
        "min_guests": 2,
        "duration_minutes": 150,
        "languages": ["lo", "th", "en"],
        "season": (11, 5),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "100000", "child": "50000"},
        "menu": [],
    },
    # --- Homestay rooms (price per person per night, breakfast included) --------------------
    {
        "slug": "homestay-weavers-house-room",
        "kind": "homestay",
        "service_type": "",
        "title": T(
            "ห้องพักโฮมสเตย์บ้านทอผ้า (ห้องน้ำรวม)",
            "ຫ້ອງພັກໂຮມສະເຕ ເຮືອນຕ່ຳແຜ່ນ (ຫ້ອງນ້ຳລວມ)",
            "Homestay room at the weaver's house (shared bathroom)",
        ),
        "summary": T(
            "ห้องเรียบง่ายบนเรือนไม้ใต้ถุนสูง นอนฟูกบนพื้นในมุ้ง และกินข้าวเช้ากับครอบครัว",
            "ຫ້ອງງ່າຍໆ ເທິງເຮືອນໄມ້ຖັນສູງ, ນອນຟູກເທິງພື້ນໃນມຸ້ງ, ແລະ ກິນເຂົ້າເຊົ້ານຳຄອບຄົວ.",
            "A simple upstairs room in a wooden stilt house, with floor mattresses, mosquito nets and breakfast with the family.",
        ),
        "description": T(
            "นอนบนเรือนไม้ของแม่คำพอน บนฟูกฝ้ายหนาในมุ้งแบบที่ครอบครัวลาวนอน "
            "ห้องน้ำใช้ร่วมกับครอบครัว มีชักโครกและฝักบัวน้ำเย็น กินข้าวเช้ากับครอบครัว "
            "ใต้ถุนเรือนคือที่ทอผ้าของแม่คำพอน ราคาต่อคนต่อคืน",
            "ນອນເທິງເຮືອນໄມ້ຂອງແມ່ຄຳພອນ, ເທິງຟູກຝ້າຍໜາໃນມຸ້ງ ແບບທີ່ຄອບຄົວລາວນອນ. "
            "ຫ້ອງນ້ຳໃຊ້ຮ່ວມກັບຄອບຄົວ, ມີຊັກໂຄກ ແລະ ຝັກບົວນ້ຳເຢັນ. ກິນເຂົ້າເຊົ້ານຳຄອບຄົວ. "
            "ກ້ອງເຮືອນແມ່ນບ່ອນຕ່ຳແຜ່ນຂອງແມ່ຄຳພອນ. ລາຄາຕໍ່ຄົນຕໍ່ຄືນ.",
            "Sleep upstairs in Mae Khamphone's wooden stilt house on thick cotton mattresses under "
            "mosquito nets, as Lao families do. The bathroom, with a sit-down toilet and a cold shower, "
            "is shared with the family, and breakfast is eaten together. The looms are downstairs. "
            "Price per person per night.",
        ),
        "included": T(
            "ที่นอน หมอน ผ้าห่ม มุ้ง ผ้าเช็ดตัว อาหารเช้าแบบลาว และน้ำดื่ม",
            "ບ່ອນນອນ, ໝອນ, ຜ້າຫົ່ມ, ມຸ້ງ, ຜ້າເຊັດໂຕ, ອາຫານເຊົ້າແບບລາວ ແລະ ນ້ຳດື່ມ.",
            "Mattress, pillow, blanket and mosquito net, towel, Lao breakfast and drinking water.",
        ),
        "not_included": T(
            "อาหารเย็น (จองอาหารเย็นแบบครอบครัวลาวได้) และค่าซักผ้า",
            "ອາຫານແລງ (ຈອງອາຫານແລງແບບຄອບຄົວລາວໄດ້) ແລະ ຄ່າຊັກເຄື່ອງ.",
            "Dinner (book the Lao family dinner) and laundry.",
        ),
        "what_to_bring": T(
            "ไฟฉาย รองเท้าแตะ ชุดนอนที่สุภาพ และเสื้อกันหนาวช่วงธันวาคม–มกราคม",
            "ໄຟສາຍ, ເກີບແຕະ, ຊຸດນອນທີ່ສຸພາບ, ແລະ ເສື້ອກັນໜາວໃນເດືອນທັນວາ–ມັງກອນ.",
            "A torch, slippers, modest sleepwear, and warm clothes in December–January.",
        ),
        "season_note": T(
            "ตลอดปี กลางคืนเดือนธันวาคมและมกราคมอากาศหนาว มีผ้าห่มเพิ่มให้",
            "ຕະຫຼອດປີ. ກາງຄືນໃນເດືອນທັນວາ ແລະ ມັງກອນອາກາດໜາວ; ມີຜ້າຫົ່ມເພີ່ມໃຫ້.",
            "All year. Nights are cold in December and January; extra blankets are provided.",
        ),
        "place": "village-hall",
        "providers": ["BT-01"],
        "capacity": 2,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["lo", "th"],
        "season": (1, 12),
        "beds": 2,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "180000", "child": "90000"},
        "menu": [],
    },
    {
        "slug": "homestay-family-room-private-bath",
        "kind": "homestay",
        "service_type": "",
        "title": T(
            "ห้องพักครอบครัว มีห้องน้ำในตัว",
            "ຫ້ອງພັກຄອບຄົວ ມີຫ້ອງນ້ຳໃນຕົວ",
            "Family room with private bathroom",
        ),
        "summary": T(
            "ห้องสำหรับสามคนในบ้านของผู้ประสานงานโฮมสเตย์ มีห้องน้ำในตัวและน้ำอุ่น",
            "ຫ້ອງສຳລັບສາມຄົນ ໃນເຮືອນຂອງຜູ້ປະສານງານໂຮມສະເຕ, ມີຫ້ອງນ້ຳໃນຕົວ ແລະ ນ້ຳອຸ່ນ.",
            "A room for three in the homestay coordinator's house, with a private bathroom and hot shower.",
        ),
        "description": T(
            "ห้องพักสำหรับไม่เกินสามคนในบ้านของเอื้อยพอนสะหวัน มีห้องน้ำในตัวพร้อมฝักบัวน้ำอุ่น และพัดลม "
            "พอนสะหวันเป็นผู้ประสานงานโฮมสเตย์และพูดภาษาอังกฤษได้บ้าง "
            "อาหารเช้าเป็นข้าวเปียก (ก๋วยเตี๋ยวเส้นข้าว) หรือข้าวเหนียวกับไข่ ราคาต่อคนต่อคืน",
            "ຫ້ອງພັກສຳລັບບໍ່ເກີນສາມຄົນ ໃນເຮືອນຂອງເອື້ອຍພອນສະຫວັນ, ມີຫ້ອງນ້ຳໃນຕົວ ພ້ອມຝັກບົວນ້ຳອຸ່ນ ແລະ ພັດລົມ. "
            "ພອນສະຫວັນ ເປັນຜູ້ປະສານງານໂຮມສະເຕ ແລະ ເວົ້າພາສາອັງກິດໄດ້ແດ່. "
            "ອາຫານເຊົ້າແມ່ນເຂົ້າປຽກເສັ້ນ ຫຼື ເຂົ້າໜຽວກັບໄຂ່. ລາຄາຕໍ່ຄົນຕໍ່ຄືນ.",
            "A room for up to three in Eua Phonsavanh's house, with a private bathroom, hot shower "
            "and fan. Phonsavanh is the homestay coordinator and speaks some English. Breakfast is "
            "khao piak sen (rice noodle soup) or sticky rice with eggs. Price per person per night.",
        ),
        "included": T(
            "ที่นอนสามที่ ผ้าห่ม มุ้ง ผ้าเช็ดตัว ห้องน้ำในตัวพร้อมน้ำอุ่น อาหารเช้า และน้ำดื่ม",
            "ບ່ອນນອນສາມບ່ອນ, ຜ້າຫົ່ມ, ມຸ້ງ, ຜ້າເຊັດໂຕ, ຫ້ອງນ້ຳໃນຕົວພ້ອມນ້ຳອຸ່ນ, ອາຫານເຊົ້າ ແລະ ນ້ຳດື່ມ.",
            "Three beds, blankets, mosquito nets, towels, private bathroom with hot water, breakfast and drinking water.",
        ),
        "not_included": T(
            "อาหารเย็น และค่าซักผ้า",
            "ອາຫານແລງ ແລະ ຄ່າຊັກເຄື່ອງ.",
            "Dinner and laundry.",
        ),
        "what_to_bring": T(
            "ไฟฉาย รองเท้าแตะ และเสื้อกันหนาวช่วงธันวาคม–มกราคม",
            "ໄຟສາຍ, ເກີບແຕະ, ແລະ ເສື້ອກັນໜາວໃນເດືອນທັນວາ–ມັງກອນ.",
            "A torch, slippers, and warm clothes in December–January.",
        ),
        "season_note": T(
            "ตลอดปี ช่วงปีใหม่ลาว (เมษายน) ควรจองล่วงหน้า",
            "ຕະຫຼອດປີ. ຊ່ວງບຸນປີໃໝ່ລາວ (ເມສາ) ຄວນຈອງລ່ວງໜ້າ.",
            "All year. Book ahead for Lao New Year (April).",
        ),
        "place": "village-hall",
        "providers": ["BT-07"],
        "capacity": 3,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["lo", "th", "en"],
        "season": (1, 12),
        "beds": 3,
        "private_bathroom": True,
        "stock": None,
        "prices": {"adult": "230000", "child": "110000"},
        "menu": [],
    },
    # --- Meals (the "seafood" flag also marks river fish and padaek, for allergy warnings) ----
    {
        "slug": "lao-family-dinner",
        "kind": "meal",
        "service_type": "",
        "title": T("อาหารเย็นแบบครอบครัวลาว", "ອາຫານແລງແບບຄອບຄົວລາວ", "Lao family dinner"),
        "summary": T(
            "กินข้าวเย็นกับครอบครัวเจ้าบ้าน นั่งล้อมพาข้าวบนเสื่อ",
            "ກິນເຂົ້າແລງນຳຄອບຄົວເຈົ້າຂອງເຮືອນ, ນັ່ງອ້ອມພາເຂົ້າເທິງສາດ.",
            "Eat dinner with your host family, sitting on mats around the pha khao rattan tray.",
        ),
        "description": T(
            "อาหารเย็นจัดแบบลาวบนพาข้าว ทุกคนนั่งบนเสื่อ กับข้าวเปลี่ยนตามฤดูกาลและของในตลาด "
            "แต่ส่วนใหญ่มีเอาะหลาม ลาบ ปลาปิ้ง ตำหมากหุ่ง และข้าวเหนียวที่ปั้นกินด้วยมือ "
            "โปรดแจ้งเรื่องอาหารที่แพ้หรือไม่กินเนื้อสัตว์ตอนจอง",
            "ອາຫານແລງຈັດແບບລາວເທິງພາເຂົ້າ, ທຸກຄົນນັ່ງເທິງສາດ. ກັບເຂົ້າປ່ຽນໄປຕາມລະດູການ ແລະ ເຄື່ອງໃນຕະຫຼາດ, "
            "ແຕ່ສ່ວນຫຼາຍມີເອາະຫຼາມ, ລາບ, ປີ້ງປາ, ຕຳໝາກຫຸ່ງ ແລະ ເຂົ້າໜຽວທີ່ປັ້ນກິນດ້ວຍມື. "
            "ກະລຸນາແຈ້ງເລື່ອງອາຫານທີ່ແພ້ ຫຼື ບໍ່ກິນຊີ້ນ ຕອນຈອງ.",
            "Dinner is served Lao style on a pha khao, with everyone sitting on mats. Dishes follow "
            "the season and the market, but usually include or lam, laap, grilled river fish, tam mak "
            "hung and sticky rice eaten with your fingers. Please tell us about allergies or a "
            "meat-free diet when you book.",
        ),
        "included": T(
            "อาหารเย็นหนึ่งที่ ข้าวเหนียว น้ำดื่ม และชา",
            "ອາຫານແລງໜຶ່ງທີ່, ເຂົ້າໜຽວ, ນ້ຳດື່ມ ແລະ ນ້ຳຊາ.",
            "Dinner for one, sticky rice, drinking water and tea.",
        ),
        "not_included": T(
            "เบียร์และเครื่องดื่มอื่น",
            "ເບຍ ແລະ ເຄື່ອງດື່ມອື່ນໆ.",
            "Beer and other drinks.",
        ),
        "what_to_bring": T(
            "ไม่ต้องนำอะไรมา โปรดแจ้งเรื่องอาหารที่แพ้ล่วงหน้า",
            "ບໍ່ຕ້ອງເອົາຫຍັງມາ; ກະລຸນາແຈ້ງເລື່ອງອາຫານທີ່ແພ້ລ່ວງໜ້າ.",
            "Nothing; just tell us about any allergies in advance.",
        ),
        "season_note": T(
            "ตลอดปี กับข้าวเปลี่ยนตามฤดูกาล",
            "ຕະຫຼອດປີ; ກັບເຂົ້າປ່ຽນໄປຕາມລະດູການ.",
            "All year; dishes change with the season.",
        ),
        "place": None,  # served in the host family's house
        "providers": ["BT-02", "BT-03", "BT-06"],
        "capacity": 10,
        "min_guests": 1,
        "duration_minutes": 90,
        "languages": ["lo", "th"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "80000", "child": "40000"},
        "menu": [
            {
                "name": T("เอาะหลาม", "ເອາະຫຼາມ", "Or lam"),
                "description": T(
                    "แกงข้นแบบลาวเหนือ ใส่เนื้อควายหรือไก่ มะเขือ ถั่วฝักยาว ผักสมุนไพร และไม้สะค้านรสเผ็ดซ่า",
                    "ແກງຂຸ້ນແບບລາວພາກເໜືອ, ໃສ່ຊີ້ນຄວາຍ ຫຼື ໄກ່, ໝາກເຂືອ, ໝາກຖົ່ວຍາວ, ຜັກ ແລະ ສະຄ້ານທີ່ເຜັດຊາລີ້ນ.",
                    "A thick northern Lao stew of buffalo or chicken with eggplant, long beans, herbs and peppery sakhan wood.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": False,
                "spicy": True,
            },
            {
                "name": T("ลาบไก่", "ລາບໄກ່", "Laap kai (chicken laap)"),
                "description": T(
                    "ไก่สับคลุกข้าวคั่ว มะนาว พริก ใบสะระแหน่ และหอมแดง",
                    "ໄກ່ສັບເຄົ້າເຂົ້າຂົ້ວ, ໝາກນາວ, ໝາກເຜັດ, ຜັກຫອມລາບ ແລະ ຫົວບົ່ວແດງ.",
                    "Minced chicken mixed with toasted rice powder, lime, chilli, mint and shallots.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": False,
                "spicy": True,
            },
            {
                "name": T("ปลาปิ้ง", "ປີ້ງປາ", "Ping pa (grilled river fish)"),
                "description": T(
                    "ปลาแม่น้ำยัดตะไคร้ ปิ้งบนถ่าน กินกับแจ่ว",
                    "ປານ້ຳ ຍັດຫົວສິງໄຄ, ປີ້ງເທິງຖ່ານ, ກິນກັບແຈ່ວ.",
                    "River fish stuffed with lemongrass, grilled over charcoal and eaten with jeow.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": False,
            },
            {
                "name": T("ตำหมากหุ่ง", "ຕຳໝາກຫຸ່ງ", "Tam mak hung (Lao papaya salad)"),
                "description": T(
                    "มะละกอดิบตำกับพริก มะนาว มะเขือเทศ และปลาแดก",
                    "ໝາກຫຸ່ງດິບຕຳກັບໝາກເຜັດ, ໝາກນາວ, ໝາກເລັ່ນ ແລະ ປາແດກ.",
                    "Green papaya pounded with chilli, lime, tomato and padaek (fermented fish sauce).",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": True,
            },
            {
                "name": T("ข้าวเหนียว", "ເຂົ້າໜຽວ", "Khao niao (sticky rice)"),
                "description": T(
                    "ข้าวเหนียวนึ่งในหวด ใส่กระติ๊บมาเสิร์ฟ",
                    "ເຂົ້າໜຽວໜຶ້ງໃນຫວດ, ໃສ່ກະຕິບມາໃຫ້.",
                    "Sticky rice steamed in a bamboo basket and served in a woven kratip.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
        ],
    },
    {
        "slug": "baci-welcome-dinner",
        "kind": "meal",
        "service_type": "",
        "title": T(
            "พิธีบายศรีสู่ขวัญและอาหารเย็นต้อนรับ",
            "ພິທີບາສີສູ່ຂວັນ ແລະ ອາຫານແລງຕ້ອນຮັບ",
            "Baci welcome ceremony and dinner",
        ),
        "summary": T(
            "ผู้เฒ่าของหมู่บ้านผูกฝ้ายขาวที่ข้อมือเพื่อต้อนรับ แล้วกินอาหารเย็นร่วมกันพร้อมดนตรีแคน",
            "ຜູ້ເຖົ້າຂອງບ້ານຜູກແຂນດ້ວຍຝ້າຍຂາວເພື່ອຕ້ອນຮັບ, ແລ້ວກິນອາຫານແລງນຳກັນ ພ້ອມສຽງແຄນ.",
            "A village elder ties white cotton strings on your wrists in welcome, followed by a shared dinner with khaen music.",
        ),
        "description": T(
            "บายศรีสู่ขวัญเป็นพิธีต้อนรับและอวยพรของลาว พ่อทองดีสวดอวยพรรอบพาขวัญที่ทำจากดอกไม้และใบตอง "
            "จากนั้นชาวบ้านผูกฝ้ายขาวที่ข้อมือของแขก ควรผูกไว้อย่างน้อยสามวัน "
            "ต่อด้วยอาหารเย็นที่ศาลากลางบ้าน มีเสียงแคนและรำวง",
            "ບາສີສູ່ຂວັນ ເປັນພິທີຕ້ອນຮັບ ແລະ ອວຍພອນຂອງລາວ. ພໍ່ທອງດີ ສູດອວຍພອນອ້ອມພາຂວັນທີ່ເຮັດດ້ວຍດອກໄມ້ ແລະ ໃບຕອງ, "
            "ຈາກນັ້ນຊາວບ້ານຜູກແຂນແຂກດ້ວຍຝ້າຍຂາວ; ຄວນຜູກໄວ້ຢ່າງໜ້ອຍສາມມື້. "
            "ຕໍ່ດ້ວຍອາຫານແລງທີ່ສາລາບ້ານ, ມີສຽງແຄນ ແລະ ລຳວົງ.",
            "The baci is the Lao ceremony of welcome and good wishes. Pho Thongdy chants blessings "
            "around the pha khuan, a tall offering of flowers and banana leaves, then villagers tie "
            "white cotton strings around your wrists; keep them on for at least three days. Dinner "
            "follows in the village hall, with khaen music and lamvong circle dancing.",
        ),
        "included": T(
            "พิธีบายศรี เครื่องบูชา อาหารเย็น น้ำดื่ม เหล้าลาวหนึ่งจอกสำหรับผู้ใหญ่ที่ต้องการ และดนตรี",
            "ພິທີບາສີ, ເຄື່ອງບູຊາ, ອາຫານແລງ, ນ້ຳດື່ມ, ເຫຼົ້າລາວໜຶ່ງຈອກສຳລັບຜູ້ໃຫຍ່ທີ່ຕ້ອງການ, ແລະ ດົນຕີ.",
            "The baci ceremony and offerings, dinner, drinking water, a glass of lao-lao for adults who wish, and music.",
        ),
        "not_included": T(
            "เบียร์ น้ำอัดลม และทิปให้นักดนตรี",
            "ເບຍ, ນ້ຳອັດລົມ ແລະ ຄ່າທິບໃຫ້ນັກດົນຕີ.",
            "Beer, soft drinks, and tips for the musicians.",
        ),
        "what_to_bring": T(
            "เสื้อผ้าสุภาพ ผู้หญิงที่อยากนุ่งซิ่นขอยืมได้",
            "ເຄື່ອງນຸ່ງສຸພາບ; ແມ່ຍິງທີ່ຢາກນຸ່ງສິ້ນ ຂໍຢືມໄດ້.",
            "Modest clothes; women who would like to wear a sinh can borrow one.",
        ),
        "season_note": T(
            "ตลอดปี จองล่วงหน้าอย่างน้อยสองวัน ขั้นต่ำ 4 คน",
            "ຕະຫຼອດປີ. ຈອງລ່ວງໜ້າຢ່າງໜ້ອຍສອງມື້, ຢ່າງໜ້ອຍ 4 ຄົນ.",
            "All year. Book at least two days ahead; minimum 4 guests.",
        ),
        "place": "village-hall",
        "providers": ["BT-02", "BT-03", "BT-07"],
        "capacity": 20,
        "min_guests": 4,
        "duration_minutes": 150,
        "languages": ["lo", "th", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"adult": "120000", "child": "60000"},
        "menu": [
            {
                "name": T("ไก่ต้ม", "ໄກ່ຕົ້ມ", "Kai tom (boiled chicken)"),
                "description": T(
                    "ไก่ต้มทั้งตัวจากพาขวัญ แบ่งกันกินเป็นสิริมงคล",
                    "ໄກ່ຕົ້ມທັງໂຕຈາກພາຂວັນ, ແບ່ງກັນກິນເປັນສິລິມົງຄຸນ.",
                    "Whole boiled chicken from the baci offering, shared as a blessing.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
            {
                "name": T("หมกปลา", "ໝົກປາ", "Mok pa (fish steamed in banana leaf)"),
                "description": T(
                    "ปลาแม่น้ำคลุกผักชีลาว ตะไคร้ พริก และไข่ ห่อใบตองนึ่ง",
                    "ປານ້ຳເຄົ້າກັບຜັກຊີລາວ, ຫົວສິງໄຄ, ໝາກເຜັດ ແລະ ໄຂ່, ຫໍ່ໃບຕອງໜຶ້ງ.",
                    "River fish with dill, lemongrass, chilli and egg, wrapped in banana leaf and steamed.",
                ),
                "vegetarian": False,
                "nuts": False,
                "seafood": True,
                "spicy": True,
            },
            {
                "name": T("แกงหน่อไม้", "ແກງໜໍ່ໄມ້", "Kaeng no mai (bamboo shoot soup)"),
                "description": T(
                    "แกงหน่อไม้ใส่ใบย่านาง ฟักทอง และเห็ด ทำแบบไม่ใส่ปลาแดก",
                    "ແກງໜໍ່ໄມ້ໃສ່ໃບຢານາງ, ໝາກອຶ, ແລະ ເຫັດ, ເຮັດແບບບໍ່ໃສ່ປາແດກ.",
                    "Bamboo shoot soup with yanang leaves, pumpkin and mushrooms, made without padaek.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
            {
                "name": T("ข้าวเหนียว", "ເຂົ້າໜຽວ", "Khao niao (sticky rice)"),
                "description": T(
                    "ข้าวเหนียวนึ่งในหวด ใส่กระติ๊บมาเสิร์ฟ",
                    "ເຂົ້າໜຽວໜຶ້ງໃນຫວດ, ໃສ່ກະຕິບມາໃຫ້.",
                    "Sticky rice steamed in a bamboo basket and served in a woven kratip.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
            {
                "name": T("ข้าวต้มมัด", "ເຂົ້າຕົ້ມ", "Khao tom (sticky rice and banana parcels)"),
                "description": T(
                    "ของหวาน ข้าวเหนียวกับกล้วยห่อใบตองต้ม",
                    "ເຂົ້າໜົມຫວານ: ເຂົ້າໜຽວກັບກ້ວຍ ຫໍ່ໃບຕອງຕົ້ມ.",
                    "Dessert: sticky rice and banana wrapped in banana leaf and boiled.",
                ),
                "vegetarian": True,
                "nuts": False,
                "seafood": False,
                "spicy": False,
            },
        ],
    },
    # --- Products ---------------------------------------------------------------------------
    {
        "slug": "handwoven-pha-biang",
        "kind": "product",
        "service_type": "",
        "title": T(
            "ผ้าเบี่ยงทอมือ (ผ้าฝ้ายย้อมคราม)",
            "ຜ້າບ່ຽງຕ່ຳມື (ຝ້າຍຍ້ອມຄາມ)",
            "Hand-woven pha biang shoulder cloth (indigo cotton)",
        ),
        "summary": T(
            "ผ้าเบี่ยงฝ้ายย้อมครามทอมือ มีลายที่ชาย ทอโดยผู้หญิงในบ้านทอผ้าของชุมชน",
            "ຜ້າບ່ຽງຝ້າຍຍ້ອມຄາມ ຕ່ຳດ້ວຍມື, ມີລາຍຢູ່ຊາຍຜ້າ, ຕ່ຳໂດຍແມ່ຍິງໃນເຮືອນຕ່ຳແຜ່ນຂອງຊຸມຊົນ.",
            "An indigo-dyed cotton shoulder cloth with a patterned border, woven by hand at the community's weaving house.",
        ),
        "description": T(
            "ผ้าเบี่ยงคือผ้าผืนแคบที่ผู้หญิงลาวพาดไหล่เวลาไปวัดและงานพิธี แต่ละผืนทอมือจากฝ้ายย้อมคราม "
            "มีลายที่ชาย ขนาดราว 30 × 180 ซม. ทุกผืนไม่เหมือนกัน ใช้เวลาทอราวหนึ่งสัปดาห์ต่อผืน",
            "ຜ້າບ່ຽງ ແມ່ນຜ້າຜືນແຄບ ທີ່ແມ່ຍິງລາວພາດບ່າເວລາໄປວັດ ແລະ ງານພິທີ. ແຕ່ລະຜືນຕ່ຳດ້ວຍມືຈາກຝ້າຍຍ້ອມຄາມ, "
            "ມີລາຍຢູ່ຊາຍຜ້າ, ຂະໜາດປະມານ 30 × 180 ຊມ. ທຸກຜືນບໍ່ຄືກັນ; ໃຊ້ເວລາຕ່ຳປະມານໜຶ່ງອາທິດຕໍ່ຜືນ.",
            "A pha biang is the narrow cloth Lao women wear across one shoulder at the temple and at "
            "ceremonies. Each one is hand-woven from indigo-dyed cotton with a patterned border, about "
            "30 × 180 cm. No two are alike; each takes about a week to weave.",
        ),
        "included": T(
            "ผ้าหนึ่งผืน ห่อกระดาษ พร้อมการ์ดบอกชื่อผู้ทอ",
            "ຜ້າໜຶ່ງຜືນ, ຫໍ່ເຈ້ຍ, ພ້ອມບັດບອກຊື່ຜູ້ຕ່ຳ.",
            "One cloth, wrapped in paper, with a card naming the weaver.",
        ),
        "not_included": T(
            "ค่าส่งไปรษณีย์",
            "ຄ່າສົ່ງໄປສະນີ.",
            "Postage.",
        ),
        "what_to_bring": T(
            "เงินสดสกุลกีบ หากซื้อที่หมู่บ้าน",
            "ເງິນສົດເປັນກີບ ຖ້າຊື້ຢູ່ບ້ານ.",
            "Cash in kip if you buy in the village.",
        ),
        "season_note": T(
            "ตลอดปี มีจำนวนน้อยเพราะทอผืนละราวหนึ่งสัปดาห์",
            "ຕະຫຼອດປີ. ມີຈຳນວນໜ້ອຍ ເພາະຕ່ຳຜືນໜຶ່ງປະມານໜຶ່ງອາທິດ.",
            "All year. Stock is small, as each cloth takes about a week to weave.",
        ),
        "place": "weaving-house",
        "providers": ["BT-01", "BT-07"],
        "capacity": 1,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["lo", "th"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": 12,
        "prices": {"item": "250000"},
        "menu": [],
    },
    {
        "slug": "forest-honey",
        "kind": "product",
        "service_type": "",
        "title": T(
            "น้ำผึ้งป่า (ขวด 500 มล.)", "ນ້ຳເຜິ້ງປ່າ (ແກ້ວ 500 ມລ)", "Wild forest honey (500 ml bottle)"
        ),
        "summary": T(
            "น้ำผึ้งจากรังผึ้งป่ารอบบ่อแตน กรองและบรรจุขวดในหมู่บ้าน",
            "ນ້ຳເຜິ້ງຈາກຮັງເຜິ້ງປ່າອ້ອມບໍ່ແຕນ, ກັ່ນຕອງ ແລະ ບັນຈຸແກ້ວຢູ່ໃນບ້ານ.",
            "Honey from wild bee nests in the forest around Bo Tan, filtered and bottled in the village.",
        ),
        "description": T(
            "พ่อเวียงคำเก็บน้ำผึ้งจากรังผึ้งป่าในหน้าแล้ง โดยเก็บเพียงบางส่วนของรังเพื่อให้ผึ้งอยู่ต่อได้ "
            "น้ำผึ้งสีเข้มและหอม รสชาติเปลี่ยนไปตามดอกไม้ในแต่ละฤดู",
            "ພໍ່ວຽງຄຳ ເກັບນ້ຳເຜິ້ງຈາກຮັງເຜິ້ງປ່າໃນລະດູແລ້ງ, ໂດຍເກັບພຽງບາງສ່ວນຂອງຮັງ ເພື່ອໃຫ້ເຜິ້ງຢູ່ຕໍ່ໄດ້. "
            "ນ້ຳເຜິ້ງມີສີເຂັ້ມ ແລະ ຫອມ, ລົດຊາດປ່ຽນໄປຕາມດອກໄມ້ໃນແຕ່ລະລະດູ.",
            "Viengkham collects honey from wild bee nests in the dry season, taking only part of each "
            "comb so the bees can stay. The honey is dark and fragrant, and its taste changes with the "
            "flowers of the season.",
        ),
        "included": T(
            "น้ำผึ้งหนึ่งขวด 500 มล. ปิดฝาแน่น",
            "ນ້ຳເຜິ້ງໜຶ່ງແກ້ວ 500 ມລ, ອັດຝາແໜ້ນ.",
            "One sealed 500 ml bottle of honey.",
        ),
        "not_included": T(
            "ค่าส่ง ควรตรวจกฎการนำน้ำผึ้งข้ามแดนก่อนซื้อ",
            "ຄ່າສົ່ງ. ຄວນກວດເບິ່ງລະບຽບການເອົານ້ຳເຜິ້ງຂ້າມແດນກ່ອນຊື້.",
            "Postage. Check the rules for carrying honey across borders before buying.",
        ),
        "what_to_bring": T(
            "เงินสดสกุลกีบ หากซื้อที่หมู่บ้าน",
            "ເງິນສົດເປັນກີບ ຖ້າຊື້ຢູ່ບ້ານ.",
            "Cash in kip if you buy in the village.",
        ),
        "season_note": T(
            "เก็บน้ำผึ้งช่วงมีนาคม–พฤษภาคม ขายตลอดปีจนกว่าจะหมด",
            "ເກັບນ້ຳເຜິ້ງໃນເດືອນມີນາ–ພຶດສະພາ; ຂາຍຕະຫຼອດປີຈົນກວ່າຈະໝົດ.",
            "Collected March–May; sold all year while stock lasts.",
        ),
        "place": "village-hall",
        "providers": ["BT-05"],
        "capacity": 1,
        "min_guests": 1,
        "duration_minutes": None,
        "languages": ["lo", "th"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": 20,
        "prices": {"item": "120000"},
        "menu": [],
    },
    # --- Services ---------------------------------------------------------------------------
    {
        "slug": "local-guide",
        "kind": "service",
        "service_type": "guide",
        "title": T(
            "ผู้นำเที่ยวท้องถิ่นหนึ่งวัน (ไม่เกิน 8 คน)",
            "ຄົນນຳທ່ຽວຂອງບ້ານໜຶ່ງມື້ (ບໍ່ເກີນ 8 ຄົນ)",
            "Local guide for a day (up to 8 guests)",
        ),
        "summary": T(
            "จ้างผู้นำเที่ยวจากหมู่บ้าน พาไปตามจังหวะของคุณเอง ราคาต่อกลุ่ม",
            "ຈ້າງຄົນນຳທ່ຽວຈາກບ້ານ ພາໄປທ່ຽວຕາມຈັງຫວະຂອງທ່ານເອງ; ລາຄາຕໍ່ກຸ່ມ.",
            "Hire a village guide to explore at your own pace; price per group.",
        ),
        "description": T(
            "ผู้นำเที่ยวจากหมู่บ้านพาไปน้ำตกตาดสะแนนและบ้านน้ำดาน วัด จุดริมน้ำ หรือตลาด ตามที่คุณต้องการ "
            "ผู้นำเที่ยวรู้จักเส้นทาง ตำนาน และข้อปฏิบัติของหมู่บ้าน และช่วยแปลภาษาลาว ไทย อังกฤษได้ "
            "จ้างครึ่งวันได้ โปรดสอบถาม",
            "ຄົນນຳທ່ຽວຈາກບ້ານ ພາໄປນ້ຳຕົກຕາດສະແນນ ແລະ ບ້ານນ້ຳດານ, ວັດ, ຈຸດແຄມນ້ຳ ຫຼື ຕະຫຼາດ ຕາມທີ່ທ່ານຕ້ອງການ. "
            "ຄົນນຳທ່ຽວຮູ້ຈັກເສັ້ນທາງ, ນິທານ ແລະ ລະບຽບຂອງບ້ານ, ແລະ ຊ່ວຍແປພາສາລາວ, ໄທ, ອັງກິດໄດ້. "
            "ຈ້າງເຄິ່ງມື້ກໍໄດ້, ກະລຸນາສອບຖາມ.",
            "A guide from the village takes you where you choose: Tad Sanaen waterfall and Namdan "
            "village, the temple, the river spots or the market. Guides know the trails, the legends "
            "and the village rules, and can translate between Lao, Thai and English. Half days are "
            "possible; just ask.",
        ),
        "included": T(
            "ผู้นำเที่ยวท้องถิ่นไม่เกิน 8 ชั่วโมง สำหรับกลุ่มไม่เกิน 8 คน",
            "ຄົນນຳທ່ຽວຂອງບ້ານ ບໍ່ເກີນ 8 ຊົ່ວໂມງ, ສຳລັບກຸ່ມບໍ່ເກີນ 8 ຄົນ.",
            "A local guide for up to 8 hours, for a group of up to 8.",
        ),
        "not_included": T(
            "การเดินทาง อาหาร และเงินสมทบให้หมู่บ้านอื่น",
            "ການເດີນທາງ, ອາຫານ, ແລະ ເງິນປະກອບສ່ວນໃຫ້ບ້ານອື່ນ.",
            "Transport, meals, and contributions to other villages.",
        ),
        "what_to_bring": T(
            "น้ำดื่ม หมวก ครีมกันแดด และรองเท้าที่เหมาะกับเส้นทาง",
            "ນ້ຳດື່ມ, ໝວກ, ຄີມກັນແດດ ແລະ ເກີບທີ່ເໝາະກັບເສັ້ນທາງ.",
            "Water, a hat, sunscreen and shoes suited to your plans.",
        ),
        "season_note": T(
            "ตลอดปี บางเส้นทางปิดในฤดูฝน",
            "ຕະຫຼອດປີ; ບາງເສັ້ນທາງປິດໃນລະດູຝົນ.",
            "All year; some trails are closed in the rainy season.",
        ),
        "place": "village-hall",
        "providers": ["BT-04", "BT-05", "BT-08", "BT-02"],
        "capacity": 8,
        "min_guests": 1,
        "duration_minutes": 480,
        "languages": ["lo", "th", "en"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"group": ("400000", 8)},
        "menu": [],
    },
    {
        "slug": "border-songthaew-transfer",
        "kind": "service",
        "service_type": "transport",
        "title": T(
            "รถสองแถวรับส่งด่านแก่นท้าว (สะพานมิตรภาพแม่น้ำเหือง)",
            "ລົດສອງແຖວຮັບສົ່ງດ່ານແກ່ນທ້າວ (ຂົວມິດຕະພາບນ້ຳເຫືອງ)",
            "Songthaew transfer to/from the Kenethao border checkpoint (Nam Heuang bridge)",
        ),
        "summary": T(
            "รถสองแถวของหมู่บ้านรอรับที่ด่านฝั่งลาวของสะพานมิตรภาพแม่น้ำเหือง แล้วพาไปบ่อแตน หรือพากลับ",
            "ລົດສອງແຖວຂອງບ້ານ ລໍຖ້າຮັບທີ່ດ່ານຝັ່ງລາວຂອງຂົວມິດຕະພາບນ້ຳເຫືອງ, ແລ້ວພາມາບໍ່ແຕນ ຫຼື ພາກັບ.",
            "A village songthaew meets you at the Lao checkpoint of the Nam Heuang Friendship Bridge and drives you to Bo Tan, or back.",
        ),
        "description": T(
            "หลังข้ามสะพานมิตรภาพไทย–ลาว (แม่น้ำเหือง) จากท่าลี่ และผ่าน ตม. และศุลกากรลาวที่แก่นท้าวแล้ว "
            "อ้ายวิไลจะรอพร้อมรถสองแถวของชุมชน ใช้เวลาเดินทางไปบ่อแตนราวชั่วโมงครึ่ง บางช่วงเป็นทางลูกรัง "
            "ราคาต่อคันต่อเที่ยว ไม่เกิน 8 คนพร้อมสัมภาระ เวลาเปิดด่านยังไม่ได้ยืนยัน โปรดนัดเวลารับกับเรา",
            "ຫຼັງຈາກຂ້າມຂົວມິດຕະພາບລາວ–ໄທ (ນ້ຳເຫືອງ) ຈາກທ່າລີ່ ແລະ ຜ່ານກວດຄົນເຂົ້າເມືອງ ແລະ ພາສີລາວທີ່ແກ່ນທ້າວແລ້ວ, "
            "ອ້າຍວິໄລຈະລໍຖ້າພ້ອມລົດສອງແຖວຂອງຊຸມຊົນ. ໃຊ້ເວລາເດີນທາງໄປບໍ່ແຕນປະມານຊົ່ວໂມງເຄິ່ງ, ບາງຊ່ວງເປັນທາງດິນແດງ. "
            "ລາຄາຕໍ່ຄັນຕໍ່ຖ້ຽວ, ບໍ່ເກີນ 8 ຄົນພ້ອມເຄື່ອງ. ເວລາເປີດດ່ານຍັງບໍ່ໄດ້ຢືນຢັນ, ກະລຸນານັດເວລາຮັບກັບພວກເຮົາ.",
            "After crossing the Nam Heuang Thai–Lao Friendship Bridge from Tha Li and clearing Lao "
            "immigration and customs at Kenethao, Vilay meets you with the community songthaew. The "
            "drive to Bo Tan takes about an hour and a half, partly on unpaved road. Price per vehicle, "
            "one way, for up to 8 people with luggage. The checkpoint's opening hours are not "
            "confirmed, so agree the pick-up time with us.",
        ),
        "included": T(
            "รถสองแถวพร้อมคนขับ เที่ยวเดียว ไม่เกิน 8 คนพร้อมสัมภาระ และน้ำดื่ม",
            "ລົດສອງແຖວພ້ອມຄົນຂັບ, ຖ້ຽວດຽວ, ບໍ່ເກີນ 8 ຄົນພ້ອມເຄື່ອງ, ແລະ ນ້ຳດື່ມ.",
            "Songthaew and driver, one way, up to 8 passengers with luggage, and drinking water.",
        ),
        "not_included": T(
            "ค่าวีซ่าและค่าธรรมเนียมผ่านแดน ประกันการเดินทาง",
            "ຄ່າວີຊາ ແລະ ຄ່າທຳນຽມຜ່ານແດນ, ປະກັນໄພການເດີນທາງ.",
            "Visa and border fees, and travel insurance.",
        ),
        "what_to_bring": T(
            "หนังสือเดินทาง (คนไทยใช้บัตรผ่านแดนได้ แต่ใช้ได้เฉพาะพื้นที่ชายแดน) และเงินสดสำหรับวีซ่าเมื่อเดินทางถึง",
            "ໜັງສືຜ່ານແດນ (ຄົນໄທໃຊ້ບັດຜ່ານແດນໄດ້ ແຕ່ໃຊ້ໄດ້ສະເພາະເຂດຊາຍແດນ), ແລະ ເງິນສົດສຳລັບວີຊາເມື່ອມາຮອດ.",
            "Passport (Thai nationals may use a border pass, valid in the border area only) and cash for a visa on arrival.",
        ),
        "season_note": T(
            "ตลอดปี ฤดูฝนถนนอาจช้า ควรเผื่อเวลา",
            "ຕະຫຼອດປີ. ລະດູຝົນ ທາງອາດຊ້າ, ຄວນເຜື່ອເວລາ.",
            "All year. In the rainy season the road can be slow; allow extra time.",
        ),
        "place": "village-hall",
        "providers": ["BT-08", "BT-03"],
        "capacity": 8,
        "min_guests": 1,
        "duration_minutes": 90,
        "languages": ["lo", "th"],
        "season": (1, 12),
        "beds": None,
        "private_bathroom": False,
        "stock": None,
        "prices": {"group": ("600000", 8)},
        "menu": [],
    },
]
