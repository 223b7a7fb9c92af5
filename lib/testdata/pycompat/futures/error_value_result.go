package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

type AppError struct{ msg string }

func (e *AppError) Error() string { return e.msg }

func task(x int) any {
	if x < 0 {
		panic(&AppError{fmt.Sprintf("negative: %d", x)})
	}
	return x
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	for _, x := range []int{1, -1} {
		f := ex.Submit(func() any { return task(x) })
		r, err := f.Result()
		var ae *AppError
		if errors.As(err, &ae) {
			fmt.Println("AppError", ae, pyBool(errors.As(f.Exception(), &ae)))
		} else {
			fmt.Println("result", r)
		}
	}
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
