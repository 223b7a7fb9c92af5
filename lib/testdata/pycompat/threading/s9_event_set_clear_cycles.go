package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var e, ack threading.Event
var log []int

func worker() {
	for i := range 3 {
		e.Wait()
		e.Clear()
		log = append(log, i)
		ack.Set()
	}
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	for range 3 {
		e.Set()
		ack.Wait()
		ack.Clear()
	}
	t.Join()
	fmt.Printf("[%d, %d, %d] %s %s\n", log[0], log[1], log[2], pyBool(e.IsSet()), pyBool(ack.IsSet()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
