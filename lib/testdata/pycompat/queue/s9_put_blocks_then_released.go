package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

var q = queue.New(2)
var log []string
var plog []string // the producer's own log: its order against main's is the scheduler's

func producer() {
	q.Put("c")
	plog = append(plog, "put c")
}

func main() {
	q.Put("a")
	q.Put("b")
	t := &threading.Thread{Target: producer}
	t.Start()
	t.JoinTimeout(50 * time.Millisecond)
	log = append(log, "alive "+pyBool(t.IsAlive()))
	log = append(log, "got "+q.Get().(string))
	t.Join()
	fmt.Println("['"+strings.Join(log, "', '")+"']", "['"+strings.Join(plog, "', '")+"']")
	fmt.Printf("['%v', '%v'] %s\n", q.Get(), q.Get(), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
