package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"wc", "-l"}, subprocess.Options{Input: "a\nb\nc\n"})
	fmt.Printf("[b'%s']\n", strings.Join(strings.Fields(string(out)), "', b'"))
	out, _ = subprocess.CheckOutput([]string{"tr", "-d", "aeiou"}, subprocess.Options{Input: "education", Text: true})
	fmt.Println(string(out))
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "cat; exit 9"}, subprocess.Options{Input: "echoed back\n", Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		stderr := "None"
		if e.Stderr != nil {
			stderr = string(e.Stderr)
		}
		fmt.Printf("%d '%s\\n' %s\n", e.Returncode, strings.TrimSuffix(string(e.Output), "\n"), stderr)
		fmt.Println(e)
	}
}
