package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

// exitWith is Python's sys.exit(arg): an int is the exit code, None is 0,
// a message goes to stderr and the code is 1.
func exitWith(arg any) {
	switch a := arg.(type) {
	case int:
		os.Exit(a)
	case nil:
		os.Exit(0)
	case string:
		fmt.Fprintln(os.Stderr, a)
		os.Exit(1)
	}
}

func main() {
	multiprocessing.Main(exitWith)
	for _, arg := range []any{0, 3, nil, "bye from child"} {
		p := &multiprocessing.Process{Target: exitWith, Args: []any{arg}}
		p.Start()
		p.Join()
		r := fmt.Sprint(arg)
		switch a := arg.(type) {
		case nil:
			r = "None"
		case string:
			r = "'" + a + "'"
		}
		fmt.Println(r, "->", p.ExitCode())
	}
}
