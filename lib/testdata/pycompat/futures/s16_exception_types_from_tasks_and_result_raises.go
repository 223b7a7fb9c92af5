package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func fail(kind string) any {
	switch kind {
	case "key":
		panic(errors.New("KeyError: 'missing'"))
	case "index":
		panic(errors.New("IndexError: list index out of range"))
	case "type":
		panic(errors.New(`TypeError: can only concatenate str (not "int") to str`))
	case "custom":
		panic(errors.New("RuntimeError: custom text"))
	}
	return kind
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	kinds := []string{"key", "index", "type", "custom", "fine"}
	fs := map[string]*futures.Future{}
	for _, k := range kinds {
		k := k
		fs[k] = ex.Submit(func() any { return fail(k) })
	}
	for _, k := range kinds {
		f := fs[k]
		if e := f.Exception(); e != nil {
			kind, msg, _ := strings.Cut(e.Error(), ": ")
			fmt.Println(k, kind, msg)
		} else {
			v, _ := f.Result()
			fmt.Println(k, "None", v)
		}
	}
	if _, err := fs["custom"].Result(); err != nil {
		kind, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Printf("result() raises: %s('%s')\n", kind, msg)
	}
	ex.Shutdown(true, false)
}
