package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	delays := make([]time.Duration, 12)
	for i := range delays {
		delays[i] = time.Duration((i*7)%12) * time.Millisecond
	}
	slowSquare := func(i int) int {
		time.Sleep(delays[i])
		return i * i
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := 0; i < 12; i++ {
		fs = append(fs, ex.Submit(func() any { return slowSquare(i) }))
	}
	var rs []string
	all, sum := true, 0
	for _, f := range fs {
		r, _ := f.Result()
		rs = append(rs, fmt.Sprint(r))
		all = all && f.Done()
		sum += r.(int)
	}
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	fmt.Println(map[bool]string{true: "True", false: "False"}[all], sum)
	ex.Shutdown(true, false)
}
