import subprocess
for args in (["no-such-prog-s12"], ["./no-such-prog-s12"], ["/no/such/dir/prog"]):
    try:
        subprocess.run(args)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
r = subprocess.run("no-such-prog-s12", shell=True, capture_output=True, text=True)
print(r.returncode, "not found" in r.stderr)
