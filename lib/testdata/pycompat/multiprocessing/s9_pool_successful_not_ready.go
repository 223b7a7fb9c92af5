package main

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slow() int {
	time.Sleep(500 * time.Millisecond)
	return 1
}

func main() {
	multiprocessing.Main(slow)
	pool := multiprocessing.NewPool(1)
	r := pool.ApplyAsync(slow)
	fmt.Println(pyBool(r.Ready()))
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(regexp.MustCompile(" at 0x[0-9a-f]+").ReplaceAllString(fmt.Sprint(e), ""))
			}
		}()
		r.Successful()
	}()
	if _, err := r.GetTimeout(10 * time.Millisecond); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("TimeoutError")
	}
	v, _ := r.Get()
	fmt.Println(v)
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
