import threading

never = threading.Event()
d = threading.Thread(target=never.wait, name="forever", daemon=True)
d.start()
print(d.is_alive(), d.daemon)
print(sorted(t.name for t in threading.enumerate()))
print(threading.active_count())
print("main ends")
