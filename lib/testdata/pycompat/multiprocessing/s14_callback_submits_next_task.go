package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func square(x int) int {
	return x * x
}

func main() {
	multiprocessing.Main(square)
	var done threading.Event
	var chain []int
	pool := multiprocessing.NewPool(2)
	var onResult func(v any, err error)
	onResult = func(v any, err error) {
		chain = append(chain, v.(int))
		if len(chain) < 4 {
			pool.ApplyAsync(square, v.(int)+1).AddDoneCallback(onResult)
		} else {
			done.Set()
		}
	}
	pool.ApplyAsync(square, 1).AddDoneCallback(onResult)
	fmt.Println("chain finished:", map[bool]string{true: "True", false: "False"}[done.WaitTimeout(30*time.Second)])
	pool.Terminate()
	s := make([]string, len(chain))
	for i, v := range chain {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}
