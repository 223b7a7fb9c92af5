import subprocess

for script in ("exit 3", "echo out; echo err >&2; exit 5", "true"):
    r = subprocess.run(script, shell=True, capture_output=True, text=True)
    print(repr(script), "->", r.returncode, repr(r.stdout), repr(r.stderr))
    try:
        subprocess.run(script, shell=True, capture_output=True, text=True, check=True)
        print("  check ok")
    except subprocess.CalledProcessError as e:
        print("  ", e)
        print("  ", e.returncode, repr(e.cmd), repr(e.stdout), repr(e.stderr), e.output == e.stdout)
