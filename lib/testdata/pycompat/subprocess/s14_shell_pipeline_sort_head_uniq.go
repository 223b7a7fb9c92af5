package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{`printf 'pear\napple\nfig\napple\n' | sort | uniq -c | sort -rn | head -2`}, subprocess.Options{Shell: true, Text: true})
	var rows []string
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		rows = append(rows, "['"+strings.Join(strings.Fields(line), "', '")+"']")
	}
	fmt.Println("[" + strings.Join(rows, ", ") + "]")
	r, _ := subprocess.Run([]string{`printf 'b\na\n' | sort`}, subprocess.Options{Shell: true, CaptureOutput: true})
	fmt.Printf("b'%s' %d\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`), r.Returncode)
	r, _ = subprocess.Run([]string{"false | true"}, subprocess.Options{Shell: true})
	fmt.Println("pipeline status is the last command's:", r.Returncode)
}
