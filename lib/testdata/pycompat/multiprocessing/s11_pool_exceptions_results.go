package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func safe_div(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("ZeroDivisionError: integer division or modulo by zero")
	}
	return a / b, nil
}

func main() {
	multiprocessing.Main(safe_div)
	pool := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for _, b := range []int{2, 0, 5} {
		rs = append(rs, pool.ApplyAsync(safe_div, 10, b))
	}
	for _, r := range rs {
		r.Wait()
		fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()))
		if v, err := r.Get(); err != nil {
			fmt.Println(err)
		} else {
			fmt.Println("value", v)
		}
	}
	if _, err := pool.Map(safe_div, []int{1, 2}); err != nil {
		fmt.Println(err)
	}
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
