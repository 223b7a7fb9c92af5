package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
)

type codeError struct{ code int }

func (e *codeError) Error() string { return "code " + strconv.Itoa(e.code) }

func main() {
	_, numErr := strconv.Atoi("x")
	err := errors.Join(fmt.Errorf("wrap: %w", &codeError{404}), numErr, fs.ErrPermission)
	if ce, ok := errors.AsType[*codeError](err); ok {
		fmt.Println("code:", ce.code)
	}
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println("num:", ne.Func, ne.Num)
	}
	_, ok := errors.AsType[*fs.PathError](err)
	fmt.Println(ok, errors.Is(err, fs.ErrPermission))
}
