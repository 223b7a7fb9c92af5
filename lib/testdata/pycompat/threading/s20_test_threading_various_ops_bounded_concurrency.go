// After CPython's Lib/test/test_threading.py ThreadTests.test_various_ops.
package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

const NUMTASKS = 10

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	sema := threading.NewBoundedSemaphore(3)
	var mutex threading.RLock
	running, peak := 0, 0
	task := func(delay time.Duration) {
		sema.Acquire()
		defer sema.Release()
		mutex.Acquire()
		running++
		peak = max(peak, running)
		mutex.Release()
		time.Sleep(delay)
		mutex.Acquire()
		running--
		mutex.Release()
	}
	var threads []*threading.Thread
	for i := 0; i < NUMTASKS; i++ {
		t := &threading.Thread{Target: func() { task(time.Duration(10*(i%3)) * time.Millisecond) }, Name: fmt.Sprintf("<thread %d>", i)}
		threads = append(threads, t)
		ident := "None"
		if t.Ident() != 0 {
			ident = fmt.Sprint(t.Ident())
		}
		fmt.Println(ident, t.String())
		t.Start()
	}
	allDead, allIdent := true, true
	for _, t := range threads {
		t.Join()
		allDead = allDead && !t.IsAlive()
		allIdent = allIdent && t.Ident() != 0
	}
	fmt.Println(pb(allDead), pb(allIdent))
	re := regexp.MustCompile(` -?\d+\)>$`)
	fmt.Printf("['%s', '%s']\n", re.ReplaceAllString(threads[0].String(), " N)>"), re.ReplaceAllString(threads[1].String(), " N)>"))
	fmt.Println(pb(peak <= 3), running, sema.Value())
}
