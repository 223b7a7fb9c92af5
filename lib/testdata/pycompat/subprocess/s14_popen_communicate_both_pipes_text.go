package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyStr(b []byte) string {
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "read name; echo hello $name; echo warn $name >&2; exit 4"},
		subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	out, errOut, _ := p.Communicate("gopher\n")
	fmt.Println(pyStr(out), pyStr(errOut), p.Returncode())
	out, errOut, _ = p.Communicate()
	fmt.Printf("(%s, %s)\n", pyStr(out), pyStr(errOut))
}
