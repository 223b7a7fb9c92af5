import threading, sys

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, args.thread.name))

def quit_early():
    print("working")
    sys.exit()
    print("never")

threading.excepthook = hook
t = threading.Thread(target=quit_early, name="quitter")
t.start()
t.join()
print(seen)

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=quit_early, name="quiet")
t.start()
t.join()
print(seen, t.is_alive())
# pycompat: stderr
