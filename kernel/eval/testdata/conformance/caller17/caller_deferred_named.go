package main

import (
	"fmt"
	"runtime"
)

func report(tag string) {
	_, _, line, ok := runtime.Caller(0)
	fmt.Println(tag, line, ok)
}

func work() {
	defer report("deferred")
	report("direct")
}

func main() {
	work()
}
