package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var goEv threading.Event
	py := map[bool]string{true: "True", false: "False"}
	t := &threading.Thread{Target: goEv.Wait}
	t.Start()
	t.JoinTimeout(0)
	fmt.Println("None", py[t.IsAlive()])
	t.JoinTimeout(50 * time.Millisecond)
	fmt.Println("None", py[t.IsAlive()])
	goEv.Set()
	t.Join()
	fmt.Println("None", py[t.IsAlive()])
	t.JoinTimeout(0)
	fmt.Println("None", py[t.IsAlive()])
}
