package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"cat"}, subprocess.Options{Input: "raw bytes"})
	fmt.Printf("b'%s'\n", out)
	s, _ := subprocess.CheckOutput([]string{"sort"}, subprocess.Options{Input: "b\na\n", Text: true})
	fmt.Printf("['%s']\n", strings.Join(strings.Fields(string(s)), "', '"))
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "cat; exit 1"}, subprocess.Options{Input: "echoed"})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Printf("b'%s' %d\n", e.Output, e.Returncode)
	}
}
