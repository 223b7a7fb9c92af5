import threading
ctx = threading.local()
out = {}
lock = threading.Lock()
def handle(req_id, user):
    ctx.req_id = req_id
    ctx.user = user
    log_line()
def log_line():
    with lock:
        out[ctx.req_id] = f"[{ctx.req_id}] user={ctx.user} thread={threading.current_thread().name}"
ts = [threading.Thread(target=handle, args=(i, u), name=f"req-{i}") for i, u in enumerate(["kim", "lee", "park"])]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(out):
    print(out[k])
print(hasattr(ctx, "req_id"))
