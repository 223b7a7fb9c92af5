import threading

# pycompat: stderr

def hook(args):
    raise RuntimeError("hook broke")

threading.excepthook = hook
t = threading.Thread(target=lambda: 1 / 0, name="div")
t.start()
t.join()
print("main goes on", t.is_alive())
