import threading

stop = threading.Event()
a = threading.Thread(target=stop.wait, name="running")
b = threading.Thread(target=lambda: None, name="finished")
c = threading.Thread(target=stop.wait, name="unstarted")
a.start()
b.start()
b.join()
print(sorted(t.name for t in threading.enumerate()))
print(threading.active_count(), [t.is_alive() for t in (a, b, c)])
stop.set()
a.join()
print(sorted(t.name for t in threading.enumerate()), threading.active_count())
