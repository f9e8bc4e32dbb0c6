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

# Short names real plans use for the same indicator (folded matching adds typo/diacritic tolerance).
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
        out.append({"id": rid, "name": full, "aliases": ALIASES.get(rid, []), "unit": unit,
                    "basis": basis.replace(";", ", QĐ ").replace("QĐ , QĐ", "QĐ"), "values": values, "levels": levels,
                    "core": (["tinh"] if rid in CORE else []) + (["bo"] if rid in CORE_BO else [])})
    out.extend(MINISTRY)
    with open(os.path.join(OUT, "indicators.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "Kế hoạch hành động triển khai Chương trình Chuyển đổi số quốc gia (Bộ TT&TT, 2023), bảng Chỉ tiêu chiến lược theo năm; Phụ lục II nhiệm vụ cấp bộ",
                   "indicators": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(out), "indicators")


if __name__ == "__main__":
    main()
