package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func site() string {
	pc, _, line, _ := runtime.Caller(1)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), ":", line)
}

func main() {
	for i := 0; i < 2; i++ {
		fmt.Println(site())
	}
	for _, s := range []string{"a"} {
		switch s {
		case "a":
			x := site()
			fmt.Println(x)
		}
	}
	if v := site(); v != "" {
		fmt.Println(v)
	}
}
