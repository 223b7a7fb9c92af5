package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

type AppError struct{ msg string }

func (e *AppError) Error() string { return e.msg }

func fails() any {
	panic(&AppError{"disk full"})
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(fails)
	e := f.Exception()
	var ae *AppError
	fmt.Println("AppError", e.Error(), pyBool(errors.As(e, &ae)))
	_, again := f.Result()
	var ae2 *AppError
	errors.As(again, &ae2)
	fmt.Println(pyBool(ae2 == ae))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
