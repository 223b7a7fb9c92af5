import threading

data = threading.local()
data.who = "main"
seen = []

def look(tag):
    seen.append((tag, getattr(data, "who", None)))
    data.who = tag
    seen.append((tag, data.who))

t = threading.Timer(0.01, look, args=("timer",))
t.start()
t.join()
th = threading.Thread(target=look, args=("thread",))
th.start()
th.join()
print(seen, data.who)
