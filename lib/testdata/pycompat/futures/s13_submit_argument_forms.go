package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{}
	fs := []*futures.Future{
		ex.Submit(func() any { return 1 << 10 }),
		ex.Submit(func() any { s := []int{3, 1, 2}; sort.Sort(sort.Reverse(sort.IntSlice(s))); return s }),
		ex.Submit(func() any { return strings.Join([]string{"a", "b", "c"}, "-") }),
		ex.Submit(func() any { return map[string]int{"a": 1, "b": 2} }),
		ex.Submit(func() any {
			best := 4
			for _, v := range []int{9, 2} {
				if -v > -best {
					best = v
				}
			}
			return best
		}),
	}
	for _, f := range fs {
		r, _ := f.Result()
		switch v := r.(type) {
		case []int:
			fmt.Println(strings.ReplaceAll(fmt.Sprint(v), " ", ", "))
		case map[string]int:
			fmt.Printf("{'a': %d, 'b': %d}\n", v["a"], v["b"])
		default:
			fmt.Println(v)
		}
	}
	done, notDone := futures.WaitTimeout(fs, 5*time.Second, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	n := 0
	ch, errf := futures.AsCompletedTimeout(fs, 5*time.Second)
	for range ch {
		n++
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(n)
	ex.Shutdown(true, false)
}
