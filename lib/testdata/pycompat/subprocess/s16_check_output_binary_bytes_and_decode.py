import subprocess

out = subprocess.check_output(["printf", "\\001\\002ABC\\377"])
print(out, len(out), list(out[:2]), out[-1])
print(out[2:5].decode(), out.decode("latin-1")[-1] == "\xff")
txt = subprocess.check_output(["printf", "x\\ty\\n"], text=True)
print(repr(txt), txt.split("\t"))
