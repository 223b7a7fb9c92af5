package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func normal() {}

func exit0() { os.Exit(0) }

func exitNone() { os.Exit(0) }

func exit2() { os.Exit(2) }

func hard5() { os.Exit(5) }

func main() {
	multiprocessing.Main(normal, exit0, exitNone, exit2, hard5)
	names := []string{"normal", "exit0", "exit_none", "exit2", "hard5"}
	for i, f := range []string{"normal", "exit0", "exitNone", "exit2", "hard5"} {
		p := &multiprocessing.Process{Target: f}
		if err := p.Start(); err != nil {
			fmt.Println(err)
		}
		p.Join()
		fmt.Println(names[i], p.ExitCode())
	}
}
