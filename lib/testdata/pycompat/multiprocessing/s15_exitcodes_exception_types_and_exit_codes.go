package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func raisesValue() {
	panic("ValueError: bad")
}

func exits(code int) {
	os.Exit(code)
}

func fine() string {
	return "ignored"
}

func main() {
	multiprocessing.Main(raisesValue, exits, fine)
	procs := []*multiprocessing.Process{
		{Target: raisesValue, Name: "value"},
		{Target: exits, Args: []any{7}, Name: "exit7"},
		{Target: exits, Args: []any{0}, Name: "exit0"},
		{Target: fine, Name: "fine"},
		{Target: exits, Args: []any{1}, Name: "exit1"},
	}
	for _, p := range procs {
		p.Start()
	}
	for _, p := range procs {
		p.Join()
	}
	clean := 0
	for _, p := range procs {
		fmt.Println(p.GetName(), p.ExitCode(), map[bool]string{true: "True", false: "False"}[p.IsAlive()])
		if p.ExitCode() == 0 {
			clean++
		}
	}
	fmt.Println(clean, "clean")
}
