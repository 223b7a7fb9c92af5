import threading, warnings
warnings.simplefilter("ignore", DeprecationWarning)

seen = []
def work():
    me = threading.currentThread()
    seen.append((me.getName(), me.isDaemon()))

t = threading.Thread(target=work)
t.setName("renamed")
t.setDaemon(True)
print(t.getName(), t.isDaemon(), threading.activeCount())
t.start()
t.join()
print(seen, threading.currentThread().getName(), threading.activeCount())
