package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

type KeyError struct{ key string }

func (e KeyError) Error() string { return "'" + e.key + "'" }

type TypeError struct{ msg string }

func (e TypeError) Error() string { return e.msg }

func boom(kind string) any {
	switch kind {
	case "key":
		panic(KeyError{"missing"})
	case "type":
		panic(TypeError{"bad type"})
	}
	return kind
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, k := range []string{"ok", "key", "type"} {
		fs = append(fs, ex.Submit(func() any { return boom(k) }))
	}
	futures.Wait(fs, futures.AllCompleted)
	for _, f := range fs {
		e := f.Exception()
		var ke KeyError
		var te TypeError
		switch {
		case e == nil:
			fmt.Println("NoneType", "None")
		case errors.As(e, &ke):
			fmt.Println("KeyError", e)
		case errors.As(e, &te):
			fmt.Println("TypeError", e)
		}
	}
	ex.Shutdown(true, false)
}
