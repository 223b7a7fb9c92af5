import subprocess

for cmd in ("false | true", "true | false", "exit 300", "exit 256", "(exit 7); echo $?", "kill -9 $$; echo never"):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    print(repr(cmd), r.returncode, repr(r.stdout))
