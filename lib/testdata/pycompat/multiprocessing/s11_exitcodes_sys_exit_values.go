package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func ends(how string) {
	switch how {
	case "return":
		return
	case "exit0":
		os.Exit(0)
	case "exit7":
		os.Exit(7)
	case "raise":
		panic("RuntimeError: boom")
	}
}

func main() {
	multiprocessing.Main(ends)
	for _, how := range []string{"return", "exit0", "exit7", "raise"} {
		p := &multiprocessing.Process{Target: ends, Args: []any{how}}
		p.Start()
		p.Join()
		fmt.Println(how, p.ExitCode())
	}
}
