package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func list(xs []int) string {
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func sorted(xs []int) []int {
	ys := append([]int(nil), xs...)
	sort.Ints(ys)
	return ys
}

func main() {
	var c threading.Condition
	var woken []int
	waiting := 0
	w := func(i int) {
		c.Acquire()
		defer c.Release()
		waiting++
		c.Wait()
		woken = append(woken, i)
	}
	var ts []*threading.Thread
	for i := 0; i < 5; i++ {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for k, t := range ts {
		t.Start()
		for {
			c.Acquire()
			ok := waiting == k+1
			c.Release()
			if ok {
				break
			}
			time.Sleep(time.Millisecond)
		}
	}
	c.Acquire()
	c.Notify(2)
	c.Release()
	time.Sleep(100 * time.Millisecond)
	c.Acquire()
	fmt.Println(list(sorted(woken)), 5-len(woken))
	c.Notify(0)
	c.Notify(-1)
	fmt.Println(5 - len(woken))
	c.NotifyAll()
	c.Release()
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(pb(woken[0]+woken[1] == 1 && woken[0]*woken[1] == 0), list(sorted(woken)), 0)
}
