# After CPython's Lib/test/test_threading.py ThreadingExceptionTests.
import threading

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

t = threading.Thread(target=lambda: None)
t.start()
t.join()
attempt("start_thread_again", t.start)
attempt("joining_current_thread", threading.current_thread().join)
attempt("joining_inactive_thread", threading.Thread(target=lambda: None).join)
gate = threading.Event()
d = threading.Thread(target=gate.wait, args=(30,))
d.start()
def daemonize():
    d.daemon = True
attempt("daemonize_active_thread", daemonize)
gate.set()
d.join()
attempt("releasing_unacquired_lock", threading.Lock().release)
attempt("releasing_unacquired_rlock", threading.RLock().release)
