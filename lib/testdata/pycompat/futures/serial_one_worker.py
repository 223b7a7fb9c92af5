from concurrent.futures import ThreadPoolExecutor

log = []

def step(i):
    log.append("start %d" % i)
    log.append("end %d" % i)
    return i

with ThreadPoolExecutor(max_workers=1) as ex:
    fs = [ex.submit(step, i) for i in range(4)]
print([f.result() for f in fs])
print(log)
