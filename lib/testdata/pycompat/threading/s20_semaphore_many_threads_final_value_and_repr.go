package main

import (
	"fmt"
	"regexp"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	s := threading.NewSemaphore(4)
	var done []int
	var lock threading.Lock
	w := func(i int) {
		s.Acquire()
		defer s.Release()
		lock.Acquire()
		done = append(done, i)
		lock.Release()
	}
	var ts []*threading.Thread
	for i := 0; i < 25; i++ {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(done)
	ok := len(done) == 25
	for i, d := range done {
		ok = ok && d == i
	}
	fmt.Println(len(done), map[bool]string{true: "True", false: "False"}[ok], s.Value())
	re := regexp.MustCompile(`<Semaphore#\d+`)
	fmt.Println(re.ReplaceAllString(s.String(), "<threading.Semaphore"))
	s.Acquire()
	s.Acquire()
	fmt.Println(re.ReplaceAllString(s.String(), "<threading.Semaphore"))
}
