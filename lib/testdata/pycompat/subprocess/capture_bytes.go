package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"printf", "a\\nb\\n"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	fmt.Println(pyBytes(r.Stdout))
	fmt.Println(pyBytes(r.Stderr))
}

func pyBytes(b []byte) string {
	s := "b'"
	for _, c := range b {
		switch {
		case c == '\n':
			s += "\\n"
		case c == '\'':
			s += "\\'"
		default:
			s += string(rune(c))
		}
	}
	return s + "'"
}
