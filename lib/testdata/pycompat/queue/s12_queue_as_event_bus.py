import queue, threading
events = queue.Queue()
handled = []
def dispatcher():
    while True:
        kind, payload = events.get()
        if kind == "quit":
            break
        handled.append(f"{kind}:{payload}")
t = threading.Thread(target=dispatcher)
t.start()
for e in [("click", 1), ("key", "a"), ("click", 2), ("quit", None)]:
    events.put(e)
t.join()
print(handled, events.empty())
