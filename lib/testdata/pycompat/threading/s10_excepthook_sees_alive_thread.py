import threading

info = []
def hook(args):
    info.append((args.thread.is_alive(), args.thread is threading.current_thread(), type(args.exc_value).__name__))
threading.excepthook = hook

def fail():
    raise KeyError("k")

t = threading.Thread(target=fail)
t.start()
t.join()
print(info, t.is_alive())
threading.excepthook = threading.__excepthook__
