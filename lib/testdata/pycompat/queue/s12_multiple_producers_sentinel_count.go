package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(0)
	const N = 3
	producer := func(pid int) {
		for i := range 4 {
			q.Put([2]int{pid, i})
		}
		q.Put(nil)
	}
	for p := range N {
		(&threading.Thread{Target: func() { producer(p) }}).Start()
	}
	done := 0
	var got [][2]int
	for done < N {
		x := q.Get()
		if x == nil {
			done++
		} else {
			got = append(got, x.([2]int))
		}
	}
	sort.Slice(got, func(i, j int) bool {
		if got[i][0] != got[j][0] {
			return got[i][0] < got[j][0]
		}
		return got[i][1] < got[j][1]
	})
	t := func(p [2]int) string { return fmt.Sprintf("(%d, %d)", p[0], p[1]) }
	fmt.Printf("%d [%s, %s] %s %s\n", len(got), t(got[0]), t(got[1]), t(got[len(got)-1]), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
