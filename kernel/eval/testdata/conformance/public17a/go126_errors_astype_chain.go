package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &wrapped{"parse age", err}
	}
	if n < 0 {
		return 0, &wrapped{"check age", ValidationError{"age"}}
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "x", "-1"} {
		_, err := parseAge(in)
		if err == nil {
			fmt.Println(in, "ok")
			continue
		}
		if ne, ok := errors.AsType[*strconv.NumError](err); ok {
			fmt.Println(in, "num error:", ne.Func, ne.Num)
		}
		if ve, ok := errors.AsType[ValidationError](err); ok {
			fmt.Println(in, "validation:", ve.Field)
		}
		if w, ok := errors.AsType[*wrapped](err); ok {
			fmt.Println(in, "wrapped msg:", w.msg)
		}
	}
}
