package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{`printf 'b\na\nb\nc\n' | sort | uniq -c | sort -rn | head -1`}, subprocess.Options{Shell: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Fields(string(out)), "', '") + "']")
	n, _ := subprocess.Run([]string{"ls / | wc -l"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	c, _ := strconv.Atoi(strings.TrimSpace(string(n.Stdout)))
	gt := "False"
	if c > 3 {
		gt = "True"
	}
	fmt.Println(gt, n.Returncode)
	r, _ := subprocess.Run([]string{"false | true"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode, r.Args[0])
}
