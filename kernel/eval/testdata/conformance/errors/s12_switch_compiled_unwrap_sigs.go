package main

import (
	"errors"
	"fmt"
	"io"
)

type Unwrapper interface{ Unwrap() error }

type Multi interface{ Unwrap() []error }

func kind(err error) string {
	switch u := err.(type) {
	case Multi:
		return fmt.Sprint("multi ", len(u.Unwrap()), " ", u)
	case Unwrapper:
		return fmt.Sprint("single ", u.Unwrap(), " | ", u)
	case interface{ Timeout() bool }:
		return fmt.Sprint("timeout ", u.Timeout())
	}
	return "leaf " + err.Error()
}

func main() {
	one := fmt.Errorf("read: %w", io.EOF)
	two := fmt.Errorf("both: %w, %w", io.EOF, io.ErrClosedPipe)
	joined := errors.Join(io.EOF, io.ErrUnexpectedEOF)
	for _, e := range []error{one, two, joined, io.EOF} {
		fmt.Println(kind(e))
	}
	_, isMulti := error(one).(Multi)
	_, isSingle := error(one).(Unwrapper)
	_, anonMulti := error(one).(interface{ Unwrap() []error })
	_, twoSingle := two.(interface{ Unwrap() error })
	fmt.Println(isMulti, isSingle, anonMulti, twoSingle)
	var a any = joined
	switch v := a.(type) {
	case interface{ Unwrap() error }:
		fmt.Println("wrong", v)
	case interface{ Unwrap() []error }:
		fmt.Println("joined of", len(v.Unwrap()))
	}
}
