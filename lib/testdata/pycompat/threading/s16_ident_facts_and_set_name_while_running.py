import threading

gate = threading.Event()
facts = []


def worker():
    me = threading.current_thread()
    facts.append(threading.get_ident() == me.ident)
    facts.append(me.ident != threading.main_thread().ident)
    gate.wait(30)
    facts.append(me.name)


t = threading.Thread(target=worker, name="before")
print("ident before start:", t.ident)
t.start()
t.name = "renamed"
t.setName(t.getName() + "!")
gate.set()
t.join()
print(facts)
print("main:", threading.main_thread().name, threading.main_thread().is_alive(), threading.get_ident() == threading.main_thread().ident)
