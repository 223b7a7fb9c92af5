import threading, _thread

def f():
    pass

names = [threading.Thread(target=f).name]
done = threading.Event()
def raw():
    names.append(threading.current_thread().name)
    names.append(threading.current_thread().daemon)
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
names.append(threading.Thread(target=f).name)
names.append(threading.Thread().name)
print(names)
