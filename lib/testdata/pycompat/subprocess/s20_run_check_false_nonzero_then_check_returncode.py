import subprocess

for code in (0, 1, 2):
    r = subprocess.run(["sh", "-c", "echo out$0; exit %d" % code], capture_output=True, text=True, check=False)
    print(r.returncode, repr(r.stdout))
    try:
        print(r.check_returncode())
    except subprocess.CalledProcessError as e:
        print("CalledProcessError", e.returncode, repr(e.output), repr(e.stderr))
