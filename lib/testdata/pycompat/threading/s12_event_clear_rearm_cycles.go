package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var ev, done threading.Event
	var log []string
	waiter := func() {
		for i := range 3 {
			ev.Wait()
			log = append(log, fmt.Sprintf("'round %d'", i))
			ev.Clear()
			done.Set()
		}
	}
	t := &threading.Thread{Target: waiter}
	t.Start()
	for range 3 {
		done.Clear()
		ev.Set()
		done.Wait()
	}
	t.Join()
	fmt.Println("["+strings.Join(log, ", ")+"]", pyBool(ev.IsSet()), pyBool(done.IsSet()))
	fmt.Println(pyBool(ev.WaitTimeout(10*time.Millisecond)), pyBool(ev.WaitTimeout(0)))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
