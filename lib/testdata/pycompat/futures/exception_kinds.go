package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func bad(kind string) any {
	switch kind {
	case "key":
		panic("KeyError: 'missing'")
	case "index":
		panic("IndexError: list index out of range")
	case "type":
		panic("TypeError: unsupported operand type(s) for +: 'int' and 'str'")
	}
	panic("RuntimeError: custom")
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, k := range []string{"key", "index", "type", "runtime"} {
		fs = append(fs, ex.Submit(func() any { return bad(k) }))
	}
	for _, f := range fs {
		fmt.Println(f.Exception())
	}
	ex.Shutdown(true, false)
}
