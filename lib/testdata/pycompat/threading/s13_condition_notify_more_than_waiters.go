package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type wake struct {
	i int
	r bool
}

func main() {
	var c threading.Condition
	var woken []wake
	waiter := func(i int) {
		c.Acquire()
		r := c.WaitTimeout(5 * time.Second)
		woken = append(woken, wake{i, r})
		c.Release()
	}
	re := regexp.MustCompile(`, (\d+)\)>$`)
	waiting := func() int {
		n, _ := strconv.Atoi(re.FindStringSubmatch(c.String())[1])
		return n
	}
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { waiter(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for {
		c.Acquire()
		n := waiting()
		c.Release()
		if n == 3 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	c.Acquire()
	c.Notify(2)
	fmt.Println("notify(2) leaves", waiting(), "waiting")
	c.Notify(10)
	fmt.Println("notify(10) leaves", waiting(), "waiting")
	c.Notify(10)
	c.NotifyAll()
	c.Release()
	for _, t := range ts {
		t.Join()
	}
	sort.Slice(woken, func(a, b int) bool { return woken[a].i < woken[b].i })
	fmt.Print("[")
	for k, w := range woken {
		if k > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("(%d, %s)", w.i, pyBool(w.r))
	}
	fmt.Println("]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
