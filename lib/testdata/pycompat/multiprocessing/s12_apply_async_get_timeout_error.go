package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func slow(x int) int {
	time.Sleep(2 * time.Second)
	return x
}

func main() {
	multiprocessing.Main(slow)
	pool := multiprocessing.NewPool(1)
	r := pool.ApplyAsync(slow, 5)
	if _, err := r.GetTimeout(50 * time.Millisecond); errors.Is(err, multiprocessing.ErrTimeout) {
		fmt.Println("TimeoutError", "''", pyBool(r.Ready()))
	}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(strings.ReplaceAll(regexp.MustCompile(`: | at 0x[0-9a-f]+`).ReplaceAllString(fmt.Sprint(e), " "), " >", ">"))
			}
		}()
		r.Successful()
	}()
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(v, pyBool(r.Ready()), pyBool(r.Successful()))
	pool.Terminate()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
