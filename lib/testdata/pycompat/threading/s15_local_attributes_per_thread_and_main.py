import threading

data = threading.local()
data.user = "main-user"
out = {}
lock = threading.Lock()


def handle(user):
    before = hasattr(data, "user")
    data.user = user
    data.hits = getattr(data, "hits", 0) + 1
    data.hits += 1
    with lock:
        out[user] = (before, data.user, data.hits)


ts = [threading.Thread(target=handle, args=(u,)) for u in ("ann", "bob", "cid")]
for t in ts:
    t.start()
for t in ts:
    t.join()
for u in sorted(out):
    print(u, out[u])
print(data.user, hasattr(data, "hits"), getattr(data, "hits", "none"))
try:
    data.hits
except AttributeError as e:
    print("AttributeError:", e)
