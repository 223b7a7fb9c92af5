package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	f := futures.NewFuture()
	fmt.Println(map[bool]string{true: "True", false: "False"}[f.Cancel()])
	for _, c := range []struct {
		name string
		call func() error
	}{
		{"result(timeout=0)", func() error { _, err := f.ResultTimeout(0); return err }},
		{"result(timeout=-1)", func() error { _, err := f.ResultTimeout(-time.Second); return err }},
		{"exception(timeout=0)", func() error { return f.ExceptionTimeout(0) }},
		{"result()", func() error { _, err := f.Result(); return err }},
	} {
		switch err := c.call(); {
		case errors.Is(err, futures.ErrCancelled):
			fmt.Println(c.name, "->", "CancelledError", "''")
		case errors.Is(err, futures.ErrTimeout):
			fmt.Println(c.name, "-> TimeoutError")
		}
	}
}
