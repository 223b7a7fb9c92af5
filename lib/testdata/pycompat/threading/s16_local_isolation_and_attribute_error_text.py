import threading

data = threading.local()
data.name = "main"
seen = []


def worker():
    seen.append(hasattr(data, "name"))
    try:
        data.name
    except AttributeError as e:
        seen.append(str(e))
    data.name = "worker"
    seen.append(data.name)
    seen.append(getattr(data, "missing", "default"))


t = threading.Thread(target=worker)
t.start()
t.join()
print(seen)
print("main still:", data.name)
del data.name
print("after del:", hasattr(data, "name"))
