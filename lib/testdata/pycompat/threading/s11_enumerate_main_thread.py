import threading

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
gate = threading.Event()
def wait():
    gate.wait()
workers = [threading.Thread(target=wait, name="w%d" % i) for i in range(3)]
for w in workers:
    w.start()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
gate.set()
for w in workers:
    w.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident)
