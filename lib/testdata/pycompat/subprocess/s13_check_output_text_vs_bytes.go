package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	b, _ := subprocess.CheckOutput([]string{"printf", `a\nb\r\nc`})
	t, _ := subprocess.CheckOutput([]string{"printf", `a\nb\r\nc`}, subprocess.Options{Text: true})
	fmt.Println("bytes", "b'"+esc(string(b))+"'")
	fmt.Println("str", "'"+esc(string(t))+"'")
	var lines, parts []string
	for _, l := range strings.Split(string(t), "\n") {
		lines = append(lines, "'"+esc(l)+"'")
	}
	for _, p := range strings.Split(string(b), "\n") {
		parts = append(parts, "b'"+esc(p)+"'")
	}
	fmt.Println("["+strings.Join(lines, ", ")+"]", "["+strings.Join(parts, ", ")+"]")
}

func esc(s string) string {
	return strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(s)
}
