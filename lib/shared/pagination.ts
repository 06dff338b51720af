// One way to page a list: the requested page clamped to what exists (a stale ?page=9 shows the
// last page, garbage shows the first), and the rows to skip and take for it.
export function pageOf(total: number, requested: number, pageSize: number): { page: number; pageCount: number; skip: number; take: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}
