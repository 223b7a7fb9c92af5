package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"printf", "alpha\nbeta\ngamma\n"}, subprocess.Options{Text: true})
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		lines = append(lines, pyStr(l))
	}
	fmt.Println(pyStrs(lines), len(out))
	raw, _ := subprocess.CheckOutput([]string{"printf", "x y"})
	fmt.Println(pyBytes(raw), "bytes")
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
