package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func boom(kind string) any {
	switch kind {
	case "key":
		panic(errors.New("KeyError: 'k'"))
	case "type":
		panic(errors.New("TypeError: wrong type"))
	case "runtime":
		panic(errors.New("RuntimeError: bad state"))
	}
	return "fine"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	kinds := []string{"key", "type", "runtime", "none"}
	fs := map[string]*futures.Future{}
	for _, k := range kinds {
		fs[k] = ex.Submit(func() any { return boom(k) })
	}
	for _, k := range kinds {
		e := fs[k].Exception()
		if e == nil {
			fmt.Println(k, "NoneType", "None")
			continue
		}
		name, msg, _ := strings.Cut(e.Error(), ": ")
		fmt.Println(k, name, msg)
	}
	ex.Shutdown(true, false)
}
