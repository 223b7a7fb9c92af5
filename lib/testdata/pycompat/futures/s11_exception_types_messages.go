package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func fail(kind string) any {
	switch kind {
	case "value":
		panic("ValueError: bad value")
	case "zero":
		panic("ZeroDivisionError: integer division or modulo by zero")
	case "key":
		panic("KeyError: 'missing'")
	}
	return kind
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, k := range []string{"value", "zero", "key", "fine"} {
		fs = append(fs, ex.Submit(func() any { return fail(k) }))
	}
	for _, f := range fs {
		if e := f.Exception(); e != nil {
			kind, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(kind, msg)
		} else {
			r, _ := f.Result()
			fmt.Println("None", r)
		}
	}
	ex.Shutdown(true, false)
}
