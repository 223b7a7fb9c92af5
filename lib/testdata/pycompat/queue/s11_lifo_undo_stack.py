import queue

history = queue.LifoQueue(maxsize=3)
for action in ["type a", "type b", "bold", "italic"]:
    try:
        history.put_nowait(action)
        print("did", action)
    except queue.Full:
        print("history full, dropped", action)
print(history.qsize(), history.full())
while not history.empty():
    print("undo", history.get())
print(history.qsize(), history.full(), history.empty())
