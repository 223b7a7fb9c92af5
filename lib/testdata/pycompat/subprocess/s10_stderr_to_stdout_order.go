package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo 1; echo 2 >&2; echo 3; echo 4 >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	fmt.Println("['"+strings.Join(strings.Fields(string(r.Stdout)), "', '")+"']", "None")
	out, _ := subprocess.CheckOutput([]string{"sh", "-c", "echo a; echo b >&2"}, subprocess.Options{Stderr: subprocess.STDOUT})
	fmt.Printf("b'%s'\n", strings.ReplaceAll(string(out), "\n", `\n`))
	r, _ = subprocess.Run([]string{"sh", "-c", "echo a; echo b >&2"}, subprocess.Options{Stdout: subprocess.DEVNULL, Stderr: subprocess.PIPE})
	fmt.Printf("None b'%s'\n", strings.ReplaceAll(string(r.Stderr), "\n", `\n`))
}
