import multiprocessing
import re

def work():
    pass

def show(x):
    # pids change from run to run
    print(re.sub(r"(pid|parent)=\d+", r"\1=N", repr(x)))

if __name__ == "__main__":
    p = multiprocessing.Process(target=work, name="job")
    show(p)
    print(p.daemon)
    d = multiprocessing.Process(target=work, name="bg", daemon=True)
    show(d)
    p.start()
    p.join()
    show(p)
    e = multiprocessing.Process(target=exit, args=(3,), name="failing")
    e.start()
    e.join()
    show(e)
