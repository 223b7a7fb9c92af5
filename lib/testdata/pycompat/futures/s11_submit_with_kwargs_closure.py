import concurrent.futures as cf

def describe(name, age, city="Seoul"):
    return "%s (%d) from %s" % (name, age, city)

with cf.ThreadPoolExecutor() as ex:
    fs = [ex.submit(describe, "Mina", 30),
          ex.submit(describe, "Joon", age=25, city="Busan"),
          ex.submit(describe, name="Ara", age=41)]
    for f in fs:
        print(f.result())
