#!/usr/bin/env python3
"""Regenerate data/profiles/khung-2024.json and khung-2023.json from the official templates
(seeds 000 and 001 in ../shared/seeds). `guidance` holds the template's own wording for a section:
it is shown as the suggestion, and a draft that only repeats it has not filled the section in.
Run once when a template changes; the JSON files are committed and embedded in the binary."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SEEDS = os.environ.get("SEEDS", os.path.join(REPO, "tests", "fixtures", "seeds"))
# where to write (scripts/check-data.sh writes to a temporary folder and compares)
OUT = os.environ.get("DATA_OUT", os.path.join(REPO, "data"))


def one_line(s):
    return " ".join(s.split())


def body(src, start_pat, end_pat):
    """Template text between a heading and the next one, joined into one line."""
    m = re.search(start_pat + r"[^\n]*\n(.*?)(?=" + end_pat + ")", src, re.S)
    if not m:
        sys.exit(f"not found: {start_pat}")
    return one_line(m.group(1))


def ab(pid):
    return [
        {"id": pid + ".a", "number": "a", "title": "Kết quả đạt được", "title_en": "Results achieved",
         "aliases": ["Kết quả thực hiện", "Kết quả", "Kết quả đạt được năm {N-1}"],
         "guidance": "Nêu kết quả đạt được năm {N-1}, có số liệu cụ thể."},
        {"id": pid + ".b", "number": "b", "title": "Tồn tại, hạn chế", "title_en": "Shortcomings",
         "aliases": ["Tồn tại, hạn chế và nguyên nhân", "Hạn chế, tồn tại", "Khó khăn, vướng mắc",
                     "Tồn tại, hạn chế, khó khăn", "Hạn chế"],
         "guidance": "Nêu tồn tại, hạn chế và nguyên nhân."},
    ]


THEMES = [
    ("Nhận thức số", "Digital awareness", ["Nâng cao nhận thức số", "Nhận thức về chuyển đổi số"]),
    ("Thể chế số", "Digital institutions", ["Hoàn thiện thể chế số", "Thể chế", "Hoàn thiện thể chế",
                                             "Hoàn thiện chính sách, quy định cho chuyển đổi số",
                                             "Công tác lãnh đạo, chỉ đạo, điều hành"]),
    ("Hạ tầng số", "Digital infrastructure", ["Phát triển hạ tầng số", "Hạ tầng"]),
    ("Dữ liệu số", "Digital data", ["Phát triển dữ liệu số", "Dữ liệu"]),
    ("Nền tảng số", "Digital platforms", ["Phát triển nền tảng số", "Nền tảng"]),
    ("Nhân lực số", "Digital workforce", ["Phát triển nhân lực số", "Nguồn nhân lực số", "Nguồn nhân lực chuyển đổi số"]),
    ("An toàn thông tin mạng", "Cyber security", ["Bảo đảm an toàn thông tin mạng", "An toàn, an ninh mạng", "An toàn thông tin"]),
    ("Chính phủ số", "Digital government", ["Chính quyền số", "Phát triển chính quyền số", "Phát triển Chính phủ số"]),
    ("Kinh tế số", "Digital economy", ["Phát triển kinh tế số"]),
    ("Xã hội số", "Digital society", ["Phát triển xã hội số"]),
]


def profile(year, src, pid, name, name_en, zalo):
    p1_intro = body(src, r"ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM \d{4}", r"Các nội dung đánh giá chính")
    p1i = body(src, r"I\. TÌNH HÌNH THỰC HIỆN MỤC TIÊU", r"\nII\. TÌNH HÌNH")
    p1ii11 = body(src, r"\n11\. Kinh phí thực hiện", r"\nPhần II")
    p2 = src[src.index("CĂN CỨ LẬP KẾ HOẠCH"):]
    p2ii = body(p2, r"\nII\. MỤC TIÊU", r"\nIII\. NHIỆM VỤ")
    p2iv = body(p2, r"\nIV\.\s+GIẢI PHÁP", r"\n(1\. Đẩy mạnh|V\. KINH PHÍ)")
    p2v = body(p2, r"\nV\. KINH PHÍ THỰC HIỆN", r"\nVI\. ")
    p2vi = body(p2, r"\nVI\. TỔ CHỨC THỰC HIỆN", r"\nVII\. ")
    p2vii = one_line(p2[p2.index("VII. DANH MỤC NHIỆM VỤ, DỰ ÁN"):].split("\n", 1)[1]).split("./.")[0] + "."
    tasks = p2[p2.index("III. NHIỆM VỤ"):p2.index("GIẢI PHÁP")]

    def task_text(i, t):
        m = re.search(r"\n%d\. %s[ \t]*(.*?)(?=\n\d+\.(?:\d+\.)? [A-ZĐÂ]|\nIV\.)" % (i, re.escape(t)), tasks, re.S)
        return one_line(m.group(1)) if m else ""

    sub13 = ("Kênh truyền thông “Chuyển đổi số quốc gia” trên Zalo", "The national DX channel on Zalo",
             ["Kênh truyền thông Chuyển đổi số quốc gia", "Kênh Zalo Chuyển đổi số quốc gia"]) if zalo else \
            ("Truyền thông về chuyển đổi số", "Communication on digital transformation",
             ["Tuyên truyền về chuyển đổi số", "Công tác truyền thông, tuyên truyền về chuyển đổi số",
              "Tuyên truyền trên các phương tiện truyền thông về chuyển đổi số"])
    sub21_title = ("Ban hành Nghị quyết của cấp ủy và kế hoạch 05 năm của cấp chính quyền về chuyển đổi số" if zalo
                   else "Ban hành Nghị quyết của cấp ủy và kế hoạch của cấp chính quyền về chuyển đổi số")
    p1ii = [
        {"id": "P1.II.1", "number": "1", "title": "Nhận thức số", "title_en": "Digital awareness", "aliases": THEMES[0][2], "children": [
            {"id": "P1.II.1.1", "number": "1.1", "title": "Ngày Chuyển đổi số", "title_en": "National Digital Transformation Day",
             "aliases": ["Hưởng ứng Ngày Chuyển đổi số quốc gia", "Tổ chức Ngày Chuyển đổi số"], "children": ab("P1.II.1.1")},
            {"id": "P1.II.1.2", "number": "1.2", "title": "Chia sẻ bài toán, sáng kiến, cách làm về chuyển đổi số",
             "title_en": "Sharing problems, initiatives and practices",
             "aliases": ["Chia sẻ bài toán, sáng kiến, cách làm hay", "Sáng kiến, cách làm về chuyển đổi số"], "children": ab("P1.II.1.2")},
            {"id": "P1.II.1.3", "number": "1.3", "title": sub13[0], "title_en": sub13[1], "aliases": sub13[2], "children": ab("P1.II.1.3")},
        ]},
        {"id": "P1.II.2", "number": "2", "title": "Thể chế số", "title_en": "Digital institutions", "aliases": THEMES[1][2], "children": [
            {"id": "P1.II.2.1", "number": "2.1", "title": sub21_title, "title_en": "Party resolutions and government plans on digital transformation",
             "aliases": ["Nghị quyết của cấp ủy và kế hoạch về chuyển đổi số", "Ban hành văn bản chỉ đạo, kế hoạch về chuyển đổi số",
                         "Ban hành Nghị quyết, kế hoạch về chuyển đổi số"], "children": ab("P1.II.2.1")},
            {"id": "P1.II.2.2", "number": "2.2", "title": "Hoạt động của Ban Chỉ đạo chuyển đổi số năm {N-1}",
             "title_en": "Activities of the Steering Committee in {N-1}",
             "aliases": ["Hoạt động của Ban Chỉ đạo chuyển đổi số", "Hoạt động của Ban Chỉ đạo"], "children": ab("P1.II.2.2")},
        ]},
    ]
    for i, (t, en, al) in enumerate(THEMES[2:], 3):
        p1ii.append({"id": f"P1.II.{i}", "number": str(i), "title": t, "title_en": en, "aliases": al, "children": ab(f"P1.II.{i}")})
    p1ii.append({"id": "P1.II.11", "number": "11", "title": "Kinh phí thực hiện", "title_en": "Funding in {N-1}",
                 "aliases": ["Kinh phí thực hiện năm {N-1}", "Tình hình bố trí kinh phí", "Kinh phí", "Bố trí kinh phí"],
                 "guidance": p1ii11})
    p2iii = []
    for i, (t, en, al) in enumerate(THEMES, 1):
        item = {"id": f"P2.III.{i}", "number": str(i), "title": t, "title_en": en, "aliases": al, "guidance": task_text(i, t)}
        if zalo and i == 1:
            item["children"] = [
                {"id": "P2.III.1.1", "number": "1.1", "title": "Ngày Chuyển đổi số", "title_en": "National Digital Transformation Day",
                 "aliases": ["Hưởng ứng Ngày Chuyển đổi số quốc gia"]},
                {"id": "P2.III.1.2", "number": "1.2", "title": "Chia sẻ bài toán, sáng kiến, cách làm về chuyển đổi số",
                 "title_en": "Sharing problems, initiatives and practices", "aliases": ["Chia sẻ bài toán, sáng kiến, cách làm hay"]},
                {"id": "P2.III.1.3", "number": "1.3", "title": sub13[0], "title_en": sub13[1], "aliases": sub13[2]},
            ]
        if zalo and i == 7:
            item["children"] = [
                {"id": "P2.III.7.1", "number": "7.1", "title": "Bảo đảm an toàn thông tin theo cấp độ", "title_en": "Security by classification level"},
                {"id": "P2.III.7.2", "number": "7.2", "title": "Nguyên tắc bảo đảm an toàn thông tin mạng", "title_en": "Security principles"},
                {"id": "P2.III.7.3", "number": "7.3", "title": "Trang thiết bị, giải pháp bảo đảm an toàn thông tin mạng", "title_en": "Security equipment and solutions"},
                {"id": "P2.III.7.4", "number": "7.4", "title": "Kế hoạch nâng cao năng lực bảo đảm an toàn thông tin", "title_en": "Capacity-building plan"},
            ]
        p2iii.append(item)
    p2iv_item = {"id": "P2.IV", "number": "IV", "title": "Giải pháp", "title_en": "Solutions",
                 "aliases": ["Các giải pháp", "Giải pháp thực hiện", "Giải pháp chủ yếu"], "guidance": p2iv}
    if zalo:
        groups = [("Đẩy mạnh công tác truyền thông, nâng cao nhận thức, kỹ năng số, tăng cường tương tác với người dân, doanh nghiệp", "Communication and digital skills"),
                  ("Phát triển các mô hình kết hợp giữa các cơ quan nhà nước, doanh nghiệp", "Public-private models"),
                  ("Nghiên cứu, hợp tác để làm chủ, ứng dụng hiệu quả các công nghệ", "Mastering technologies"),
                  ("Thu hút nguồn lực CNTT", "Attracting IT resources"),
                  ("Tăng cường hợp tác quốc tế", "International cooperation")]
        p2iv_item["children"] = [{"id": f"P2.IV.{i}", "number": str(i), "title": t, "title_en": en, "severity": "warning"}
                                 for i, (t, en) in enumerate(groups, 1)]
    return {
        "id": pid, "name": name, "name_en": name_en, "plan_year": year,
        # the sections the rules look for by role (src/profile.rs, Role)
        "roles": {"targets": "P2.II", "budget": "P2.V", "projects": "P2.VII", "past_spending": "P1.II.11"},
        "sections": [
            {"id": "P1", "number": "I", "title": "Đánh giá kết quả thực hiện năm {N-1}", "title_en": "Assessment of {N-1}",
             "aliases": ["Đánh giá kết quả thực hiện kế hoạch năm {N-1}", "Kết quả thực hiện chuyển đổi số năm {N-1}",
                         "Đánh giá tình hình thực hiện năm {N-1}", "Kết quả thực hiện năm {N-1}"],
             "guidance": p1_intro,
             "children": [
                 {"id": "P1.I", "number": "I", "title": "Tình hình thực hiện mục tiêu đặt ra năm {N-1}", "title_en": "Progress on the targets set for {N-1}",
                  "aliases": ["Tình hình thực hiện các mục tiêu năm {N-1}", "Tình hình thực hiện các chỉ tiêu năm {N-1}", "Đánh giá chung",
                              "Kết quả thực hiện các mục tiêu", "Đánh giá kết quả thực hiện mục tiêu"],
                  "guidance": p1i},
                 {"id": "P1.II", "number": "II", "title": "Tình hình thực hiện các nhiệm vụ năm {N-1}", "title_en": "Progress on the tasks of {N-1}",
                  "aliases": ["Kết quả thực hiện các nhiệm vụ năm {N-1}", "Tình hình thực hiện nhiệm vụ", "Kết quả thực hiện nhiệm vụ chuyển đổi số"],
                  "children": p1ii}]},
            {"id": "P2", "number": "II", "title": "Nội dung kế hoạch năm {N}", "title_en": "Plan for {N}",
             "aliases": ["Kế hoạch chuyển đổi số năm {N}", "Nội dung kế hoạch chuyển đổi số năm {N}", "Kế hoạch năm {N}", "Nội dung kế hoạch"],
             "children": [
                 {"id": "P2.I", "number": "I", "title": "Căn cứ lập kế hoạch", "title_en": "Legal basis",
                  "aliases": ["Căn cứ xây dựng kế hoạch", "Căn cứ pháp lý", "Căn cứ"],
                  "guidance": "Nêu các căn cứ xây dựng Kế hoạch: Nghị quyết 52-NQ/TW, Quyết định 749/QĐ-TTg, 942/QĐ-TTg, 411/QĐ-TTg, 146/QĐ-TTg, 505/QĐ-TTg, 964/QĐ-TTg, kế hoạch 5 năm của bộ, ngành, địa phương…"},
                 {"id": "P2.II", "number": "II", "title": "Mục tiêu", "title_en": "Targets",
                  "aliases": ["Mục tiêu năm {N}", "Mục tiêu, chỉ tiêu", "Mục tiêu cụ thể", "Các chỉ tiêu chủ yếu"], "guidance": p2ii},
                 {"id": "P2.III", "number": "III", "title": "Nhiệm vụ", "title_en": "Tasks",
                  "aliases": ["Nhiệm vụ trọng tâm", "Nhiệm vụ năm {N}", "Các nhiệm vụ", "Nhiệm vụ, giải pháp"], "children": p2iii},
                 p2iv_item,
                 {"id": "P2.V", "number": "V", "title": "Kinh phí thực hiện", "title_en": "Funding",
                  "aliases": ["Kinh phí", "Nguồn kinh phí", "Kinh phí thực hiện kế hoạch"], "guidance": p2v},
                 {"id": "P2.VI", "number": "VI", "title": "Tổ chức thực hiện", "title_en": "Implementation",
                  "aliases": ["Tổ chức triển khai", "Trách nhiệm thực hiện"], "guidance": p2vi},
                 {"id": "P2.VII", "number": "VII", "title": "Danh mục nhiệm vụ, dự án", "title_en": "List of tasks and projects",
                  "aliases": ["Danh mục các nhiệm vụ, dự án", "Danh mục nhiệm vụ, dự án triển khai", "Danh mục dự án, nhiệm vụ"],
                  "guidance": p2vii},
             ]}]}


def fix_years(obj, year):
    """The template's literal years become placeholders, so a 2025 plan reads 2024 and 2025."""
    if isinstance(obj, dict):
        return {k: (fix_years(v, year) if k in ("guidance", "children", "sections") else v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [fix_years(v, year) for v in obj]
    if isinstance(obj, str):
        return re.sub(rf"\bnăm {year - 1}\b", "năm {N-1}", re.sub(rf"\bnăm {year}\b", "năm {N}", obj))
    return obj


def main():
    s2024 = open(os.path.join(SEEDS, "khung-2024-phu-luc-iii.txt"), encoding="utf-8").read()
    s2023_all = open(os.path.join(SEEDS, "5406-khung-2023.txt"), encoding="utf-8").read()
    s2023 = s2023_all[s2023_all.index("KHUNG KẾ HOẠCH"):]
    # the PDF text of 2023 breaks lines mid-sentence and leaves blank lines: join paragraphs
    s2023 = re.sub(r"\n\s*\n(?=[a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ(])", "\n", s2023)
    s2023 = re.sub(r"[ \t]+\n", "\n", s2023)
    p24 = profile(2024, s2024, "khung-2024", "Khung kế hoạch chuyển đổi số cấp bộ, cấp tỉnh năm 2024 (Phụ lục III)",
                  "2024 framework for ministry and provincial digital-transformation plans (Annex III)", zalo=False)
    p23 = profile(2023, s2023, "khung-2023", "Khung kế hoạch chuyển đổi số cấp bộ, tỉnh năm 2023 (Văn bản 5406/BTTTT-CĐSQG)",
                  "2023 framework for ministry and provincial digital-transformation plans (letter 5406/BTTTT-CĐSQG)", zalo=True)
    for p, year in ((p24, 2024), (p23, 2023)):
        p = fix_years(p, year)
        with open(os.path.join(OUT, "profiles", p["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(p, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
