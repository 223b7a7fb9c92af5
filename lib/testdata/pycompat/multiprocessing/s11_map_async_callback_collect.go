package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(x int) int {
	return 2 * x
}

func main() {
	multiprocessing.Main(double)
	var collected []any
	pool := multiprocessing.NewPool(2)
	r := pool.MapAsync(double, []int{1, 2, 3})
	done := make(chan struct{})
	r.AddDoneCallback(func(v any, err error) {
		if err == nil {
			collected = append(collected, v)
		}
		close(done)
	})
	r.Wait()
	<-done
	v, _ := r.Get()
	fmt.Println(pyBool(r.Ready()), pyBool(r.Successful()), pyList(v))
	pool.Terminate()
	fmt.Println(pyList(collected))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
