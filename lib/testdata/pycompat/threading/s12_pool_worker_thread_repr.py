from concurrent.futures import ThreadPoolExecutor
import threading, re

def me():
    t = threading.current_thread()
    return re.sub(r"\d+\)", "N)", repr(t)), t.daemon, t is threading.main_thread()

with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(me).result())
    names = sorted(t.name for t in threading.enumerate())
    print(names, threading.active_count())
print(sorted(t.name for t in threading.enumerate()), threading.active_count())
