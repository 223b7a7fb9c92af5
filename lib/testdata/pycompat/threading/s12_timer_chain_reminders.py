import threading
log = []
done = threading.Event()
def remind(i):
    log.append(f"reminder {i} from {threading.current_thread().name}")
    if i < 3:
        threading.Timer(0.01, remind, args=(i + 1,)).start()
    else:
        done.set()
threading.Timer(0.01, remind, args=(1,)).start()
done.wait()
print("\n".join(log))
