#!/usr/bin/env python3
"""Regenerate data/indicators.json: the national indicators of the MIC action plan (seed 004,
`tests/fixtures/seeds/chi-tieu-quoc-gia.txt`) with their 2022 / 2023 plan / 2024 plan / 2025
target values, unit and legal basis, plus the ministry targets of Phụ lục II (seed 002) that
apply to plans of level `bo`. `aliases` are the shortened names drafts use; the matcher also
uses each name's distinctive words."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SEED = os.path.join(REPO, "tests", "fixtures", "seeds", "chi-tieu-quoc-gia.txt")
# where to write (scripts/check-data.sh writes to a temporary folder and compares)
OUT = os.environ.get("DATA_OUT", os.path.join(REPO, "data"))

# Short names real plans use for the same indicator. Matching goes by SUBJECTS below; the first
# alias is the short name messages use (the coverage note), so only it is written out.
ALIASES = {
    "1.1": ["thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", "dịch vụ công trực tuyến toàn trình"],
    "1.4": ["hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", "hồ sơ trực tuyến toàn trình", "hồ sơ xử lý hoàn toàn trực tuyến"],
    "1.5": ["dịch vụ công trực tuyến phát sinh hồ sơ", "dịch vụ công có phát sinh hồ sơ trực tuyến"],
    "1.6": ["người dân trưởng thành có điện thoại thông minh", "dân số trưởng thành có điện thoại thông minh", "người trưởng thành có điện thoại thông minh"],
    "1.7.1": ["hộ gia đình có cáp quang", "hộ gia đình được phủ cáp quang băng rộng"],
    "1.7.2": ["xã có cáp quang", "xã được phủ cáp quang"],
    "1.8": ["dân số trưởng thành có tài khoản thanh toán điện tử", "người trưởng thành có tài khoản thanh toán điện tử", "tài khoản thanh toán điện tử"],
    "1.9": ["người dân doanh nghiệp hài lòng giải quyết thủ tục hành chính", "mức độ hài lòng của người dân doanh nghiệp"],
    "2.1": ["mở dữ liệu cung cấp dữ liệu mở"],
    "3.2": ["công chức được gắn định danh số"],
    "3.4": ["văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử", "văn bản điện tử ký số chuyên dùng"],
    "3.5.1": ["hồ sơ công việc tại cấp tỉnh", "hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", "hồ sơ công việc tại cấp tỉnh xử lý trên môi trường mạng", "hồ sơ công việc cấp bộ xử lý trên môi trường mạng"],
    "3.5.2": ["hồ sơ công việc cấp huyện được xử lý trên môi trường mạng", "hồ sơ công việc tại cấp huyện"],
    "3.5.3": ["hồ sơ công việc cấp xã được xử lý trên môi trường mạng", "hồ sơ công việc tại cấp xã"],
    "3.6": ["báo cáo trên hệ thống thông tin báo cáo", "chế độ báo cáo thực hiện trên hệ thống thông tin báo cáo"],
    "3.10": ["cán bộ công chức viên chức được tập huấn kỹ năng số cơ bản", "cán bộ công chức viên chức được bồi dưỡng kỹ năng số"],
    "4.1": ["người dân có danh tính số", "danh tính số QR code"],
    "4.2": ["hộ gia đình có địa chỉ số", "địa chỉ số"],
    "4.4": ["người dân có hồ sơ sức khỏe điện tử", "hồ sơ sức khỏe điện tử", "hồ sơ số về sức khỏe"],
    "4.16": ["doanh nghiệp nhỏ và vừa sử dụng nền tảng số", "hộ kinh doanh doanh nghiệp nhỏ và vừa sử dụng nền tảng số"],
    "4.18": ["doanh nghiệp sử dụng hợp đồng điện tử", "hợp đồng điện tử"],
    "4.19": ["tỷ trọng kinh tế số trong GRDP", "kinh tế số chiếm GRDP", "kinh tế số trong GRDP"],
    "4.20": ["tỷ trọng kinh tế số trong từng ngành lĩnh vực"],
}

# What a target must say to be about an indicator (its subject): each entry is one way of
# saying it, phrases joined by " + " that must all stand in the target. Without its subject a
# target is not compared with the indicator, however many common words they share.
SUBJECTS = {
    "1.1": ["dịch vụ công trực tuyến toàn trình", "thủ tục hành chính + đủ điều kiện + toàn trình"],
    "1.2": ["điền sẵn dữ liệu", "tối ưu hóa trải nghiệm người dùng", "dịch vụ công trực tuyến + thiết kế lại"],
    "1.3": ["định danh và xác thực + dịch vụ công", "xác thực điện tử thông suốt", "xác thực thông suốt"],
    "1.4": ["hồ sơ + trực tuyến toàn trình", "hồ sơ + hoàn toàn trực tuyến", "hồ sơ thủ tục hành chính + xử lý trực tuyến",
            "hồ sơ thủ tục hành chính + nộp trực tuyến"],
    "1.5": ["phát sinh hồ sơ", "dịch vụ công + hồ sơ phát sinh"],
    "1.6": ["dân số + điện thoại thông minh", "người + điện thoại thông minh", "điện thoại thông minh + dân số", "điện thoại thông minh + người dân"],
    "1.7.1": ["hộ gia đình + cáp quang", "cáp quang + hộ gia đình"],
    "1.7.2": ["xã + cáp quang"],
    "1.8": ["dân số + tài khoản thanh toán", "người + tài khoản thanh toán", "dân số + tài khoản giao dịch thanh toán",
            "người + tài khoản giao dịch thanh toán", "dân số + tài khoản ngân hàng", "người + tài khoản ngân hàng", "người + tài khoản tiền di động"],
    "1.9": ["hài lòng + thủ tục hành chính", "hài lòng + giải quyết"],
    "1.10": ["cắt giảm + thủ tục hành chính", "thủ tục hành chính + cắt giảm"],
    "2.1": ["dữ liệu mở + cung cấp", "cung cấp + dữ liệu mở", "mở dữ liệu"],
    "2.2": ["dịch vụ công mới + doanh nghiệp", "tham gia cung cấp + doanh nghiệp + dịch vụ công"],
    "2.3": ["tương tác thuận tiện"],
    "3.1": ["dịch vụ 24 7", "phục vụ 24 7"],
    "3.2": ["gắn định danh số", "công chức + định danh số"],
    "3.3": ["quản trị nội bộ", "quản trị tổng thể", "chỉ đạo + điều hành + nền tảng"],
    "3.4": ["văn bản + ký số", "văn bản + dạng điện tử", "văn bản điện tử"],
    "3.5.1": ["hồ sơ công việc + môi trường mạng"],
    "3.5.2": ["hồ sơ công việc + môi trường mạng"],
    "3.5.3": ["hồ sơ công việc + môi trường mạng"],
    "3.6": ["hệ thống thông tin báo cáo", "báo cáo + thực hiện trực tuyến"],
    "3.7": ["tạo, lưu giữ", "lưu giữ + dữ liệu điện tử"],
    "3.8": ["phân tích, xử lý dữ liệu", "nền tảng + trí tuệ nhân tạo"],
    "3.9": ["kiểm tra + môi trường số", "giám sát + kiểm tra + môi trường số"],
    "3.10": ["cán bộ + kỹ năng số", "công chức + kỹ năng số", "viên chức + kỹ năng số"],
    "3.11": ["kỹ năng phân tích", "khai thác dữ liệu + công nghệ số"],
    "3.12": ["thi nâng ngạch", "chương trình đào tạo, thi tuyển"],
    "4.1": ["dân số + danh tính số", "người dân + danh tính số"],
    "4.2": ["hộ gia đình + địa chỉ số", "hộ dân + địa chỉ số"],
    "4.3": ["quyền riêng tư"],
    "4.4": ["hồ sơ sức khỏe điện tử", "hồ sơ số về sức khỏe", "hồ sơ sức khỏe số"],
    "4.5": ["trạm y tế + môi trường số", "trạm y tế xã + quản lý", "trạm y tế + phần mềm"],
    "4.6": ["chữa bệnh từ xa", "khám bệnh từ xa", "y tế từ xa"],
    "4.7": ["bệnh viện + bệnh án điện tử", "bệnh viện + hồ sơ bệnh án", "cơ sở y tế + viện phí + không dùng tiền mặt", "bệnh viện + viện phí + không dùng tiền mặt",
            "bệnh viện + đơn thuốc điện tử", "trung tâm y tế + bệnh án điện tử"],
    "4.8": ["hồ sơ số về học tập", "hồ sơ số về việc học tập", "hồ sơ học tập số"],
    "4.9": ["cơ sở đào tạo + môi trường số", "cơ sở đào tạo + không dùng tiền mặt", "quản lý dạy và học"],
    "4.10": ["nông dân + nền tảng", "dữ liệu số về nông nghiệp"],
    "4.11": ["MOOC", "khóa học kỹ năng trực tuyến", "khóa học + kỹ năng + trực tuyến mở"],
    "4.12": ["giao thông thông minh + cao tốc", "thu phí điện tử không dừng"],
    "4.13": ["tài khoản thu phí điện tử", "ô tô + thu phí điện tử"],
    "4.14": ["nhập cảnh, xuất cảnh", "xuất cảnh, nhập cảnh"],
    "4.15": ["hàng hóa xuất nhập khẩu"],
    "4.16": ["doanh nghiệp nhỏ và vừa + nền tảng", "hộ kinh doanh + nền tảng"],
    "4.17": ["hóa đơn điện tử + gửi nhận", "hóa đơn điện tử + cơ quan thuế"],
    "4.18": ["doanh nghiệp + hợp đồng điện tử"],
    "4.19": ["kinh tế số + GRDP", "kinh tế số + GDP", "tỷ trọng kinh tế số"],
    "4.20": ["kinh tế số + ngành", "kinh tế số + lĩnh vực"],
    "4.21": ["năng suất lao động"],
    "4.22": ["di sản + hiện diện số", "di sản số"],
    "5.1": ["chính phủ điện tử + xếp hạng", "EGDI"],
    "5.2": ["chỉ số tham gia điện tử"],
    "5.3": ["chỉ số dữ liệu mở"],
    "5.4": ["an toàn, an ninh mạng + xếp hạng", "GCI"],
    "5.7": ["đổi mới sáng tạo + xếp hạng", "GII"],
    "B.7.1": ["phê duyệt + cấp độ"],
    "B.7.2": ["phương án + cấp độ", "triển khai đầy đủ phương án"],
    "B.7.3": ["tín nhiệm mạng"],
}

# Words that make a target about something else although it says the subject.
EXCLUDE = {
    "1.1": ["hồ sơ"],
    "1.4": ["phát sinh", "số hóa", "đúng hạn", "quá hạn", "trả lại", "thanh toán", "công việc"],
    "1.6": ["hộ nghèo", "hỗ trợ"],
    "1.7.2": ["hộ gia đình"],
    "1.8": ["thu phí", "viện phí", "học phí", "bệnh viện"],
    "1.10": ["thời gian", "chi phí"],
    "3.1": ["giám sát"],
    "3.4": ["phần mềm quản lý văn bản"],
    "3.10": ["kỹ năng phân tích", "khai thác dữ liệu", "tổ công nghệ số", "người dân"],
    "4.4": ["học sinh"],
    "4.7": ["tập huấn", "giao dịch"],
    "4.17": ["hướng dẫn"],
    "4.18": ["hướng dẫn"],
    "4.19": ["ngành", "lĩnh vực"],
    "B.7.1": ["phương án"],
}

# Indicators split by administrative level: a target's figure must be bound to its level.
SCOPE = {"3.5.1": ["tinh", "bo"], "3.5.2": ["huyen"], "3.5.3": ["xa"]}

# Abbreviations drafts use, spelled out before matching.
ABBREVIATIONS = {
    "tthc": "thủ tục hành chính", "dvc": "dịch vụ công", "dvctt": "dịch vụ công trực tuyến",
    "cbccvc": "cán bộ công chức viên chức", "cbcc": "cán bộ công chức", "httt": "hệ thống thông tin",
    "cqnn": "cơ quan nhà nước", "attt": "an toàn thông tin", "hscv": "hồ sơ công việc", "vbdt": "văn bản điện tử",
    "dnnvv": "doanh nghiệp nhỏ và vừa", "dn": "doanh nghiệp", "cntt": "công nghệ thông tin", "cds": "chuyển đổi số",
}

# The indicators every plan is expected to set a target for (the coverage finding lists the
# ones a plan leaves out): online services, connectivity, payments, paperless work, skills, digital economy.
CORE = {"1.4", "1.5", "1.6", "1.7.1", "1.8", "1.9", "3.2", "3.4", "3.5.1", "3.5.2", "3.5.3", "3.10", "4.1", "4.16", "4.18", "4.19"}
# of which a ministry carries these (households, communes and the local economy are a province's)
CORE_BO = {"1.4", "1.5", "1.9", "3.2", "3.4", "3.5.1", "3.10"}

MINISTRY = [
    {"id": "B.7.1", "name": "Tỷ lệ hệ thống thông tin của bộ, ngành được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin",
     "aliases": ["hệ thống thông tin được phê duyệt cấp độ", "phê duyệt hồ sơ đề xuất cấp độ hệ thống thông tin"],
     "unit": "%", "basis": "Phụ lục II (nhiệm vụ cấp bộ)", "values": {"2024": "100%"}, "deadline": "30/6/2024", "levels": ["bo"], "core": ["bo"]},
    {"id": "B.7.2", "name": "Tỷ lệ hệ thống thông tin được triển khai đầy đủ phương án bảo đảm an toàn thông tin theo hồ sơ đề xuất cấp độ đã được phê duyệt",
     "aliases": ["triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ"],
     "unit": "%", "basis": "Phụ lục II (nhiệm vụ cấp bộ)", "values": {"2024": "100%"}, "deadline": "30/11/2024", "levels": ["bo"], "core": []},
    {"id": "B.7.3", "name": "Tỷ lệ trang, cổng thông tin điện tử của cơ quan nhà nước được đánh giá và gán nhãn tín nhiệm mạng",
     "aliases": ["gán nhãn tín nhiệm mạng"], "unit": "%", "basis": "Phụ lục II (nhiệm vụ cấp bộ)", "values": {"2024": "100%"}, "levels": ["bo"], "core": []},
]


def parse_rows(text):
    rows = []
    for line in text.splitlines():
        cells = line.split("\t")
        if len(cells) < 6 or not re.match(r"^\d+(\.\d+)+$", cells[0].strip()):
            continue
        rid, name, v22, v23, v24, v25, basis = [c.strip() for c in cells[:7]]
        name = re.sub(r"\s*[¹²³⁴⁵⁶]+$", "", name).lstrip("- ").rstrip(".")
        rows.append((rid, name, v22, v23, v24, v25, basis))
    return rows


def main():
    text = open(SEED, encoding="utf-8").read()
    parents = {}
    out = []
    for rid, name, v22, v23, v24, v25, basis in parse_rows(text):
        if not any([v22, v23, v24, v25]):
            parents[rid] = name  # a group row (`1.7 Tỷ lệ phủ …`, `3.5 Tỷ lệ hồ sơ công việc …`)
            continue
        parent = parents.get(rid.rsplit(".", 1)[0])
        full = f"{parent} – {name}" if parent else name
        unit = "rank" if name.startswith("Thứ hạng") else "%"
        clean = lambda v: re.sub(r"\s*[¹²³⁴⁵⁶]+$", "", v).strip()
        values = {y: clean(v) for y, v in (("2022", v22), ("2023", v23), ("2024", v24), ("2025", v25)) if clean(v) and clean(v) != "-"}
        # Vietnam's international ranks are national targets, not a province's or a ministry's
        levels = [] if rid.startswith("5.") else ["tinh", "bo"]
        out.append({"id": rid, "name": full, "aliases": ALIASES.get(rid, [])[:1], "unit": unit,
                    "basis": basis.replace(";", ", QĐ ").replace("QĐ , QĐ", "QĐ"), "values": values, "levels": levels,
                    "core": (["tinh"] if rid in CORE else []) + (["bo"] if rid in CORE_BO else []),
                    "subjects": SUBJECTS.get(rid, [])})
        out[-1].update({k: v for k, v in (("exclude", EXCLUDE.get(rid)), ("scope", SCOPE.get(rid))) if v})
    for m in MINISTRY:
        out.append(dict(m, aliases=m["aliases"][:1], subjects=SUBJECTS.get(m["id"], []), **({"exclude": EXCLUDE[m["id"]]} if m["id"] in EXCLUDE else {})))
    missing = [i["id"] for i in out if not i["subjects"]]
    assert not missing, f"indicators without a subject: {missing}"
    with open(os.path.join(OUT, "indicators.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "Kế hoạch hành động triển khai Chương trình Chuyển đổi số quốc gia (Bộ TT&TT, 2023), bảng Chỉ tiêu chiến lược theo năm; Phụ lục II nhiệm vụ cấp bộ",
                   "abbreviations": sorted(f"{k} = {v}" for k, v in ABBREVIATIONS.items()), "indicators": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "indicators")


if __name__ == "__main__":
    main()
