package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{`printf 'b\na\nc\na\n' | sort | uniq -c | sort -rn`}, subprocess.Options{Shell: true, Text: true})
	var rows []string
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		rows = append(rows, "['"+strings.Join(strings.Fields(line), "', '")+"']")
	}
	fmt.Println("[" + strings.Join(rows, ", ") + "]")
	n, _ := subprocess.CheckOutput([]string{"seq 1 100 | wc -l"}, subprocess.Options{Shell: true})
	v, _ := strconv.Atoi(strings.TrimSpace(string(n)))
	fmt.Println(v, "bytes")
	_, err := subprocess.CheckOutput([]string{"echo partial; false"}, subprocess.Options{Shell: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Printf("%v b'%s'\n", e, strings.ReplaceAll(string(e.Output), "\n", `\n`))
	}
}
