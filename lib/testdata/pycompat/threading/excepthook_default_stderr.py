import threading

# pycompat: stderr

def hook(args):
    print("custom hook for", args.thread.name)
    threading.__excepthook__(args)

threading.excepthook = hook

def fail():
    raise KeyError("missing")

t = threading.Thread(target=fail, name="fails")
t.start()
t.join()
print("main goes on")
