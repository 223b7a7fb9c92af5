package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"sort"}, subprocess.Options{Input: "pear\napple\nfig\n"})
	fmt.Println(pyBytes(out))
	out, _ = subprocess.CheckOutput([]string{"wc", "-w"}, subprocess.Options{Input: "one two three", Text: true})
	fmt.Println(strings.TrimSpace(string(out)))
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "echo out; echo err >&2"}, subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	var f []string
	for _, w := range strings.Fields(string(out)) {
		f = append(f, pyStr(w))
	}
	fmt.Println(pyStrs(f))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
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
