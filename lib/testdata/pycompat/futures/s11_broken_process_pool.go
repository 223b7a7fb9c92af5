package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x int) int {
	return x * x
}

func die(code int) int {
	os.Exit(code)
	return 0
}

func main() {
	multiprocessing.Main(square, die)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(square, 3).Result()
	fmt.Println(r)
	f := ex.Submit(die, 3)
	if _, err := f.Result(); errors.Is(err, futures.ErrBrokenProcessPool) {
		fmt.Println(err)
	}
	name := strings.SplitN(f.Exception().Error(), ":", 2)[0]
	fmt.Println(pyBool(f.Done()), pyBool(f.Cancelled()), name)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		ex.Submit(square, 2)
	}()
	ex.Shutdown(true, false)
	fmt.Println("shutdown")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
