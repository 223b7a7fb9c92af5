package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var b strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	data := b.String()
	r, _ := subprocess.Run([]string{"wc", "-l"}, subprocess.Options{Input: data, CaptureOutput: true, Text: true})
	fmt.Printf("['%s'] %d '%s'\n", strings.TrimSpace(string(r.Stdout)), r.Returncode, r.Stderr)
	r, _ = subprocess.Run([]string{"head", "-n", "2"}, subprocess.Options{Input: data, CaptureOutput: true, Text: true})
	fmt.Printf("'%s' %d\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`), r.Returncode)
	r, _ = subprocess.Run([]string{"tail", "-c", "8"}, subprocess.Options{Input: data, CaptureOutput: true})
	fmt.Printf("b'%s'\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`))
}
