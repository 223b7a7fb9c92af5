package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"cat", "-n"}, subprocess.Options{Input: "a\nb\nc\n", Text: true})
	var parts []string
	for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		parts = append(parts, "['"+strings.Join(strings.Split(line, "\t"), "', '")+"']")
	}
	fmt.Println("[" + strings.Join(parts, ", ") + "]")
	out, _ = subprocess.CheckOutput([]string{"sh", "-c", "tr a-z A-Z; exit 0"}, subprocess.Options{Input: "mixed Case\n"})
	fmt.Printf("b'%s'\n", strings.ReplaceAll(string(out), "\n", `\n`))
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "cat; exit 2"}, subprocess.Options{Input: "echoed\n", Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Printf("%d '%s'\n", e.Returncode, strings.ReplaceAll(string(e.Output), "\n", `\n`))
	}
}
