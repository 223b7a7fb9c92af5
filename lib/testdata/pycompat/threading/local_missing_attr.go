package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}

func has(l *threading.Local, name string) bool {
	_, ok := l.Lookup(name)
	return ok
}

func main() {
	var data threading.Local
	try(func() { data.Get("missing") })
	data.Set("n", 1)
	fmt.Println(pyBool(has(&data, "n")), pyBool(has(&data, "m")))
	data.Delete("n")
	fmt.Println(pyBool(has(&data, "n")))
	try(func() { data.Delete("n") })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
