import threading

data = threading.local()
print(getattr(data, "user", "anonymous"), hasattr(data, "user"))
data.user = "main"
seen = {}
def worker():
    seen["before"] = getattr(data, "user", None)
    data.user = "worker"
    seen["after"] = data.user
t = threading.Thread(target=worker)
t.start()
t.join()
print(seen, data.user)
del data.user
try:
    data.user
except AttributeError as e:
    print("AttributeError:", e)
