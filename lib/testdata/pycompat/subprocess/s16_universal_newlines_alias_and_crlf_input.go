package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func list(xs []string, prefix string) string {
	var out []string
	for _, x := range xs {
		out = append(out, prefix+"'"+strings.ReplaceAll(x, `\`, `\\`)+"'")
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func lines(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func main() {
	r, _ := subprocess.Run([]string{"printf", `a\r\nb\rc\n`}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	fmt.Println("'"+strings.ReplaceAll(string(r.Stdout), "\n", `\n`)+"'", list(lines(string(r.Stdout)), ""))
	r, _ = subprocess.Run([]string{"printf", `a\r\nb\rc\n`}, subprocess.Options{Stdout: subprocess.PIPE})
	raw := strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(string(r.Stdout))
	fmt.Println("b'"+raw+"'", list(lines(string(r.Stdout)), "b"))
	r, _ = subprocess.Run([]string{"od", "-An", "-c"}, subprocess.Options{Input: "x\r\ny\n", CaptureOutput: true, Text: true})
	fmt.Println(list(strings.Fields(string(r.Stdout)), ""))
}
