package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	q := queue.New(2)
	var ps []*threading.Thread
	for _, base := range []int{0, 100} {
		base := base
		ps = append(ps, &threading.Thread{Target: func() {
			for i := 0; i < 5; i++ {
				q.Put(base + i)
			}
		}})
	}
	for _, p := range ps {
		p.Start()
	}
	var got []int
	for i := 0; i < 10; i++ {
		got = append(got, q.Get().(int))
	}
	for _, p := range ps {
		p.Join()
	}
	var low, high []int
	for _, x := range got {
		if x < 100 {
			low = append(low, x)
		} else {
			high = append(high, x)
		}
	}
	all := append([]int(nil), got...)
	sort.Ints(all)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(all), " ", ", "))
	fmt.Println("each producer in order:", py(sort.IntsAreSorted(low)), py(sort.IntsAreSorted(high)))
	fmt.Println(q.Qsize(), py(q.Empty()))
}
