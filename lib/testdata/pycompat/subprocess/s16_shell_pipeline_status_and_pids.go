package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(s string) string {
	s = strings.ReplaceAll(s, "\n", `\n`)
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + s + "'"
}

func main() {
	for _, cmd := range []string{"false | true", "true | false", "exit 3", "(exit 4); echo $?", "sh -c 'exit 5' || echo recovered"} {
		r, _ := subprocess.Run([]string{cmd}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
		fmt.Println(repr(cmd), r.Returncode, repr(string(r.Stdout)))
	}
	var ps []*subprocess.Popen
	for i := 0; i < 3; i++ {
		p, _ := subprocess.NewPopen([]string{"true"})
		ps = append(ps, p)
	}
	seen := map[int]bool{}
	allPos, notMine := true, true
	for _, p := range ps {
		seen[p.Pid()] = true
		allPos = allPos && p.Pid() > 0
		notMine = notMine && p.Pid() != os.Getpid()
	}
	var codes []string
	for _, p := range ps {
		codes = append(codes, fmt.Sprint(p.Wait()))
	}
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println(py[allPos], len(seen), py[notMine], "["+strings.Join(codes, ", ")+"]")
}
