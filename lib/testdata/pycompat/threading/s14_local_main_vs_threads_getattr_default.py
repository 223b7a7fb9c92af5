import threading

data = threading.local()
data.user = "main"
seen = {}
lock = threading.Lock()


def handler(name):
    before = getattr(data, "user", None)
    data.user = name
    data.hits = getattr(data, "hits", 0) + 1
    with lock:
        seen[name] = (before, data.user, data.hits)


threads = [threading.Thread(target=handler, args=(n,)) for n in ("alice", "bob", "carol")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main still:", data.user, hasattr(data, "hits"))
try:
    data.hits
except AttributeError as e:
    print("AttributeError:", e)
