from concurrent.futures import ProcessPoolExecutor, as_completed
import os

def power(base, exp):
    return base ** exp, os.getpid() != PARENT

PARENT = os.getpid()

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = {ex.submit(power, b, e): (b, e) for b, e in [(2, 8), (3, 3), (10, 2)]}
        out = []
        for f in as_completed(fs):
            out.append((fs[f], f.result()[0], f.result()[1]))
    print(sorted(out))
