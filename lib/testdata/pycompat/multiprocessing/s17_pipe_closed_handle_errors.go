package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(g func() (any, error)) {
	defer func() {
		if r := recover(); r != nil {
			typ, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
			fmt.Printf("%s: '%s'\n", typ, msg)
		}
	}()
	v, err := g()
	switch {
	case errors.Is(err, io.EOF):
		fmt.Println("EOFError:", "''")
	case err != nil:
		typ, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Printf("%s: '%s'\n", typ, msg)
	case v == nil:
		fmt.Println("None")
	case v == true:
		fmt.Println("True")
	case v == false:
		fmt.Println("False")
	default:
		fmt.Printf("'%v'\n", v)
	}
}

func main() {
	r, w := multiprocessing.Pipe()
	w.Send("last")
	w.Close()
	show(func() (any, error) { return r.Poll(), nil })
	show(r.Recv)
	show(func() (any, error) { return r.Poll(), nil })
	show(r.Recv)
	r.Close()
	show(r.Recv)
	show(func() (any, error) { return nil, r.Send(1) })
	show(func() (any, error) { return r.Poll(), nil })
	show(func() (any, error) { return nil, r.Close() })
	fmt.Println(map[bool]string{true: "True"}[r.Closed()], map[bool]string{true: "True"}[w.Closed()])
}
