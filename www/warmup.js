// Warm-up in idle time. V8 compiles wasm functions lazily and optimises them only once they are
// hot, so the first checks of a fresh page run 10× slower than the steady state (README,
// Performance). Checks of this small plan right after load pay that cost before the user
// pastes. One check per step, each step in its own task: a real check that arrives meanwhile runs
// before the next step, and once a real check has run the warm-up stops (it warms the code itself).
// Nothing of the warm-up reaches the page: its reports are dropped.

/** A trimmed copy of sample.txt (outline, missing sections, targets table, budget). */
export const WARM_SAMPLE = "ỦY BAN NHÂN DÂN\nTỈNH SÔNG LAM\nSố: 215/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSông Lam, ngày 15 tháng 12 năm 2023\n\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN TỈNH SÔNG LAM\n\nPhần I\nĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2022\n\nI. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU NĂM 2023\nTrên cơ sở các chỉ tiêu được giao tại Kế hoạch số 190/KH-UBND ngày 12/12/2022, các cơ quan, đơn vị đã hoàn thành 27/32 chỉ tiêu; còn 05/32 chỉ tiêu đang triển khai (chi tiết tại Phụ lục I kèm theo).\n\nII. TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ NĂM 2023\n1. Nhận thức số\n1.1. Ngày Chuyển đổi số\na) Kết quả đạt được: Tỉnh tổ chức 05 sự kiện hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, thu hút hơn 3.000 lượt người tham gia.\nb) Tồn tại, hạn chế: Một số huyện tổ chức còn hình thức, chưa gắn với nhu cầu của người dân.\n11. Kinh phí thực hiện\nNăm 2023, tổng kinh phí bố trí cho chuyển đổi số là 68.450 triệu đồng, trong đó vốn đầu tư công 41.000 triệu đồng, chi thường xuyên 27.450 triệu đồng; tỷ lệ chi cho công nghệ thông tin đạt 1,2% tổng chi ngân sách (chi tiết tại Phụ lục II kèm theo).\n\nPhần II\nNỘI DUNG KẾ HOẠCH NĂM 2024\n\nI. CĂN CỨ LẬP KẾ HOẠCH\n- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;\n- Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030;\n- Văn bản số 4001/BTTTT-CĐSQG ngày 22/8/2023 của Bộ Thông tin và Truyền thông về hướng dẫn xây dựng kế hoạch chuyển đổi số năm 2024.\n\nII. MỤC TIÊU\n- 100% hồ sơ công việc tại cấp tỉnh, 100% tại cấp huyện và 90% tại cấp xã được xử lý trên môi trường mạng.\n- Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt tối thiểu 60%.\n- 100% hệ thống thông tin được phê duyệt cấp độ an toàn thông tin trước 30/6/2024.\n- Tổ chức 01 cuộc diễn tập thực chiến an toàn thông tin mạng (các chỉ tiêu khác chi tiết tại Phụ lục IV kèm theo).\n\nIII. NHIỆM VỤ\n1. Nhận thức số\nTổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/2024; duy trì chuyên mục chuyển đổi số trên Báo và Đài tỉnh.\n2. Thể chế số\nBan hành Kiến trúc Chính quyền điện tử tỉnh phiên bản 3.0 trong Quý II/2024.\n3. Hạ tầng số\nPhủ sóng 4G cho 37 thôn còn lõm sóng; nâng cấp Trung tâm dữ liệu tỉnh.\n4. Dữ liệu số\nXây dựng kho dữ liệu dùng chung của tỉnh; công bố thêm 50 bộ dữ liệu mở.\n5. Nền tảng số\nTriển khai nền tảng giám sát, điều hành thông minh (IOC) giai đoạn 2.\n6. Nhân lực số\nTổ chức 30 lớp bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức.\n7. An toàn thông tin mạng\nHoàn thành phê duyệt cấp độ cho toàn bộ hệ thống thông tin; giám sát an toàn thông tin 24/7.\n8. Chính phủ số\nTái cấu trúc quy trình, cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục đủ điều kiện.\n9. Kinh tế số\nHỗ trợ 500 doanh nghiệp nhỏ và vừa sử dụng nền tảng số.\n10. Xã hội số\nPhổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng.\n\nIV. GIẢI PHÁP\nXác định các giải pháp để tạo điều kiện thực hiện các nhiệm vụ đã đặt ra.\n\nV. KINH PHÍ THỰC HIỆN\nTổng kinh phí dự kiến: 52.300 triệu đồng, trong đó ngân sách tỉnh 44.300 triệu đồng, xã hội hóa 8.000 triệu đồng.\n\nVI. TỔ CHỨC THỰC HIỆN\nSở Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc; các sở, ban, ngành, UBND các huyện, thành phố triển khai nhiệm vụ được giao và báo cáo định kỳ hằng quý.\n\nVII. DANH MỤC NHIỆM VỤ, DỰ ÁN\nChi tiết tại Phụ lục III kèm theo.\nPhụ lục II\nKINH PHÍ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2023\nSTT\tTên dự án, nhiệm vụ\tTổng mức đầu tư được duyệt (triệu đồng)\tĐã chi (triệu đồng)\tNguồn vốn\tHiện trạng\n1\tNâng cấp Trung tâm dữ liệu tỉnh giai đoạn 1\t45.000\t41.000\tVốn đầu tư công\tHoàn thành\n2\tDuy trì các hệ thống dùng chung\t27.450\t27.450\tChi thường xuyên\tĐang vận hành\nPhụ lục IV\nCHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024 CỦA TỈNH\nSTT\tChỉ tiêu\tĐơn vị\tƯớc thực hiện 2023\tKế hoạch 2024\nI\tChính quyền số\n1\tTỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ\t%\t72\t100\n2\tMức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính\t%\t91\t95\n3\tTỷ lệ công chức được gắn định danh số trong xử lý công việc\t%\t55\t80\n4\tTỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử, ký số chuyên dùng\t%\t98\t100\n5\tTỷ lệ cán bộ, công chức, viên chức được tập huấn kỹ năng số cơ bản\t%\t60\t80\nII\tKinh tế số, xã hội số\n6\tTỷ lệ người trưởng thành có điện thoại thông minh\t%\t78\t90\n7\tTỷ lệ hộ gia đình được phủ cáp quang băng rộng\t%\t84\t90\n8\tTỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử\t%\t62\t80\n9\tTỷ lệ người dân có danh tính số\t%\t41\t70\n10\tTỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số\t%\t45\t70\n11\tTỷ lệ doanh nghiệp sử dụng hợp đồng điện tử\t%\t52\t70\n12\tTỷ trọng kinh tế số trong GRDP\t%\t8,2\t17,5\n";

// 20 checks of the sample (~95 KB, about one long draft): V8 optimises a function once it has
// run for a while, so with 5 the functions a long draft leans on were often still on baseline
// code when it came (first check of the 40-page plan, median of 7 pages: 6.3–6.7 ms with 5 steps,
// 4.3–4.4 with 20; bench-browser.mjs --load on a busy machine). A check of the sample takes
// ~0.1 ms once optimised, and a real check stops the warm-up.
const STEPS = 20;

/** Yield to the event loop: idle time on a page, a new task in a worker (no requestIdleCallback there). */
const pause = () => new Promise((resolve) => (typeof requestIdleCallback === "function" ? requestIdleCallback(resolve, { timeout: 500 }) : setTimeout(resolve, 0)));

/**
 * Check WARM_SAMPLE a few times, one check per idle slice, until done or `stop()` says a real
 * check has run. Resolves to the number of warm-up checks made; never rejects.
 */
export async function warmUp(check, stop = () => false) {
  let steps = 0;
  for (; steps < STEPS; steps++) {
    await pause();
    if (stop()) break;
    try {
      check(WARM_SAMPLE);
    } catch {
      break; // a trap here is no reason to fail the page: the real check will report it
    }
  }
  return steps;
}
