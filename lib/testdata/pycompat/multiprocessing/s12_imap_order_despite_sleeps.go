package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func late(x int) int {
	if x == 0 {
		time.Sleep(300 * time.Millisecond)
	} else {
		time.Sleep(10 * time.Millisecond)
	}
	return x * 2
}

func list(v []int) string { return strings.ReplaceAll(fmt.Sprint(v), " ", ", ") }

func main() {
	multiprocessing.Main(late)
	pool := multiprocessing.NewPool(3)
	var a, b []int
	for it := pool.Imap(late, []int{0, 1, 2, 3, 4}); it.Next(); {
		a = append(a, it.Value().(int))
	}
	fmt.Println(list(a))
	for it := pool.ImapUnordered(late, []int{0, 1, 2, 3, 4}); it.Next(); {
		b = append(b, it.Value().(int))
	}
	sort.Ints(b)
	fmt.Println(list(b))
	rs, _ := pool.Map(late, []int{3, 0, 1})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(rs), " ", ", "))
	pool.Terminate()
}
