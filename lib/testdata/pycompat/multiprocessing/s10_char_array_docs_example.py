import multiprocessing, re

def modify(n, x, s):
    n.value = n.value ** 2
    x.value = x.value ** 2
    s.value = s.value.upper()

if __name__ == "__main__":
    n = multiprocessing.Value("i", 7)
    x = multiprocessing.Value("d", 1.0 / 3.0)
    s = multiprocessing.Array("c", b"hello world")
    p = multiprocessing.Process(target=modify, args=(n, x, s))
    p.start()
    p.join()
    print(n.value)
    print(x.value)
    print(s.value, len(s), s[0], s[-1])
    c = multiprocessing.Value("c", b"a")
    print(c.value, re.sub(r" at 0x[0-9a-f]+", "", repr(c)))
    c.value = b"z"
    print(c.value)
    buf = multiprocessing.Array("c", 8)
    print(buf.raw, buf.value)
    buf.value = b"abc"
    print(buf.raw, buf.value)
    try:
        buf.value = b"way too long"
    except ValueError as e:
        print("ValueError:", e)
