// Generated from schemas/*.schema.json by `npm run types`. Do not edit by hand.

/**
 * Một trong bảy nội dung của mục II kế hoạch. Mỗi lĩnh vực là một tệp content/<năm>/linh-vuc/<mã>.md.
 */
export interface Area {
/**
 * Mã cố định, viết thường không dấu, nối bằng gạch ngang; trùng với tên tệp (không có .md) và dùng trong địa chỉ trang /linh-vuc/<mã>/.
 */
id: string
/**
 * Số của nội dung trong mục II của kế hoạch (1 đến 7).
 */
number: number
/**
 * Tên nội dung, chép nguyên văn từ kế hoạch (đã sửa lỗi chính tả hiển nhiên, nếu có thì ghi bản gốc ở trường sourceNote).
 */
title: string
/**
 * Ghi lại nguyên văn bản gốc khi đã sửa lỗi chính tả hiển nhiên.
 */
sourceNote?: string
}

/**
 * Một ý (gạch đầu dòng hoặc đoạn văn) trong phần mục tiêu II.x.1 của kế hoạch, chép nguyên văn, kèm các chỉ tiêu định lượng. Mỗi mục tiêu là một tệp content/<năm>/muc-tieu/<mã>.md.
 */
export interface Objective {
/**
 * Mã cố định dạng mt-<số lĩnh vực>-<số thứ tự>, ví dụ mt-2-3; trùng với tên tệp.
 */
id: string
/**
 * Mã lĩnh vực chứa mục tiêu này (tên một tệp trong content/<năm>/linh-vuc/).
 */
area: string
/**
 * Nơi mục tiêu đứng trong văn bản, ví dụ "II.2.1, ý 3".
 */
ref: string
/**
 * Thứ tự của ý trong phần mục tiêu của lĩnh vực (1, 2, 3…).
 */
order: number
/**
 * Nguyên văn ý trong kế hoạch.
 */
text: string
/**
 * Ghi lại nguyên văn bản gốc khi đã sửa lỗi chính tả hiển nhiên.
 */
sourceNote?: string
/**
 * Các con số mà mục tiêu cam kết; để danh sách rỗng [] nếu mục tiêu không có con số.
 */
targets: Target[]
}
/**
 * Một con số cam kết: đo cái gì, so sánh thế nào, giá trị, đơn vị và năm phải đạt. Chỉ tiêu có năm phải đạt là năm của kế hoạch và có giá trị thì được tính vào số chỉ tiêu đạt của năm; chỉ tiêu đến năm sau, chỉ tiêu chưa có con số và chỉ tiêu trùng (sameAs) thì không.
 */
export interface Target {
/**
 * Mã cố định dạng ct-<số lĩnh vực>-<số mục tiêu>-<số thứ tự>, ví dụ ct-2-3-1.
 */
id: string
/**
 * Đại lượng được đo, viết ngắn gọn, ví dụ "Tỷ lệ giải quyết hồ sơ đúng hạn".
 */
measure: string
/**
 * Cách so giá trị thực tế với chỉ tiêu: ">=" (tối thiểu, từ … trở lên), "<=" (tối đa), "=" (đúng bằng), ">" (cao hơn, ví dụ "cải thiện so với năm 2025").
 */
comparator: (">=" | "<=" | "=" | ">")
/**
 * Con số phải đạt, theo đơn vị ở trường unit; null khi kế hoạch không ghi con số (ví dụ "theo chỉ tiêu tỉnh giao"), khi đó ghi lý do ở valueNote.
 */
value: (number | null)
/**
 * Bắt buộc khi value là null: kế hoạch nói gì về con số (trích nguyên văn, ví dụ "theo chỉ tiêu tỉnh giao") và vì sao ở đây chưa có.
 */
valueNote?: string
/**
 * Đơn vị của con số: "%" (phần trăm, từ 0 đến 100) hoặc "điểm" (điểm của một bộ chỉ số).
 */
unit: ("%" | "điểm")
/**
 * Năm mà chỉ tiêu phải đạt: năm của kế hoạch (2026), hoặc 2030 nếu kế hoạch ghi như vậy; chỉ tiêu đến năm 2030 không tính vào số chỉ tiêu đạt của năm 2026.
 */
horizon: number
/**
 * Năm (hoặc giai đoạn) gốc mà kế hoạch so sánh, ví dụ "so với năm 2025"; value bỏ trống khi kế hoạch không ghi con số năm gốc.
 */
baseline?: {
/**
 * Con số năm gốc, nếu biết.
 */
value?: number
/**
 * Năm gốc; với một giai đoạn, năm cuối của giai đoạn.
 */
year: number
/**
 * Năm đầu khi mốc là một giai đoạn, ví dụ 2021 cho "giai đoạn 2021-2025".
 */
fromYear?: number
}
/**
 * Mã chỉ tiêu khác đo đúng cùng một đại lượng (kế hoạch nhắc lại ở hai mục tiêu). Chỉ tiêu này lấy số liệu của chỉ tiêu kia và chỉ được đếm một lần.
 */
sameAs?: string
/**
 * Chỉ tiêu của kế hoạch năm trước mà chỉ tiêu này đo tiếp (cùng một chỉ số qua các năm), dạng <năm>/<mã chỉ tiêu>, ví dụ 2026/ct-2-3-1. Trang chỉ số hiện mục tiêu và kết quả của từng năm.
 */
continues?: string
}

/**
 * Danh sách các kỳ báo cáo định kỳ theo mục IV.1 (quý I, 06 tháng, quý III, năm). Tệp data/<năm>/ky-bao-cao.json.
 * 
 * @minItems 1
 */
export type PeriodList = [Period, ...(Period)[]]

/**
 * Một kỳ báo cáo với khoảng thời gian và hạn nộp.
 */
export interface Period {
/**
 * Mã cố định, ví dụ 2026-q1, 2026-6t, 2026-q3, 2026-nam; trùng với tên tệp báo cáo trong data/<năm>/bao-cao/.
 */
id: string
/**
 * Tên hiển thị, ví dụ "Quý I năm 2026".
 */
name: string
/**
 * Ngày đầu kỳ, dạng NNNN-TT-NN.
 */
start: string
/**
 * Ngày cuối kỳ, dạng NNNN-TT-NN.
 */
end: string
/**
 * Ngày cuối cùng mà số liệu của kỳ được tính tới, dạng NNNN-TT-NN; nằm trong kỳ và trước hạn gửi báo cáo.
 */
dataCutoff: string
/**
 * Ngày phải gửi báo cáo về UBND phường, dạng NNNN-TT-NN; phải sau ngày chốt số liệu.
 */
due: string
/**
 * Căn cứ của ngày chốt số liệu và hạn gửi; khi kế hoạch không ghi ngày cụ thể và chưa đối chiếu được quy định, ghi rõ đây là giả định.
 */
dueNote: string
}

/**
 * Thông tin chung của văn bản kế hoạch: căn cứ, mục I (mục tiêu, yêu cầu), mục III (kinh phí), người ký, nơi nhận. Tệp content/<năm>/ke-hoach.md.
 */
export interface Plan {
/**
 * Mã cố định của kế hoạch, trùng với tên tệp (ke-hoach).
 */
id: string
/**
 * Tên văn bản như ở đầu kế hoạch.
 */
title: string
/**
 * Tên cơ quan ban hành kế hoạch.
 */
issuer: string
/**
 * Tỉnh nơi cơ quan ban hành đóng trụ sở.
 */
province: string
/**
 * Năm mà kế hoạch áp dụng.
 */
year: number
/**
 * true khi kế hoạch đang được chép (npm run new:plan tạo ra kế hoạch nháp): kế hoạch nháp không được công bố, chỉ xem trước được bằng npm start. Chép xong, đối chiếu văn bản gốc rồi đổi thành false.
 */
draft?: boolean
/**
 * Số hiệu văn bản, nếu biết (bản được cung cấp không ghi số).
 */
documentNumber?: string
/**
 * Ngày ký văn bản dạng NNNN-TT-NN, nếu biết.
 */
documentDate?: string
/**
 * Các dòng tiêu đề ở đầu văn bản, chép nguyên văn cả cách viết hoa, mỗi dòng một mục, ví dụ ["KẾ HOẠCH", "Cải cách hành chính phường Hàng Gòn năm 2026"].
 * 
 * @minItems 1
 */
heading?: [string, ...(string)[]]
/**
 * Các đoạn "Căn cứ …" ở đầu văn bản, chép nguyên văn.
 * 
 * @minItems 1
 */
legalBases: [string, ...(string)[]]
/**
 * Câu dẫn trước mục I, chép nguyên văn.
 */
preamble: string
/**
 * Các gạch đầu dòng của mục I.1, chép nguyên văn.
 * 
 * @minItems 1
 */
goals: [string, ...(string)[]]
/**
 * Các đoạn của mục I.2, chép nguyên văn.
 * 
 * @minItems 1
 */
requirements: [string, ...(string)[]]
/**
 * Tên các mục I, I.1, I.2, II, III chép nguyên văn (không kèm số mục), để trang hiện đúng tiêu đề của văn bản.
 */
sectionHeadings?: {
/**
 * Ví dụ "MỤC TIÊU, YÊU CẦU."
 */
goalsAndRequirements: string
/**
 * Ví dụ "Mục tiêu."
 */
goals: string
/**
 * Ví dụ "Yêu cầu."
 */
requirements: string
/**
 * Ví dụ "NỘI DUNG, MỤC TIÊU, NHIỆM VỤ CỤ THỂ."
 */
content: string
/**
 * Ví dụ "KINH PHÍ THỰC HIỆN"
 */
funding: string
}
/**
 * Các khoản của mục III, chép nguyên văn, giữ số thứ tự.
 * 
 * @minItems 1
 */
funding: [{
/**
 * Số thứ tự của khoản trong mục III.
 */
number: number
/**
 * Nguyên văn khoản.
 */
text: string
}, ...({
/**
 * Số thứ tự của khoản trong mục III.
 */
number: number
/**
 * Nguyên văn khoản.
 */
text: string
})[]]
/**
 * Tiêu đề mục IV của văn bản.
 */
implementationIntro: string
/**
 * Ngày các đơn vị phải hoàn thành kế hoạch CCHC của mình (mục IV.1), dạng NNNN-TT-NN.
 */
unitPlanDeadline?: string
/**
 * Đoạn "Trên đây là …" cuối văn bản, chép nguyên văn.
 */
closing: string
/**
 * Thẩm quyền ký, chức vụ và họ tên người ký.
 */
signer: {
/**
 * Ví dụ "KT. CHỦ TỊCH".
 */
authority: string
/**
 * Ví dụ "PHÓ CHỦ TỊCH".
 */
position: string
/**
 * Họ và tên người ký.
 */
name: string
}
/**
 * Danh sách nơi nhận, chép nguyên văn, mỗi dòng một mục.
 * 
 * @minItems 1
 */
recipients: [string, ...(string)[]]
}

/**
 * Kết quả thực hiện trong một kỳ báo cáo: tiến độ từng nhiệm vụ và số liệu từng chỉ tiêu. Tệp data/<năm>/bao-cao/<mã kỳ>.json.
 */
export interface Report {
/**
 * Mã kỳ báo cáo (một mã trong data/<năm>/ky-bao-cao.json), trùng với tên tệp.
 */
period: string
/**
 * Ngày báo cáo được lập, dạng NNNN-TT-NN; nhiệm vụ quá hạn được tính theo ngày này.
 */
reportDate: string
/**
 * true nếu số liệu trong tệp là giả định để minh họa, chưa phải số liệu chính thức; false nếu là số liệu UBND phường đã công bố.
 */
illustrative: boolean
/**
 * true khi báo cáo đang được điền dở; báo cáo nháp không được công bố. Đổi thành false khi đã điền xong.
 */
draft: boolean
/**
 * Vài câu tóm tắt kết quả của kỳ.
 */
summary?: string
/**
 * Mỗi nhiệm vụ của kế hoạch một dòng.
 * 
 * Items: Trạng thái, phần trăm hoàn thành, ghi chú và minh chứng của một nhiệm vụ trong kỳ.
 */
tasks: {
/**
 * Mã nhiệm vụ (tên một tệp trong content/<năm>/nhiem-vu/).
 */
task: string
/**
 * Một trong: chua-trien-khai (chưa triển khai), dang-thuc-hien (đang thực hiện), cham-tien-do (chậm tiến độ), hoan-thanh (hoàn thành).
 */
status: ("chua-trien-khai" | "dang-thuc-hien" | "cham-tien-do" | "hoan-thanh")
/**
 * Phần trăm khối lượng đã làm, số từ 0 đến 100; hoàn thành thì là 100; null chỉ dùng trong bản nháp.
 */
percent: (number | null)
/**
 * Kết quả, khó khăn, lý do chậm (nếu có).
 */
note?: string
/**
 * Các đường dẫn tới văn bản, bài viết chứng minh kết quả.
 */
evidence?: {
/**
 * Tên văn bản hoặc bài viết.
 */
title: string
/**
 * Địa chỉ đầy đủ của trang web công khai, bắt đầu bằng https://; không chứa tên đăng nhập hay mật khẩu, không phải localhost hay địa chỉ IP.
 */
url: string
}[]
}[]
/**
 * Mỗi chỉ tiêu định lượng một dòng.
 * 
 * Items: Giá trị thực tế của một chỉ tiêu trong kỳ, ngày chốt và nguồn.
 */
targets: {
/**
 * Mã chỉ tiêu (ví dụ ct-2-3-1, khai báo trong một tệp content/<năm>/muc-tieu/).
 */
target: string
/**
 * Con số đạt được theo đơn vị của chỉ tiêu; null nếu chưa có số liệu.
 */
value: (number | null)
/**
 * Ngày của con số, dạng NNNN-TT-NN.
 */
asOf?: string
/**
 * Hệ thống hoặc văn bản cung cấp con số.
 */
source?: string
}[]
/**
 * Sửa một con số của báo cáo đã công bố, công khai như thông báo đính chính của cơ quan thống kê: mỗi lần sửa một mục ghi con số nào, giá trị cũ, giá trị mới, ngày, lý do và người phê duyệt. Giá trị trong tasks/targets là giá trị mới; giá trị cũ vẫn được công bố kèm theo.
 * 
 * Items: Một con số được sửa sau khi báo cáo đã công bố.
 */
corrections?: {
/**
 * Ngày việc sửa được phê duyệt, dạng NNNN-TT-NN; không trước ngày báo cáo.
 */
date: string
/**
 * Mã nhiệm vụ (ví dụ nv-2-2-1) hoặc mã chỉ tiêu (ví dụ ct-2-3-1) có con số được sửa; phải có trong tasks hoặc targets của báo cáo này.
 */
item: string
/**
 * Trường được sửa: percent (tiến độ %) hoặc status (trạng thái) của nhiệm vụ; value (giá trị thực tế) của chỉ tiêu.
 */
field: ("percent" | "status" | "value")
/**
 * Giá trị đã công bố trước lần sửa này: một số, một mã trạng thái, hoặc null nếu trước đó chưa có số liệu.
 */
old: (number | string | null)
/**
 * Giá trị sau khi sửa: trùng với giá trị đang ghi trong tasks hoặc targets (hoặc với giá trị cũ của lần đính chính sau cùng mục).
 */
new: (number | string | null)
/**
 * Vì sao con số đã công bố bị sai, viết ngắn gọn cho người dân hiểu.
 */
reason: string
/**
 * Chức danh (và họ tên) của người phê duyệt việc đính chính, ví dụ "Chủ tịch UBND phường".
 */
approvedBy: string
}[]
}

/**
 * Các thiết lập của trang công khai. Tệp data/site.json.
 */
export interface SiteSettings {
/**
 * Tên hiển thị ở đầu mỗi trang. Ghi năm bằng cụm {năm} (chữ thường, có dấu, trong dấu ngoặc nhọn), ví dụ "Kế hoạch CCHC {năm} – Phường Hàng Gòn": trang của mỗi kế hoạch tự điền năm của mình; ngoài cụm {năm} không dùng dấu ngoặc nhọn.
 */
title: string
/**
 * Địa chỉ gốc của trang công khai, không có / ở cuối, dùng cho liên kết chuẩn (canonical) và sitemap.
 */
url: string
/**
 * Thư mục con nơi trang được phục vụ, ví dụ "/" hoặc "/ke-hoach-cchc/"; bắt đầu và kết thúc bằng /. Biến môi trường PATH_PREFIX ghi đè giá trị này khi xây dựng.
 */
pathPrefix: string
/**
 * Địa chỉ kho git công khai (ví dụ https://github.com/<tổ chức>/<kho>), dùng cho liên kết lịch sử thay đổi.
 */
repository: string
/**
 * Đầu mối liên hệ chính thức của UBND phường để người dân hỏi và báo sai sót; hiện ở chân mỗi trang và ở mục Báo sai sót. Không tự đặt ra: chưa biết giá trị nào thì để trống (""), trang sẽ chỉ chỗ tìm, và lệnh kiểm tra cảnh báo khi còn trống.
 */
contact?: {
/**
 * Địa chỉ trụ sở UBND phường, như trên văn bản chính thức; để trống nếu chưa biết.
 */
address: string
/**
 * Số điện thoại của Văn phòng HĐND và UBND phường, chỉ gồm chữ số, dấu cách, dấu chấm, dấu gạch, dấu ngoặc và dấu +; để trống nếu chưa biết.
 */
phone: string
/**
 * Địa chỉ thư điện tử chính thức nhận phản ánh, kiến nghị; nút Báo sai sót mở thư tới địa chỉ này. Để trống nếu chưa biết.
 */
email: string
/**
 * Số điện thoại hỏi đáp thủ tục hành chính của Trung tâm Phục vụ hành chính công phường; để trống nếu chưa biết.
 */
serviceCentrePhone: string
}
/**
 * Năm của kế hoạch mà trang đã đăng ngay ở địa chỉ gốc (như /nhiem-vu/nv-2-2-1/, /du-lieu/) trước khi mỗi kế hoạch có thư mục riêng /<năm>/: mỗi trang của kế hoạch đó có một trang chuyển hướng ở địa chỉ cũ, và các tệp của nó (CSV, JSON, xlsx, ảnh chia sẻ) vẫn tải được ở địa chỉ cũ, để liên kết người dân và báo chí đã lưu không bị hỏng. Phải là năm của một kế hoạch có trong content/<năm>/ và không phải bản nháp. Trang mới, chưa từng đăng kế hoạch nào ở địa chỉ gốc, không ghi trường này.
 */
legacyRootYear?: number
/**
 * Giấy phép của dữ liệu mở.
 */
licence: {
/**
 * Ví dụ "CC BY 4.0".
 */
name: string
/**
 * Đường dẫn tới toàn văn giấy phép, bắt đầu bằng https://.
 */
url: string
}
}

/**
 * Một ý trong phần nhiệm vụ II.x.2 của kế hoạch, chép nguyên văn; ý "+" là một nhiệm vụ riêng và giữ ý cha làm tiêu đề nhóm. Mỗi nhiệm vụ là một tệp content/<năm>/nhiem-vu/<mã>.md.
 */
export interface Task {
/**
 * Mã cố định dạng nv-<số lĩnh vực>-<số ý>[-<số ý con>], ví dụ nv-1-2-1; trùng với tên tệp.
 */
id: string
/**
 * Mã lĩnh vực chứa nhiệm vụ (tên một tệp trong content/<năm>/linh-vuc/).
 */
area: string
/**
 * Nơi nhiệm vụ đứng trong văn bản, ví dụ "II.2.2, ý 2.1".
 */
ref: string
/**
 * Thứ tự của nhiệm vụ trong lĩnh vực (1, 2, 3…), theo thứ tự trong văn bản.
 */
order: number
/**
 * Nguyên văn ý cha (gạch đầu dòng "-") khi nhiệm vụ là một ý "+".
 */
group?: string
/**
 * Nguyên văn ý trong kế hoạch.
 */
text: string
/**
 * Ghi lại nguyên văn bản gốc khi đã sửa lỗi chính tả hiển nhiên.
 */
sourceNote?: string
/**
 * Mã đơn vị chủ trì theo mục IV (tên một tệp trong content/<năm>/don-vi/).
 */
lead: string
leadBasis: Basis
/**
 * Danh sách mã các đơn vị phối hợp; để [] nếu không có.
 */
support: string[]
supportBasis?: Basis1
/**
 * Ghi lại khi hai mục của phần IV giao cùng một việc cho hai đơn vị khác nhau: các mục đó và cách nhóm biên tập đã chọn, để người đọc thấy, không giải quyết ngầm.
 */
assignmentConflict?: {
/**
 * Các mục của kế hoạch giao việc chồng nhau, ví dụ ["IV.6", "IV.8"].
 * 
 * @minItems 2
 */
clauses: [string, string, ...(string)[]]
/**
 * Mỗi mục giao gì (trích nguyên văn trong ngoặc kép “…”) và vì sao chọn đơn vị chủ trì hiện tại.
 */
note: string
}
/**
 * Ngày phải hoàn thành, dạng NNNN-TT-NN (ví dụ 2026-12-31), trong năm của kế hoạch.
 */
deadline: string
/**
 * Giải thích thời hạn lấy từ đâu khi kế hoạch không ghi hạn riêng cho nhiệm vụ.
 */
deadlineNote?: string
/**
 * Mã các mục tiêu mà nhiệm vụ góp phần thực hiện.
 */
objectives?: string[]
}
/**
 * Mục của kế hoạch mà việc giao đơn vị chủ trì dựa vào, hoặc ghi là do nhóm biên tập suy ra.
 */
export interface Basis {
/**
 * Mục của kế hoạch, ví dụ "IV.8" (phần IV, mục 8), "II.2.1", hoặc "IV" khi suy ra từ cả phần IV; khi suy ra, là mục mà nhóm biên tập dựa vào.
 */
clause: string
/**
 * false nếu mục căn cứ giao rõ việc này cho đơn vị; true nếu nhóm biên tập suy ra, chưa được UBND phường xác nhận.
 */
inferred: boolean
/**
 * Một câu: mục căn cứ giao gì (trích nguyên văn trong ngoặc kép “…”), hoặc vì sao suy ra như vậy.
 */
note: string
}
/**
 * Mục của kế hoạch mà việc giao các đơn vị phối hợp dựa vào, hoặc ghi là do nhóm biên tập suy ra; bắt buộc khi danh sách support không rỗng.
 */
export interface Basis1 {
/**
 * Mục của kế hoạch, ví dụ "IV.8" (phần IV, mục 8), "II.2.1", hoặc "IV" khi suy ra từ cả phần IV; khi suy ra, là mục mà nhóm biên tập dựa vào.
 */
clause: string
/**
 * false nếu mục căn cứ giao rõ việc này cho đơn vị; true nếu nhóm biên tập suy ra, chưa được UBND phường xác nhận.
 */
inferred: boolean
/**
 * Một câu: mục căn cứ giao gì (trích nguyên văn trong ngoặc kép “…”), hoặc vì sao suy ra như vậy.
 */
note: string
}

/**
 * Một đơn vị được giao nhiệm vụ ở mục IV của kế hoạch. Mỗi đơn vị là một tệp content/<năm>/don-vi/<mã>.md.
 */
export interface Unit {
/**
 * Mã cố định, viết thường không dấu; trùng với tên tệp và dùng trong địa chỉ /don-vi/<mã>/.
 */
id: string
/**
 * Tên đầy đủ như trong mục IV của kế hoạch.
 */
name: string
/**
 * Tên gọn để hiển thị trong bảng và biểu đồ.
 */
shortName: string
/**
 * Số mục trong phần IV giữ nguyên đánh số của văn bản (1, 2, 6, 7, 8).
 */
section: number
/**
 * Nguyên văn tiêu đề mục IV.x khi khác tên đơn vị.
 */
heading?: string
/**
 * Từng đoạn hoặc gạch đầu dòng của mục IV.x, chép nguyên văn, theo thứ tự.
 * 
 * @minItems 1
 */
duties: [{
/**
 * Nguyên văn đoạn trong mục IV.
 */
text: string
/**
 * Ngày hết hạn ghi trong đoạn này, dạng NNNN-TT-NN.
 */
deadline?: string
/**
 * Nguyên văn bản gốc khi đã sửa lỗi chính tả hiển nhiên.
 */
sourceNote?: string
}, ...({
/**
 * Nguyên văn đoạn trong mục IV.
 */
text: string
/**
 * Ngày hết hạn ghi trong đoạn này, dạng NNNN-TT-NN.
 */
deadline?: string
/**
 * Nguyên văn bản gốc khi đã sửa lỗi chính tả hiển nhiên.
 */
sourceNote?: string
})[]]
}

/**
 * Một tin ngắn có ngày, hiện ở trang Cập nhật và trong nguồn tin Atom. Mỗi tin là một tệp content/<năm>/cap-nhat/<mã>.md; phần thân Markdown là nội dung tin.
 */
export interface Update {
/**
 * Mã cố định dạng NNNN-TT-NN-ten-ngan, trùng với tên tệp.
 */
id: string
/**
 * Ngày của tin, dạng NNNN-TT-NN.
 */
date: string
/**
 * Tiêu đề tin.
 */
title: string
/**
 * true nếu tin được viết để minh họa, chưa phải thông tin chính thức.
 */
illustrative: boolean
/**
 * Mã kỳ báo cáo mà tin nói tới, nếu có.
 */
period?: string
/**
 * Mã các nhiệm vụ mà tin nói tới.
 */
tasks?: string[]
}

/** Every content type, from the x-content of its schema, in reading order. */
export const CONTENT_TYPES = [
  { type: "plan", schema: "plan", key: "plan", order: 1, file: "content/{year}/ke-hoach.md" },
  { type: "area", schema: "area", key: "areas", order: 2, sort: "number", dir: "content/{year}/linh-vuc", ext: ".md" },
  { type: "objective", schema: "objective", key: "objectives", order: 3, dir: "content/{year}/muc-tieu", ext: ".md" },
  { type: "task", schema: "task", key: "tasks", order: 4, dir: "content/{year}/nhiem-vu", ext: ".md" },
  { type: "unit", schema: "unit", key: "units", order: 5, sort: "section", dir: "content/{year}/don-vi", ext: ".md" },
  { type: "period", schema: "period", key: "periods", order: 6, sort: "end", file: "data/{year}/ky-bao-cao.json" },
  { type: "report", schema: "report", key: "reports", order: 7, dir: "data/{year}/bao-cao", ext: ".json" },
  { type: "update", schema: "update", key: "updates", order: 8, sort: "-date", dir: "content/{year}/cap-nhat", ext: ".md" },
  { type: "site", schema: "site", key: "site", order: 9, file: "data/site.json" },
] as const;

/** The data of one item (one file) of each content type, by type. */
export interface ContentData {
  area: Area;
  objective: Objective;
  period: PeriodList;
  plan: Plan;
  report: Report;
  site: SiteSettings;
  task: Task;
  unit: Unit;
  update: Update;
}

/** Every kind of id the schemas declare (`x-id`), which `x-ref` fields name. */
export type IdKind = "area" | "objective" | "period" | "plan" | "report" | "target" | "task" | "unit" | "update";
