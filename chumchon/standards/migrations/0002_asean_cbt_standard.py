"""The ASEAN Community Based Tourism Standard (ASEAN Secretariat, January 2016) as data.

Its 8 criteria and a representative set of indicators per criterion, paraphrased from
the summaries in shared/research/cbt-domain.md (section 2a): the full standard has 182
indicators in 23 sub-criteria. Programme officers extend the list, or add further
frameworks (the Thai CBT standard, the ASEAN Homestay Standard), in the admin or on
the officers' standard page; this migration does not remove what they add.

Each indicator carries its level on the standard's checklist: minimum, advanced or
best practice. Rows are upserted by framework code, criterion and indicator number,
so running it again only brings texts up to date. The Thai and Lao texts are working
translations, to be checked by the programme's native speakers.
"""

from django.db import migrations

CODE = "asean-cbt-2016"
NAME = (
    "มาตรฐานการท่องเที่ยวโดยชุมชนอาเซียน (2559)",
    "ມາດຕະຖານການທ່ອງທ່ຽວໂດຍຊຸມຊົນອາຊຽນ (2016)",
    "ASEAN Community Based Tourism Standard (2016)",
)
DESCRIPTION = (
    "มาตรฐานที่ประเทศสมาชิกอาเซียนทั้ง 10 ประเทศรับรองในปี 2559 ตัวชี้วัดแต่ละข้อแบ่งเป็น"
    "ระดับขั้นต่ำ ระดับก้าวหน้า และระดับแนวปฏิบัติที่ดี",
    "ມາດຕະຖານທີ່ປະເທດສະມາຊິກອາຊຽນທັງ 10 ປະເທດຮັບຮອງໃນປີ 2016. ແຕ່ລະຕົວຊີ້ວັດແບ່ງເປັນ"
    "ລະດັບຂັ້ນຕ່ຳ, ລະດັບກ້າວໜ້າ ແລະ ລະດັບການປະຕິບັດທີ່ດີ.",
    "Adopted by all ten ASEAN member states in 2016. Each indicator is classed minimum, "
    "advanced or best practice.",
)
SOURCE = "ASEAN Secretariat, January 2016, ISBN 978-602-0980-77-5"

M, A, B = "minimum", "advanced", "best_practice"

# number: ((Thai, Lao, English), [(indicator number, level, (Thai, Lao, English)), ...])
CRITERIA = {
    "1": (
        (
            "ความเป็นเจ้าของและการบริหารจัดการโดยชุมชน",
            "ການເປັນເຈົ້າຂອງ ແລະ ການຄຸ້ມຄອງໂດຍຊຸມຊົນ",
            "Community ownership and management",
        ),
        [
            ("1.1", M, (
                "คณะกรรมการท่องเที่ยวชุมชนมาจากการเลือกตั้งของชุมชน วาระไม่เกิน 5 ปี "
                "และมีบทบาทหน้าที่ของกรรมการแต่ละคนเป็นลายลักษณ์อักษร",
                "ຄະນະກຳມະການທ່ອງທ່ຽວຊຸມຊົນມາຈາກການເລືອກຕັ້ງຂອງຊຸມຊົນ, ວາລະບໍ່ເກີນ 5 ປີ "
                "ແລະ ມີບົດບາດໜ້າທີ່ຂອງແຕ່ລະຄົນເປັນລາຍລັກອັກສອນ",
                "The CBT committee is elected by the community for terms of at most five "
                "years, and each member's role is written down.",
            )),
            ("1.2", M, (
                "การรับสมาชิกเป็นธรรม เปิดโอกาสให้ผู้หญิงและกลุ่มผู้ด้อยโอกาสมีส่วนร่วม",
                "ການຮັບສະມາຊິກມີຄວາມຍຸຕິທຳ, ເປີດໂອກາດໃຫ້ແມ່ຍິງ ແລະ ກຸ່ມດ້ອຍໂອກາດມີສ່ວນຮ່ວມ",
                "Members are recruited fairly, with women and disadvantaged groups included.",
            )),
            ("1.3", M, (
                "สมาชิกทุกคนลงนามในจรรยาบรรณของสมาชิก",
                "ສະມາຊິກທຸກຄົນລົງນາມໃນຈັນຍາບັນຂອງສະມາຊິກ",
                "Every member has signed the Member's Code of Conduct.",
            )),
            ("1.4", M, (
                "ระบบการเงินเปิดให้สมาชิกตรวจสอบได้ ทั้งรายรับ รายจ่าย และกองทุน",
                "ລະບົບການເງິນເປີດໃຫ້ສະມາຊິກກວດສອບໄດ້ ທັງລາຍຮັບ, ລາຍຈ່າຍ ແລະ ກອງທຶນ",
                "The financial management system is open to members: income, spending "
                "and funds can be checked.",
            )),
            ("1.5", A, (
                "ชุมชนมีวิสัยทัศน์ พันธกิจ แผนระยะสั้นและระยะยาวเป็นลายลักษณ์อักษร "
                "และจดทะเบียนกับหน่วยงานที่เกี่ยวข้อง",
                "ຊຸມຊົນມີວິໄສທັດ, ພາລະກິດ, ແຜນໄລຍະສັ້ນ ແລະ ໄລຍະຍາວເປັນລາຍລັກອັກສອນ "
                "ແລະ ຂຶ້ນທະບຽນກັບອົງການທີ່ກ່ຽວຂ້ອງ",
                "The community has a vision, a mission and written short- and long-term "
                "plans, and is registered with the authorities.",
            )),
            ("1.6", A, (
                "กรรมการและสมาชิกได้รับการพัฒนาศักยภาพอย่างสม่ำเสมอ",
                "ກຳມະການ ແລະ ສະມາຊິກໄດ້ຮັບການພັດທະນາຄວາມສາມາດຢ່າງເປັນປົກກະຕິ",
                "The committee and members build their capacity through regular training.",
            )),
            ("1.7", B, (
                "ชุมชนติดตามและประเมินผลความยั่งยืนของการท่องเที่ยว และรายงานให้สมาชิกทราบ",
                "ຊຸມຊົນຕິດຕາມ ແລະ ປະເມີນຜົນຄວາມຍືນຍົງຂອງການທ່ອງທ່ຽວ ແລະ ລາຍງານໃຫ້ສະມາຊິກຮູ້",
                "The community monitors and evaluates the sustainability of its tourism "
                "and reports the results to members.",
            )),
        ],
    ),
    "2": (
        (
            "การส่งเสริมความอยู่ดีมีสุขของสังคม",
            "ການປະກອບສ່ວນເຂົ້າໃນຄວາມຜາສຸກຂອງສັງຄົມ",
            "Contribution to social well-being",
        ),
        [
            ("2.1", M, (
                "ไม่มีการท่องเที่ยวทางเพศ การค้ายาเสพติด การค้ามนุษย์ หรือการใช้แรงงานเด็ก",
                "ບໍ່ມີການທ່ອງທ່ຽວທາງເພດ, ການຄ້າຢາເສບຕິດ, ການຄ້າມະນຸດ ຫຼື ການໃຊ້ແຮງງານເດັກ",
                "There is no sex tourism, drug or human trafficking, or child labour.",
            )),
            ("2.2", M, (
                "มีข้อตกลงการแบ่งปันผลประโยชน์ที่ชัดเจน ชุมชนเห็นชอบ และเขียนไว้เป็นลายลักษณ์อักษร",
                "ມີຂໍ້ຕົກລົງການແບ່ງປັນຜົນປະໂຫຍດທີ່ຊັດເຈນ, ຊຸມຊົນເຫັນດີ ແລະ ຂຽນໄວ້ເປັນລາຍລັກອັກສອນ",
                "Benefit-sharing arrangements are clear, agreed by the community and written "
                "down.",
            )),
            ("2.3", M, (
                "คนในชุมชนได้รับการจ้างงานในการท่องเที่ยวเป็นส่วนใหญ่",
                "ຄົນໃນຊຸມຊົນໄດ້ຮັບການຈ້າງງານໃນການທ່ອງທ່ຽວເປັນສ່ວນໃຫຍ່",
                "Local people hold most of the jobs in tourism.",
            )),
            ("2.4", M, (
                "ชุมชนเป็นผู้ตัดสินใจว่าจะแบ่งปันวัฒนธรรมส่วนใดกับนักท่องเที่ยว "
                "และมีการบันทึกมรดกวัฒนธรรมที่ชุมชนรับรอง",
                "ຊຸມຊົນເປັນຜູ້ຕັດສິນໃຈວ່າຈະແບ່ງປັນວັດທະນະທຳສ່ວນໃດກັບນັກທ່ອງທ່ຽວ "
                "ແລະ ມີການບັນທຶກມໍລະດົກວັດທະນະທຳທີ່ຊຸມຊົນຮັບຮອງ",
                "The community decides what of its culture is shared with visitors; its "
                "cultural assets are documented and endorsed by the community.",
            )),
            ("2.5", A, (
                "มีกองทุนพัฒนาชุมชนที่ได้รับส่วนแบ่งจากรายได้การท่องเที่ยว",
                "ມີກອງທຶນພັດທະນາຊຸມຊົນທີ່ໄດ້ຮັບສ່ວນແບ່ງຈາກລາຍຮັບການທ່ອງທ່ຽວ",
                "A community development fund receives a share of tourism income.",
            )),
            ("2.6", A, (
                "เยาวชน ผู้สูงอายุ และผู้ด้อยโอกาสมีบทบาทในการท่องเที่ยว",
                "ຊາວໜຸ່ມ, ຜູ້ສູງອາຍຸ ແລະ ຜູ້ດ້ອຍໂອກາດມີບົດບາດໃນການທ່ອງທ່ຽວ",
                "Youth, elderly and disadvantaged people have roles in tourism.",
            )),
            ("2.7", A, (
                "ใช้ผลิตภัณฑ์และวัตถุดิบในท้องถิ่นเป็นอันดับแรก",
                "ໃຊ້ຜະລິດຕະພັນ ແລະ ວັດຖຸດິບໃນທ້ອງຖິ່ນເປັນອັນດັບທຳອິດ",
                "Local products and suppliers are preferred.",
            )),
            ("2.8", B, (
                "รายได้จากการท่องเที่ยวช่วยพัฒนาน้ำใช้ สุขาภิบาล พลังงาน การศึกษา หรือสุขภาพของชุมชน",
                "ລາຍຮັບຈາກການທ່ອງທ່ຽວຊ່ວຍພັດທະນານ້ຳໃຊ້, ສຸຂາພິບານ, ພະລັງງານ, ການສຶກສາ ຫຼື "
                "ສຸຂະພາບຂອງຊຸມຊົນ",
                "Tourism income improves the community's water, sanitation, energy, "
                "education or health.",
            )),
        ],
    ),
    "3": (
        (
            "การอนุรักษ์และฟื้นฟูสิ่งแวดล้อม",
            "ການອະນຸລັກ ແລະ ຟື້ນຟູສິ່ງແວດລ້ອມ",
            "Conserving and enhancing the environment",
        ),
        [
            ("3.1", M, (
                "มีแผนที่พื้นที่อ่อนไหวทางสิ่งแวดล้อมและกฎของชุมชนในการดูแลพื้นที่เหล่านั้น",
                "ມີແຜນທີ່ພື້ນທີ່ອ່ອນໄຫວທາງສິ່ງແວດລ້ອມ ແລະ ກົດລະບຽບຂອງຊຸມຊົນໃນການປົກປັກຮັກສາ",
                "Environmentally sensitive sites are mapped and local rules protect them.",
            )),
            ("3.2", M, (
                "มีการลด ใช้ซ้ำ และรีไซเคิลขยะ ทำปุ๋ยหมัก และจัดการน้ำเสีย",
                "ມີການຫຼຸດ, ນຳໃຊ້ຄືນ ແລະ ຣີໄຊເຄີນຂີ້ເຫຍື້ອ, ເຮັດຝຸ່ນໝັກ ແລະ ຄຸ້ມຄອງນ້ຳເສຍ",
                "Waste is avoided, reduced, reused, recycled and composted; waste water is "
                "managed.",
            )),
            ("3.3", A, (
                "มีกองทุนอนุรักษ์ที่ได้รับส่วนแบ่งจากรายได้การท่องเที่ยว",
                "ມີກອງທຶນອະນຸລັກທີ່ໄດ້ຮັບສ່ວນແບ່ງຈາກລາຍຮັບການທ່ອງທ່ຽວ",
                "A conservation fund receives a share of tourism income.",
            )),
            ("3.4", A, (
                "ส่งเสริมให้นักท่องเที่ยวลดขยะ เช่น มีจุดเติมน้ำดื่มแทนขวดพลาสติก",
                "ສົ່ງເສີມໃຫ້ນັກທ່ອງທ່ຽວຫຼຸດຂີ້ເຫຍື້ອ ເຊັ່ນ ມີຈຸດຕື່ມນ້ຳດື່ມແທນຕຸກຢາງ",
                "Visitors are encouraged to create less waste, e.g. refill points instead "
                "of plastic bottles.",
            )),
            ("3.5", B, (
                "มีการให้ความรู้ด้านสิ่งแวดล้อมแก่สมาชิก โรงเรียน และนักท่องเที่ยว "
                "และใช้พลังงานคาร์บอนต่ำ",
                "ມີການໃຫ້ຄວາມຮູ້ດ້ານສິ່ງແວດລ້ອມແກ່ສະມາຊິກ, ໂຮງຮຽນ ແລະ ນັກທ່ອງທ່ຽວ "
                "ແລະ ໃຊ້ພະລັງງານກາກບອນຕ່ຳ",
                "Environmental education reaches members, schools and visitors, and "
                "low-carbon energy is used.",
            )),
        ],
    ),
    "4": (
        (
            "การมีส่วนร่วมและปฏิสัมพันธ์ระหว่างชุมชนกับนักท่องเที่ยว",
            "ການມີສ່ວນຮ່ວມ ແລະ ການພົວພັນລະຫວ່າງຊຸມຊົນ ແລະ ນັກທ່ອງທ່ຽວ",
            "Interaction between the community and visitors",
        ),
        [
            ("4.1", M, (
                "มีข้อปฏิบัติสำหรับชุมชน เจ้าบ้าน และนักท่องเที่ยว ติดประกาศและอธิบายให้นักท่องเที่ยวทราบ",
                "ມີຂໍ້ປະຕິບັດສຳລັບຊຸມຊົນ, ເຈົ້າຂອງເຮືອນ ແລະ ນັກທ່ອງທ່ຽວ, ຕິດປະກາດ "
                "ແລະ ອະທິບາຍໃຫ້ນັກທ່ອງທ່ຽວຮູ້",
                "Codes of conduct for the community, hosts and visitors are displayed and "
                "explained to visitors.",
            )),
            ("4.2", M, (
                "ข้อมูลการตลาดถูกต้อง นักท่องเที่ยวได้รับสิ่งที่โฆษณาไว้",
                "ຂໍ້ມູນການຕະຫຼາດຖືກຕ້ອງ, ນັກທ່ອງທ່ຽວໄດ້ຮັບສິ່ງທີ່ໂຄສະນາໄວ້",
                "Marketing information is accurate: visitors get what was advertised.",
            )),
            ("4.3", M, (
                "มีมาตรการความปลอดภัยของนักท่องเที่ยว ทุกคนรู้เบอร์ฉุกเฉินและขั้นตอนปฏิบัติ",
                "ມີມາດຕະການຄວາມປອດໄພຂອງນັກທ່ອງທ່ຽວ, ທຸກຄົນຮູ້ເບີສຸກເສີນ ແລະ ຂັ້ນຕອນປະຕິບັດ",
                "Visitor safety is ensured: everyone knows the emergency numbers and what "
                "to do.",
            )),
            ("4.4", A, (
                "มีระบบควบคุมคุณภาพที่รับฟังความคิดเห็นของนักท่องเที่ยวและรายงานให้สมาชิกทราบ",
                "ມີລະບົບຄວບຄຸມຄຸນນະພາບທີ່ຮັບຟັງຄຳຄິດເຫັນຂອງນັກທ່ອງທ່ຽວ ແລະ ລາຍງານໃຫ້ສະມາຊິກຮູ້",
                "A quality-control system collects visitor feedback and reports it to "
                "members.",
            )),
            ("4.5", B, (
                "มีกิจกรรมแลกเปลี่ยนวัฒนธรรมที่นักท่องเที่ยวร่วมกิจกรรมในวิถีชีวิตของชุมชน",
                "ມີກິດຈະກຳແລກປ່ຽນວັດທະນະທຳທີ່ນັກທ່ອງທ່ຽວຮ່ວມກິດຈະກຳໃນວິຖີຊີວິດຂອງຊຸມຊົນ",
                "Cross-cultural programmes let visitors join the community's daily "
                "activities.",
            )),
        ],
    ),
    "5": (
        (
            "บริการนำเที่ยวและมัคคุเทศก์ที่มีคุณภาพ",
            "ການບໍລິການນຳທ່ຽວ ແລະ ຄົນນຳທ່ຽວທີ່ມີຄຸນນະພາບ",
            "Quality tour and guiding services",
        ),
        [
            ("5.1", M, (
                "มัคคุเทศก์เป็นสมาชิกชุมชนหรือได้รับอนุมัติจากคณะกรรมการ และลงนามในจรรยาบรรณมัคคุเทศก์",
                "ຄົນນຳທ່ຽວເປັນສະມາຊິກຊຸມຊົນ ຫຼື ໄດ້ຮັບອະນຸມັດຈາກຄະນະກຳມະການ "
                "ແລະ ລົງນາມໃນຈັນຍາບັນຂອງຄົນນຳທ່ຽວ",
                "Guides are community members or approved by the committee, and have "
                "signed the Guide's Code of Conduct.",
            )),
            ("5.2", M, (
                "มัคคุเทศก์ผ่านการอบรมการสื่อความหมาย การดูแลกลุ่ม และการปฐมพยาบาล",
                "ຄົນນຳທ່ຽວຜ່ານການຝຶກອົບຮົມການສື່ຄວາມໝາຍ, ການດູແລກຸ່ມ ແລະ ການປະຖົມພະຍາບານ",
                "Guides are trained in interpretation, group management and first aid.",
            )),
            ("5.3", A, (
                "แต่ละเส้นทางมีแผนเป็นลายลักษณ์อักษร: เส้นทาง ขนาดกลุ่ม การชี้แจงความปลอดภัย "
                "และสิ่งที่รวมในราคา",
                "ແຕ່ລະເສັ້ນທາງມີແຜນເປັນລາຍລັກອັກສອນ: ເສັ້ນທາງ, ຂະໜາດກຸ່ມ, ການແນະນຳຄວາມປອດໄພ "
                "ແລະ ສິ່ງທີ່ລວມໃນລາຄາ",
                "Each tour has a written plan: route, group size, safety briefing and what "
                "is included.",
            )),
            ("5.4", B, (
                "มัคคุเทศก์ได้รับการอบรมต่อเนื่องและแลกเปลี่ยนความรู้กับชุมชนท่องเที่ยวอื่น",
                "ຄົນນຳທ່ຽວໄດ້ຮັບການຝຶກອົບຮົມຕໍ່ເນື່ອງ ແລະ ແລກປ່ຽນຄວາມຮູ້ກັບຊຸມຊົນທ່ອງທ່ຽວອື່ນ",
                "Guides take ongoing training and exchange knowledge with other CBT "
                "communities.",
            )),
        ],
    ),
    "6": (
        (
            "บริการอาหารและเครื่องดื่มที่มีคุณภาพ",
            "ການບໍລິການອາຫານ ແລະ ເຄື່ອງດື່ມທີ່ມີຄຸນນະພາບ",
            "Quality food and beverage services",
        ),
        [
            ("6.1", M, (
                "ผู้ให้บริการอาหารเป็นสมาชิกหรือได้รับอนุมัติ ผ่านการอบรมสุขอนามัยอาหาร "
                "และลงนามในจรรยาบรรณด้านอาหารและเครื่องดื่ม",
                "ຜູ້ໃຫ້ບໍລິການອາຫານເປັນສະມາຊິກ ຫຼື ໄດ້ຮັບອະນຸມັດ, ຜ່ານການຝຶກອົບຮົມອະນາໄມອາຫານ "
                "ແລະ ລົງນາມໃນຈັນຍາບັນດ້ານອາຫານ ແລະ ເຄື່ອງດື່ມ",
                "Food providers are members or approved, trained in food hygiene, and have "
                "signed the Food and Beverage Code of Conduct.",
            )),
            ("6.2", M, (
                "ครัว น้ำดื่ม และที่เก็บอาหารสะอาดและปลอดภัย",
                "ເຮືອນຄົວ, ນ້ຳດື່ມ ແລະ ບ່ອນເກັບອາຫານສະອາດ ແລະ ປອດໄພ",
                "Kitchens, drinking water and food storage are clean and safe.",
            )),
            ("6.3", A, (
                "ผู้ให้บริการอาหารได้รับการรับรองและแลกเปลี่ยนความรู้ระหว่างกัน",
                "ຜູ້ໃຫ້ບໍລິການອາຫານໄດ້ຮັບການຢັ້ງຢືນ ແລະ ແລກປ່ຽນຄວາມຮູ້ລະຫວ່າງກັນ",
                "Food providers are certified and exchange knowledge with each other.",
            )),
            ("6.4", B, (
                "ผู้ให้บริการอาหารได้รับการอบรมต่อเนื่อง และเมนูใช้วัตถุดิบและอาหารท้องถิ่น",
                "ຜູ້ໃຫ້ບໍລິການອາຫານໄດ້ຮັບການຝຶກອົບຮົມຕໍ່ເນື່ອງ ແລະ ເມນູໃຊ້ວັດຖຸດິບ ແລະ ອາຫານທ້ອງຖິ່ນ",
                "Food providers take ongoing training, and menus feature local ingredients "
                "and dishes.",
            )),
        ],
    ),
    "7": (
        (
            "ที่พักที่มีคุณภาพ",
            "ທີ່ພັກທີ່ມີຄຸນນະພາບ",
            "Quality accommodation",
        ),
        [
            ("7.1", M, (
                "เจ้าของที่พักเป็นสมาชิกหรือได้รับอนุมัติ และลงนามในจรรยาบรรณด้านที่พัก",
                "ເຈົ້າຂອງທີ່ພັກເປັນສະມາຊິກ ຫຼື ໄດ້ຮັບອະນຸມັດ ແລະ ລົງນາມໃນຈັນຍາບັນດ້ານທີ່ພັກ",
                "Hosts are members or approved, and have signed the Accommodation Code of "
                "Conduct.",
            )),
            ("7.2", M, (
                "ห้องพักปลอดภัยและสะอาด มีเครื่องนอน แสงสว่าง และที่เก็บของที่ล็อกได้",
                "ຫ້ອງພັກປອດໄພ ແລະ ສະອາດ, ມີເຄື່ອງນອນ, ແສງສະຫວ່າງ ແລະ ບ່ອນເກັບເຄື່ອງທີ່ລັອກໄດ້",
                "Rooms are safe and clean, with bedding, lighting and a lockable place for "
                "belongings.",
            )),
            ("7.3", A, (
                "ที่พักได้รับการรับรอง เช่น ตามมาตรฐานโฮมสเตย์อาเซียน",
                "ທີ່ພັກໄດ້ຮັບການຢັ້ງຢືນ ເຊັ່ນ ຕາມມາດຕະຖານໂຮມສະເຕອາຊຽນ",
                "Accommodation is certified, e.g. under the ASEAN Homestay Standard.",
            )),
            ("7.4", B, (
                "เจ้าบ้านได้รับการอบรมสม่ำเสมอและชวนนักท่องเที่ยวร่วมกิจกรรมของครอบครัว",
                "ເຈົ້າຂອງເຮືອນໄດ້ຮັບການຝຶກອົບຮົມສະໝ່ຳສະເໝີ ແລະ ເຊີນນັກທ່ອງທ່ຽວຮ່ວມກິດຈະກຳຂອງຄອບຄົວ",
                "Hosts train regularly and welcome visitors into family activities.",
            )),
        ],
    ),
    "8": (
        (
            "ผู้ประกอบการนำเที่ยวที่เป็นมิตรกับการท่องเที่ยวโดยชุมชน",
            "ບໍລິສັດນຳທ່ຽວທີ່ເປັນມິດກັບການທ່ອງທ່ຽວໂດຍຊຸມຊົນ",
            "CBT friendly tour operators",
        ),
        [
            ("8.1", M, (
                "บริษัทนำเที่ยวมีใบอนุญาตที่ถูกต้องและมีข้อตกลงเป็นลายลักษณ์อักษรกับคณะกรรมการ",
                "ບໍລິສັດນຳທ່ຽວມີໃບອະນຸຍາດທີ່ຖືກຕ້ອງ ແລະ ມີຂໍ້ຕົກລົງເປັນລາຍລັກອັກສອນກັບຄະນະກຳມະການ",
                "Tour operators hold the required licences and have a written agreement "
                "with the CBT committee.",
            )),
            ("8.2", M, (
                "บริษัทนำเที่ยวลงนามในจรรยาบรรณ เคารพกฎของชุมชน และลดการใช้ยานยนต์ในชุมชน",
                "ບໍລິສັດນຳທ່ຽວລົງນາມໃນຈັນຍາບັນ, ເຄົາລົບກົດລະບຽບຂອງຊຸມຊົນ ແລະ ຫຼຸດການໃຊ້ຍານພາຫະນະໃນຊຸມຊົນ",
                "Tour operators sign the Friendly Tour Operator Code of Conduct, respect "
                "the community's rules and keep motorised transport to a minimum.",
            )),
            ("8.3", A, (
                "บริษัทนำเที่ยวมีความรู้ด้านความยั่งยืนและชี้แจงนักท่องเที่ยวก่อนเดินทาง",
                "ບໍລິສັດນຳທ່ຽວມີຄວາມຮູ້ດ້ານຄວາມຍືນຍົງ ແລະ ແນະນຳນັກທ່ອງທ່ຽວກ່ອນເດີນທາງ",
                "Tour operators know about sustainability and brief their visitors before "
                "the trip.",
            )),
            ("8.4", B, (
                "บริษัทนำเที่ยวสนับสนุนการอบรมอย่างน้อยปีละ 1 วัน และร่วมมือกับหน่วยงานอนุรักษ์",
                "ບໍລິສັດນຳທ່ຽວສະໜັບສະໜູນການຝຶກອົບຮົມຢ່າງໜ້ອຍປີລະ 1 ວັນ ແລະ ຮ່ວມມືກັບອົງການອະນຸລັກ",
                "Tour operators pay for at least one training day a year and work with "
                "conservation bodies.",
            )),
        ],
    ),
}


def texts(field: str, th: str, lo: str, en: str) -> dict[str, str]:
    # The base column holds English, the fallback language of every reader.
    return {field: en, f"{field}_th": th, f"{field}_lo": lo, f"{field}_en": en}


def add_standard(apps, schema_editor):
    Framework = apps.get_model("standards", "Framework")
    Criterion = apps.get_model("standards", "Criterion")
    Indicator = apps.get_model("standards", "Indicator")
    framework, _ = Framework.objects.update_or_create(
        code=CODE,
        defaults={"source": SOURCE, **texts("name", *NAME), **texts("description", *DESCRIPTION)},
    )
    for c_order, (number, (title, indicators)) in enumerate(CRITERIA.items(), start=1):
        criterion, _ = Criterion.objects.update_or_create(
            framework=framework,
            number=number,
            defaults={"order": c_order * 10, **texts("title", *title)},
        )
        for i_order, (i_number, level, text) in enumerate(indicators, start=1):
            Indicator.objects.update_or_create(
                criterion=criterion,
                number=i_number,
                defaults={"level": level, "order": i_order * 10, **texts("text", *text)},
            )


class Migration(migrations.Migration):
    dependencies = [
        ("standards", "0001_initial"),
    ]

    operations = [
        # Reversing keeps the rows: assessments point at them.
        migrations.RunPython(add_standard, migrations.RunPython.noop),
    ]
