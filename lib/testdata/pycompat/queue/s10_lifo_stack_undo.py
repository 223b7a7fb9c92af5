import queue

history = queue.LifoQueue(maxsize=3)
for action in ["type a", "type b", "delete", "type c"]:
    if history.full():
        print("full, dropping oldest is not possible:", action)
        continue
    history.put(action)
while not history.empty():
    print("undo", history.get())
try:
    history.get(timeout=0.01)
except queue.Empty:
    print("nothing to undo")
