import subprocess

probe = ["sh", "-c", "if [ -p /dev/stdin ]; then echo pipe; else echo not a pipe; fi; wc -c"]


def show(label, r):
    first, count = r.stdout.split("\n")[:2]
    print(label, first, count.strip())


show("input=''", subprocess.run(probe, input="", capture_output=True, text=True))
show("stdin=PIPE", subprocess.run(probe, stdin=subprocess.PIPE, capture_output=True, text=True))
show("stdin=DEVNULL", subprocess.run(probe, stdin=subprocess.DEVNULL, capture_output=True, text=True))
show("input='abc'", subprocess.run(probe, input="abc", capture_output=True, text=True))
print(subprocess.check_output(["cat"], input="", text=True) == "")
