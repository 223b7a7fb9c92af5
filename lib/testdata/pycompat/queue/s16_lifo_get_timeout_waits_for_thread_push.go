package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	stack := queue.NewLifoQueue(0)
	var pushed threading.Event
	if _, err := stack.GetTimeout(200 * time.Millisecond); errors.Is(err, queue.ErrEmpty) {
		fmt.Println("empty stack times out")
	}
	t := &threading.Thread{Target: func() {
		for _, x := range []string{"a", "b", "c"} {
			stack.Put(x)
		}
		pushed.Set()
	}}
	t.Start()
	pushed.Wait()
	t.Join()
	a, _ := stack.GetTimeout(time.Second)
	b, _ := stack.GetTimeout(time.Second)
	c, _ := stack.GetTimeout(time.Second)
	fmt.Printf("['%v', '%v', '%v'] %d\n", a, b, c, stack.Qsize())
}
