package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	text := "the cat and the dog and the bird\nthe end\n"
	cmd := `tr ' ' '\n' | grep -v '^$' | sort | uniq -c | sort -k1,1nr -k2 | head -3`
	r, err := subprocess.Run([]string{cmd}, subprocess.Options{Shell: true, Input: text, CaptureOutput: true, Text: true, Check: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(strings.TrimRight(string(r.Stdout), "\n"), "\n") {
		f := strings.Fields(line)
		n, _ := strconv.Atoi(f[0])
		fmt.Println(f[1], n)
	}
	fmt.Println(map[bool]string{true: "True", false: "False"}[r.Args[0] == cmd], r.Returncode, map[bool]string{true: "True", false: "False"}[len(r.Stderr) == 0])
}
