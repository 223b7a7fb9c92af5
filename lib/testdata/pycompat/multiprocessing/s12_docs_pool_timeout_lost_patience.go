package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(x int) int { return x * x }

func getpid() int { return os.Getpid() }

func sleep(s int) { time.Sleep(time.Duration(s) * time.Second) }

func main() {
	multiprocessing.Main(f, getpid, sleep)
	pool := multiprocessing.NewPool(4)
	rs, _ := pool.Map(f, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	for it := pool.ImapUnordered(f, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}); it.Next(); {
	}
	res := pool.ApplyAsync(f, 20)
	v, _ := res.GetTimeout(time.Second)
	fmt.Println(v)
	res = pool.ApplyAsync(getpid)
	v, _ = res.GetTimeout(time.Second)
	fmt.Println(pyBool(v.(int) != os.Getpid()))
	var multiple []*multiprocessing.AsyncResult
	for range 4 {
		multiple = append(multiple, pool.ApplyAsync(getpid))
	}
	n := 0
	for _, r := range multiple {
		if _, err := r.GetTimeout(time.Second); err == nil {
			n++
		}
	}
	fmt.Println(n)
	res = pool.ApplyAsync(sleep, 10)
	if _, err := res.GetTimeout(time.Second); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("We lacked patience and got a multiprocessing.TimeoutError")
	}
	fmt.Println("For the moment, the pool remains available for more work")
	pool.Terminate()
	fmt.Println("Now the pool is closed and no longer available")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
