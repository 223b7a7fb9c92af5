import concurrent.futures as cf

def parse(text):
    return int(text)

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        fs = [ex.submit(parse, t) for t in ("12", "x", "7")]
        for f in fs:
            e = f.exception()
            if e is None:
                print("ok", f.result())
            else:
                print(type(e).__name__ + ":", e)
        try:
            list(ex.map(parse, ["1", "2", "three"]))
        except ValueError as e:
            print("map raised ValueError:", e)
