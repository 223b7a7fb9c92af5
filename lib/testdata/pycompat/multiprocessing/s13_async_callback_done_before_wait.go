package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square(x any) int {
	n, ok := x.(int)
	if !ok {
		panic(fmt.Sprintf("TypeError: unsupported operand type(s) for *: '%T' and '%T'", x, x))
	}
	return n * n
}

func main() {
	multiprocessing.Main(square)
	var got []string
	slowCollect := func(v any, err error) {
		time.Sleep(300 * time.Millisecond)
		if err != nil {
			name, _, _ := strings.Cut(err.Error(), ":")
			got = append(got, "'"+name+"'")
			return
		}
		if l, ok := v.([]any); ok {
			var s []string
			for _, x := range l {
				s = append(s, fmt.Sprint(x))
			}
			got = append(got, "["+strings.Join(s, ", ")+"]")
		} else {
			got = append(got, fmt.Sprint(v))
		}
	}
	pool := multiprocessing.NewPool(2)
	r := pool.MapAsync(square, []any{1, 2, 3})
	r.AddDoneCallback(slowCollect)
	r.Wait()
	fmt.Println("after wait:", "["+strings.Join(got, ", ")+"]", map[bool]string{true: "True", false: "False"}[r.Ready()])
	a := pool.ApplyAsync(square, 7)
	a.AddDoneCallback(slowCollect)
	v, _ := a.GetTimeout(30 * time.Second)
	fmt.Println("get:", v, "["+strings.Join(got, ", ")+"]")
	e := pool.ApplyAsync(square, "x")
	e.AddDoneCallback(slowCollect)
	e.WaitTimeout(30 * time.Second)
	fmt.Println("after error:", strings.Trim(got[len(got)-1], "'"), map[bool]string{true: "True", false: "False"}[e.Successful()])
	pool.Terminate()
}
