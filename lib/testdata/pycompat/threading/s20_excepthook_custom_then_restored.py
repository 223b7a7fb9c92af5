# pycompat: stderr
import threading

seen = []

def hook(args):
    seen.append((args.thread.name, str(args.exc_value)))

def boom(msg):
    raise ValueError(msg)

threading.excepthook = hook
t = threading.Thread(target=boom, args=("first",), name="A")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(seen)
t = threading.Thread(target=lambda: None, name="B")
t.start()
t.join()
print("done", threading.excepthook is threading.__excepthook__)
