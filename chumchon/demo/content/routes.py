# ruff: noqa: E501
"""Demo routes: two days in Tha Li, and a day across the Friendship Bridge to Bo Tan.

Stops name places and offerings by slug, as "community/slug". A stop's `mode` is how
the group gets there; `leg` overrides the estimated travel time where the community
knows better (the songthaew road to Bo Tan is partly unpaved). Times are local.
"""

from chumchon.demo.content import T

# A place the routes need that the community pages did not list yet: the homestay
# where day 1 ends and day 2 starts (next to the community centre; approximate).
PLACES = {
    "tha-li": [
        {
            "slug": "mae-somsri-homestay",
            "category": "homestay",
            "name": T(
                "บ้านพักแม่สมศรี (โฮมสเตย์)",
                "ເຮືອນພັກແມ່ສົມສີ (ໂຮມສະເຕ)",
                "Mae Somsri's homestay",
            ),
            "summary": T(
                "บ้านไม้สองชั้นใกล้ศูนย์ชุมชน ที่พักของเส้นทางสองวัน",
                "ເຮືອນໄມ້ສອງຊັ້ນໃກ້ສູນຊຸມຊົນ, ບ່ອນພັກຂອງເສັ້ນທາງສອງມື້.",
                "A two-storey wooden house near the community centre where the two-day route sleeps.",
            ),
            "latitude": "17.6228",
            "longitude": "101.4199",
            "approximate": True,
            "visit_minutes": 60,
            "always_open": True,
        }
    ]
}

ROUTES = [
    {
        "community": "tha-li",
        "slug": "two-days-on-the-heuang",
        "title": T(
            "สองวันริมแม่น้ำเหือง",
            "ສອງມື້ແຄມນ້ຳເຫືອງ",
            "Two days on the Heuang",
        ),
        "summary": T(
            "เดินเรื่องเล่าพระธาตุ ปั่นจักรยานผ่านไร่และบ้านสาน นอนโฮมสเตย์ แล้วเดินแก่งตอนกับชาวประมงก่อนล่องเรือกลับหมู่บ้าน",
            "ຍ່າງຟັງເລື່ອງພະທາດ, ຖີບລົດຖີບຜ່ານໄຮ່ ແລະ ເຮືອນສານ, ນອນໂຮມສະເຕ, ແລ້ວຍ່າງແກ່ງຕອນກັບຊາວປະມົງກ່ອນລ່ອງເຮືອກັບບ້ານ.",
            "A story walk at the stupa, a bicycle loop past the farm and the weavers, a homestay night, then the Kaeng Ton rapids with a fisherman and a boat back to the village.",
        ),
        "story": T(
            "วันแรกเริ่มที่ศูนย์ชุมชน เดินไปพระธาตุสัจจะกับผู้เฒ่าที่เล่าเรื่องการตั้งบ้านท่าลี่ "
            "จากนั้นปั่นจักรยานไปกินข้าวเที่ยงและชาสมุนไพรที่ไร่อินทรีย์ แวะดูผู้เฒ่าสานลี่ "
            "เข้าบ้านพักแม่สมศรี แล้วปั่นไปชมทุ่งดอกไม้บ้านอาฮีตอนแดดอ่อน มื้อเย็นเป็นอาหารเลยแบบพื้นบ้านที่ศูนย์ชุมชน\n"
            "วันที่สองปั่นจักรยานยามเช้าไปแก่งตอน ชาวประมงพาเดินดูการวางลี่ในร่องหิน "
            "แล้วนั่งเรือหางยาวล่องแม่น้ำเหืองกลับหมู่บ้าน ฝั่งตรงข้ามคือประเทศลาว",
            "ມື້ທຳອິດເລີ່ມທີ່ສູນຊຸມຊົນ, ຍ່າງໄປພະທາດສັດຈະກັບຜູ້ເຖົ້າທີ່ເລົ່າເລື່ອງການຕັ້ງບ້ານທ່າລີ່. "
            "ຈາກນັ້ນຖີບລົດຖີບໄປກິນເຂົ້າສວາຍ ແລະ ຊາສະໝຸນໄພທີ່ໄຮ່ອິນຊີ, ແວ່ເບິ່ງຜູ້ເຖົ້າສານລີ່, "
            "ເຂົ້າເຮືອນພັກແມ່ສົມສີ, ແລ້ວຖີບໄປຊົມທົ່ງດອກໄມ້ບ້ານອາຮີຕອນແດດອ່ອນ. ອາຫານແລງແມ່ນອາຫານເລີຍພື້ນບ້ານທີ່ສູນຊຸມຊົນ.\n"
            "ມື້ທີສອງຖີບລົດຖີບຕອນເຊົ້າໄປແກ່ງຕອນ, ຊາວປະມົງພາຍ່າງເບິ່ງການວາງລີ່ໃນຮ່ອງຫີນ, "
            "ແລ້ວນັ່ງເຮືອຫາງຍາວລ່ອງນ້ຳເຫືອງກັບບ້ານ. ຝັ່ງກົງກັນຂ້າມແມ່ນປະເທດລາວ.",
            "Day one starts at the community centre with a walk to Phra That Satcha, where an elder tells how Tha Li was settled. "
            "Then bicycles take you to lunch and herbal tea at the organic farm, past the shed where elders weave the li, "
            "to Mae Somsri's homestay, and out to Ban Ahi's flower fields in the soft afternoon light. Dinner is a Loei-style meal at the community centre.\n"
            "On day two you cycle out early to the Kaeng Ton rapids, where a fisherman shows how li traps are set between the rocks, "
            "and a long-tail boat brings you back down the Heuang to the village. The far bank is Laos.",
        ),
        "days": [
            {
                "title": T(
                    "พระธาตุ ไร่ และบ้านสาน", "ພະທາດ, ໄຮ່ ແລະ ເຮືອນສານ", "Stupa, farm and weavers"
                ),
                "starts_at": "08:30",
                "ends_at": "21:00",
                "start": "tha-li/community-centre",
                "end": "tha-li/mae-somsri-homestay",
                "stops": [
                    {
                        "offering": "tha-li/phra-that-satcha-story-walk",
                        "mode": "walk",
                        "arrive_at": "09:00",
                    },
                    {
                        "place": "tha-li/organic-farm",
                        "mode": "bicycle",
                        "stay": 90,
                        "note": T(
                            "มื้อเที่ยงจากแปลงผักและชาตะไคร้ใบเตย",
                            "ອາຫານສວາຍຈາກແປງຜັກ ແລະ ຊາຫົວສິງໄຄໃບເຕີຍ",
                            "Lunch from the vegetable beds and lemongrass–pandan tea.",
                        ),
                    },
                    {
                        "place": "tha-li/li-weaving-workshop",
                        "mode": "bicycle",
                        "arrive_at": "13:00",
                        "stay": 60,
                        "note": T(
                            "โรงสานเปิดบ่ายโมง ปิดวันอาทิตย์",
                            "ໂຮງສານເປີດບ່າຍໂມງ, ປິດວັນອາທິດ",
                            "The shed opens again at 13:00 and is closed on Sundays.",
                        ),
                    },
                    {
                        "offering": "tha-li/homestay-mae-somsri",
                        "place": "tha-li/mae-somsri-homestay",
                        "mode": "bicycle",
                        "stay": 60,
                        "note": T("เข้าที่พัก พักผ่อน", "ເຂົ້າບ່ອນພັກ, ພັກຜ່ອນ", "Check in and rest."),
                    },
                    {"place": "tha-li/ban-ahi-flower-village", "mode": "bicycle", "stay": 75},
                    {
                        "offering": "tha-li/loei-style-dinner",
                        "mode": "bicycle",
                        "arrive_at": "18:00",
                    },
                ],
            },
            {
                "title": T("แก่งตอนและแม่น้ำเหือง", "ແກ່ງຕອນ ແລະ ນ້ຳເຫືອງ", "Kaeng Ton and the Heuang"),
                "starts_at": "07:15",
                "ends_at": "12:30",
                "start": "tha-li/mae-somsri-homestay",
                "end": "tha-li/community-centre",
                "stops": [
                    {
                        "offering": "tha-li/kaeng-ton-river-walk",
                        "mode": "bicycle",
                        "arrive_at": "08:00",
                    },
                    {
                        "place": "tha-li/community-centre",
                        "mode": "boat",
                        "stay": 30,
                        "note": T(
                            "เรือหางยาวล่องแม่น้ำเหืองกลับหมู่บ้าน แล้วคืนจักรยานที่ศูนย์ชุมชน",
                            "ເຮືອຫາງຍາວລ່ອງນ້ຳເຫືອງກັບບ້ານ, ແລ້ວສົ່ງລົດຖີບຄືນທີ່ສູນຊຸມຊົນ",
                            "A long-tail boat down the Heuang to the village; bicycles come back by truck.",
                        ),
                    },
                ],
            },
        ],
    },
    {
        "community": "tha-li",
        "slug": "across-the-heuang-to-bo-tan",
        "title": T(
            "ข้ามแม่น้ำเหืองไปบ้านบ่อตาน",
            "ຂ້າມນ້ຳເຫືອງໄປບ້ານບໍ່ຕານ",
            "Across the Heuang to Bo Tan",
        ),
        "summary": T(
            "จากท่าลี่ข้ามสะพานมิตรภาพไทย–ลาวไปนอนบ้านทอผ้าที่บ่อตาน แขวงไซยะบูลี",
            "ຈາກທ່າລີ່ຂ້າມຂົວມິດຕະພາບ ລາວ–ໄທ ໄປນອນເຮືອນຕ່ຳແຜ່ນທີ່ບໍ່ຕານ, ແຂວງໄຊຍະບູລີ.",
            "From Tha Li over the Thai–Lao Friendship Bridge to a night in a weavers' house in Bo Tan, Xayaboury.",
        ),
        "story": T(
            "รถสองแถวของชุมชนท่าลี่พาไปด่านสะพานมิตรภาพแม่น้ำเหือง หลังผ่านด่านทั้งสองฝั่ง "
            "คุณวิไลจากบ่อตานมารับด้วยรถสองแถวของหมู่บ้าน ทางบางช่วงเป็นถนนลูกรัง "
            "กินข้าวเที่ยงที่ร้านบุญปากองข้างตลาด ชมกี่ทอผ้าที่บ้านทอผ้า แล้วเข้าพักบ้านไม้ใต้ถุนสูง "
            "มื้อเย็นนั่งล้อมพาข้าวกับครอบครัวลาว\n"
            "เส้นทางนี้เป็นการจองสองรายการ: ท่าลี่ (รถไปด่าน) และบ่อตาน (รถรับ ที่พัก อาหารเย็น) จองพร้อมกันครั้งเดียว",
            "ລົດສອງແຖວຂອງຊຸມຊົນທ່າລີ່ພາໄປດ່ານຂົວມິດຕະພາບນ້ຳເຫືອງ. ຫຼັງຜ່ານດ່ານທັງສອງຝັ່ງ, "
            "ທ້າວວິໄລຈາກບໍ່ຕານມາຮັບດ້ວຍລົດສອງແຖວຂອງບ້ານ, ທາງບາງຊ່ວງເປັນທາງດິນແດງ. "
            "ກິນເຂົ້າສວາຍທີ່ຮ້ານບຸນປາກອງຂ້າງຕະຫຼາດ, ຊົມກີ່ຕ່ຳແຜ່ນທີ່ເຮືອນຕ່ຳແຜ່ນ, ແລ້ວເຂົ້າພັກເຮືອນໄມ້ຖິ່ນສູງ. "
            "ອາຫານແລງນັ່ງອ້ອມພາເຂົ້າກັບຄອບຄົວລາວ.\n"
            "ເສັ້ນທາງນີ້ແມ່ນສອງການຈອງ: ທ່າລີ່ (ລົດໄປດ່ານ) ແລະ ບໍ່ຕານ (ລົດຮັບ, ບ່ອນພັກ, ອາຫານແລງ), ຈອງພ້ອມກັນເທື່ອດຽວ.",
            "Tha Li's community songthaew takes you to the Nam Heuang Friendship Bridge checkpoint. Once you have cleared "
            "both sides, Vilay from Bo Tan meets you with the village songthaew for a drive that is partly on dirt road. "
            "Lunch is at Boun Pakong's by the market, the afternoon at the looms of the weaving house, and the night in a "
            "wooden stilt house, with dinner around the pha khao tray with a Lao family.\n"
            "This route is two bookings, Tha Li's (the ride to the checkpoint) and Bo Tan's (the pick-up, the room and "
            "dinner), made together in one go.",
        ),
        "days": [
            {
                "title": T("สะพานมิตรภาพ", "ຂົວມິດຕະພາບ", "The Friendship Bridge"),
                "starts_at": "08:30",
                "ends_at": "21:00",
                "start": "tha-li/community-centre",
                "end": "bo-tan/village-hall",
                "stops": [
                    {
                        "offering": "tha-li/nam-heuang-border-shuttle",
                        "mode": "walk",
                        "arrive_at": "09:00",
                        "stay": 10,
                        "note": T(
                            "ขึ้นรถสองแถวที่ศูนย์ชุมชน",
                            "ຂຶ້ນລົດສອງແຖວທີ່ສູນຊຸມຊົນ",
                            "Board the songthaew at the community centre.",
                        ),
                    },
                    {
                        "place": "tha-li/nam-heuang-bridge",
                        "mode": "car",
                        "stay": 60,
                        "note": T(
                            "ผ่านด่านขาออกไทยและขาเข้าลาว พกหนังสือเดินทางหรือหนังสือผ่านแดน",
                            "ຜ່ານດ່ານຂາອອກໄທ ແລະ ຂາເຂົ້າລາວ, ເອົາໜັງສືຜ່ານແດນ ຫຼື ບັດຜ່ານແດນໄປນຳ",
                            "Thai exit and Lao entry formalities: bring your passport or border pass.",
                        ),
                    },
                    {
                        "offering": "bo-tan/border-songthaew-transfer",
                        "place": "tha-li/nam-heuang-bridge",
                        "mode": "walk",
                        "stay": 10,
                        "note": T(
                            "คุณวิไลรอรับที่ด่านฝั่งลาว",
                            "ທ້າວວິໄລລໍຖ້າຮັບທີ່ດ່ານຝັ່ງລາວ",
                            "Vilay waits at the Lao checkpoint.",
                        ),
                    },
                    {
                        "place": "bo-tan/boun-pakong-restaurant",
                        "mode": "car",
                        "leg": 90,
                        "stay": 60,
                        "note": T(
                            "ถนนบางช่วงเป็นลูกรัง ใช้เวลาราวชั่วโมงครึ่ง",
                            "ທາງບາງຊ່ວງເປັນທາງດິນແດງ, ໃຊ້ເວລາປະມານຊົ່ວໂມງເຄິ່ງ",
                            "Partly dirt road: about an hour and a half.",
                        ),
                    },
                    {"place": "bo-tan/weaving-house", "mode": "walk", "stay": 90},
                    {"offering": "bo-tan/homestay-weavers-house-room", "mode": "walk", "stay": 60},
                    {
                        "offering": "bo-tan/lao-family-dinner",
                        "place": "bo-tan/village-hall",
                        "mode": "walk",
                        "arrive_at": "18:30",
                    },
                ],
            }
        ],
    },
]
