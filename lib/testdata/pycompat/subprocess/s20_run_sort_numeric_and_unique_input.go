package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func words(b []byte, prefix string) string {
	var s []string
	for _, w := range strings.Fields(string(b)) {
		s = append(s, prefix+"'"+w+"'")
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	data := "10\n9\n100\n9\n-1\n"
	r, _ := subprocess.Run([]string{"sort", "-n"}, subprocess.Options{Input: data, CaptureOutput: true, Text: true})
	fmt.Println(words(r.Stdout, ""))
	r, _ = subprocess.Run([]string{"sort", "-nu"}, subprocess.Options{Input: data, CaptureOutput: true, Text: true})
	fmt.Println(words(r.Stdout, ""))
	r, _ = subprocess.Run([]string{"sort", "-rn"}, subprocess.Options{Input: data, CaptureOutput: true})
	fmt.Println(words(r.Stdout, "b"))
	r, _ = subprocess.Run([]string{"sort", "-n", "/nonexistent-s20"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(pb(r.Returncode != 0), string(r.Stdout), pb(strings.Contains(string(r.Stderr), "nonexistent-s20")))
}
