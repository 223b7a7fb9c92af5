from concurrent.futures import ProcessPoolExecutor


def parse(s):
    return int(s)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(parse, s) for s in ("12", "x", "-3", "4.5")]
        for f in fs:
            e = f.exception(timeout=30)
            print(repr(f.result()) if e is None else "%s: %s" % (type(e).__name__, e))
