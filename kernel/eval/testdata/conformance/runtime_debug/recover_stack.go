package main

import (
	"fmt"
	"runtime/debug"
	"strings"
)

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			st := string(debug.Stack())
			err = fmt.Errorf("recovered %v (stack ok: %v)", r, strings.Contains(st, "goroutine"))
		}
	}()
	f()
	return nil
}

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("boom") }))
	fmt.Println(safe(func() {
		var m map[string]int
		m["x"] = 1
	}))
	debug.SetTraceback("all")
	fmt.Println("done")
}
