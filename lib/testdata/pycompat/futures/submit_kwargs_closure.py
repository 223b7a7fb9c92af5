from concurrent.futures import ThreadPoolExecutor

def greet(name, greeting="hello", punct="!"):
    return "%s, %s%s" % (greeting, name, punct)

with ThreadPoolExecutor() as ex:
    fs = [ex.submit(greet, "a"), ex.submit(greet, "b", greeting="hi"), ex.submit(greet, name="c", punct="?")]
    print([f.result() for f in fs])
