import threading

def job():
    pass

names = []
for kw in ({}, {"name": "fixed"}, {}, {"target": job}, {"target": job, "name": "x"}, {"target": job}):
    t = threading.Thread(**kw)
    names.append(t.name)
tm = threading.Timer(1, job)
names.append(tm.name)
names.append(threading.Thread(target=job).name)
print(names)
