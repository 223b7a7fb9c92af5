package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	s := "안녕 héllo 😀 ✓"
	r, _ := subprocess.Run([]string{"cat"}, subprocess.Options{Input: s, CaptureOutput: true, Text: true})
	fmt.Println(py(string(r.Stdout) == s), utf8.RuneCount(r.Stdout), string(r.Stdout))
	r, _ = subprocess.Run([]string{"wc", "-c"}, subprocess.Options{Input: s, CaptureOutput: true, Text: true})
	fmt.Println("bytes:", strings.TrimSpace(string(r.Stdout)), "chars:", utf8.RuneCountInString(s))
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Input: s, CaptureOutput: true})
	fmt.Println(py(string(r.Stdout) == s), len(r.Stdout))
}
