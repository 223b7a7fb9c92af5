package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func boom(kind string) any {
	switch kind {
	case "key":
		panic("KeyError: 'missing'")
	case "index":
		panic("IndexError: list index out of range")
	case "zero":
		panic("ZeroDivisionError: integer division or modulo by zero")
	case "type":
		panic(`TypeError: can only concatenate str (not "int") to str`)
	}
	return "fine"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	for _, kind := range []string{"key", "index", "zero", "type", "ok"} {
		f := ex.Submit(func() any { return boom(kind) })
		if e := f.Exception(); e != nil {
			name, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(kind, name, msg)
		} else {
			r, _ := f.Result()
			fmt.Println(kind, "None", r)
		}
	}
	ex.Shutdown(true, false)
}
