import subprocess

r = subprocess.run(["sh", "-c", "echo \"[$FOO]\"; pwd; echo \"${PATH:-nopath}\" | head -c 0"], env={"FOO": "bar baz"}, cwd="/", capture_output=True, text=True)
print(r.stdout.split("\n"))
r = subprocess.run("echo $HOME_S17", shell=True, env={"HOME_S17": "x"}, capture_output=True)
print(r.stdout)
