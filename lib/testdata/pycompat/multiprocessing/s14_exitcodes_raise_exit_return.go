package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ok() int {
	return 42
}

func boom() {
	panic("ValueError: bad value")
}

func quitWith(code int) {
	os.Exit(code)
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func ec(p *multiprocessing.Process) string {
	if c := p.ExitCode(); c != nil {
		return fmt.Sprint(c)
	}
	return "None"
}

func main() {
	multiprocessing.Main(ok, boom, quitWith)
	labels := []string{"return", "raise", "exit(0)", "exit(4)", "exit(255)"}
	ps := []*multiprocessing.Process{{Target: ok, Name: "case-return"}, {Target: boom, Name: "case-raise"},
		{Target: quitWith, Args: []any{0}, Name: "case-exit(0)"}, {Target: quitWith, Args: []any{4}, Name: "case-exit(4)"},
		{Target: quitWith, Args: []any{255}, Name: "case-exit(255)"}}
	for i, p := range ps {
		label := labels[i]
		fmt.Println(label, "before:", ec(p), py(p.IsAlive()))
		if err := p.Start(); err != nil {
			fmt.Println(err)
		}
		p.Join()
		fmt.Println(label, "after:", ec(p), py(p.IsAlive()), p.GetName())
	}
}
