import sys
import threading

# pycompat: stderr

seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, a.thread.name))

def quit_early():
    sys.exit()

t = threading.Thread(target=quit_early, name="quitter")
t.start()
t.join()
print(seen, t.is_alive())
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=quit_early, name="quiet")
t.start()
t.join()
print("no output from the default hook")
