package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type QueryErr struct {
	error
	Query string
}

func (q QueryErr) Unwrap() error { return q.error }

type Temporary struct{ error }

func (Temporary) Temporary() bool { return true }

type withCode struct {
	error
	code int
}

func run(q string) error {
	switch q {
	case "eof":
		return QueryErr{io.EOF, q}
	case "tmp":
		return Temporary{fmt.Errorf("net: %w", os.ErrDeadlineExceeded)}
	case "code":
		return &withCode{errors.New("bad input"), 400}
	}
	return nil
}

func main() {
	for _, q := range []string{"eof", "tmp", "code", "ok"} {
		err := run(q)
		var qe QueryErr
		var tmp interface{ Temporary() bool }
		var wc *withCode
		fmt.Printf("%-4s %-36v eof=%-5v qe=%-5v tmp=%-5v code=%v\n", q, err,
			errors.Is(err, io.EOF), errors.As(err, &qe), errors.As(err, &tmp), errors.As(err, &wc))
		if wc != nil {
			fmt.Println("  code", wc.code, wc.Error())
		}
	}
	e := QueryErr{Query: "nil inner"}
	fmt.Println(e.error == nil, e.Query)
	fmt.Printf("%+v\n", withCode{errors.New("x"), 1})
	fmt.Println(errors.Is(run("tmp"), os.ErrDeadlineExceeded))
}
