import threading

seen = []
def tick():
    t = threading.current_thread()
    seen.append((t.name.startswith("Thread-"), "(" in t.name, t.daemon, t is threading.main_thread()))

t = threading.Timer(0.001, tick)
print(t.name.startswith("Thread-"), "(" in t.name)
t.start()
t.join()
named = threading.Timer(0.001, tick)
named.name = "alarm"
named.daemon = True
named.start()
named.join()
print(seen, named.name)
