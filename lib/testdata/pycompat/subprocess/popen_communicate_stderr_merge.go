package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo one; echo two >&2; echo three"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	out, errb, _ := p.Communicate()
	words := strings.Fields(string(out))
	sort.Strings(words)
	es := "None"
	if errb != nil {
		es = "?"
	}
	fmt.Printf("['%s'] %s %v\n", strings.Join(words, "', '"), es, p.Returncode())
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "cat; echo done >&2; exit 3"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	out, errb, _ = p.Communicate("payload")
	fmt.Println(pyBytes(out), pyBytes(errb), p.Returncode())
}
