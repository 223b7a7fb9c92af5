package main

import (
	"fmt"
	"runtime"
	"strings"
)

// runtime.FuncForPC names a func literal of a package-level variable's
// initializer main.init.funcN (numbered among those literals, in the
// order the variables are initialized), and one in main main.main.funcN.
func here() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

func caller() string {
	pc, _, _, ok := runtime.Caller(1)
	if !ok {
		return "?"
	}
	name := runtime.FuncForPC(pc).Name()
	return name[strings.LastIndex(name, "/")+1:]
}

var first = func() string { return caller() }

var table = map[string]func() string{
	"a": func() string { return caller() },
}

var second, count = func() string { return caller() }, 2

type handler struct{ run func() string }

var h = handler{run: func() string { return caller() }}

func main() {
	fmt.Println(here())
	fmt.Println(first())
	fmt.Println(table["a"]())
	fmt.Println(second(), count)
	fmt.Println(h.run())
	local := func() string { return caller() }
	fmt.Println(local())
}
