package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"wc", "-l"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errOut, _ := p.Communicate("a\nb\nc\n")
	fmt.Println(strings.TrimSpace(string(out)), pyBytes(errOut), p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sort", "-r"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	out, errOut, _ = p.Communicate("b\na\nc\n")
	fmt.Println(pyBytes(out), pyBytes(errOut), p.Returncode())
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
