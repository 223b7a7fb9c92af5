package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func boom(kind string) any {
	switch kind {
	case "index":
		panic("IndexError: list index out of range")
	case "type":
		panic("TypeError: unsupported operand type(s) for +: 'int' and 'str'")
	case "attr":
		panic("AttributeError: 'NoneType' object has no attribute 'missing'")
	}
	panic("RuntimeError: " + kind)
}

func main() {
	ex := &futures.ThreadPoolExecutor{}
	for _, kind := range []string{"index", "type", "attr", "custom"} {
		e := ex.Submit(func() any { return boom(kind) }).Exception()
		fmt.Println(e)
	}
	ex.Shutdown(true, false)
}
