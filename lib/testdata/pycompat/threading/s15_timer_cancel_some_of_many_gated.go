package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	fired []string
	lock  threading.Lock
)

func ring(name string) {
	lock.Acquire()
	fired = append(fired, name)
	lock.Release()
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func show() string {
	s := append([]string{}, fired...)
	sort.Strings(s)
	return "['" + strings.Join(s, "', '") + "']"
}

func main() {
	names := []string{"a", "b", "c", "d", "e"}
	timers := map[string]*threading.Timer{}
	for i, name := range names {
		d := 60 * time.Second
		if i%2 == 0 {
			d = 0
		}
		timers[name] = threading.NewTimer(d, func() { ring(name) })
	}
	for _, n := range names {
		timers[n].Start()
	}
	for _, n := range []string{"b", "d"} {
		timers[n].Cancel()
	}
	for _, n := range names {
		timers[n].Join()
	}
	fmt.Println(show())
	var alive []string
	for _, n := range names {
		alive = append(alive, fmt.Sprintf("'%s': %s", n, py(timers[n].IsAlive())))
	}
	fmt.Println("{" + strings.Join(alive, ", ") + "}")
	t := threading.NewTimer(60*time.Second, func() { ring("late") })
	t.Cancel()
	t.Start()
	t.Join()
	fmt.Println(show(), py(t.IsAlive()))
}
