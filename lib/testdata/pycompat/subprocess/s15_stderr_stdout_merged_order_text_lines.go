package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo 1; echo 2 >&2; echo 3; echo 4 >&2"},
		subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	lines := strings.Split(strings.TrimRight(string(r.Stdout), "\n"), "\n")
	fmt.Println("['"+strings.Join(lines, "', '")+"']", "None", r.Returncode)
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.DEVNULL, Text: true})
	fmt.Printf("'%s\\n' None\n", strings.TrimRight(string(r.Stdout), "\n"))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.PIPE})
	fmt.Printf("None b'%s\\n'\n", strings.TrimRight(string(r.Stderr), "\n"))
}
