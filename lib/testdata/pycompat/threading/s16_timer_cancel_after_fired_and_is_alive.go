package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var fired threading.Event
	t := threading.NewTimer(50*time.Millisecond, fired.Set)
	t.Start()
	fmt.Println("fired:", py(fired.WaitTimeout(30*time.Second)))
	t.Join()
	t.Cancel()
	fmt.Println("cancel after firing is harmless:", py(t.IsAlive()), py(fired.IsSet()))
	u := threading.NewTimer(30*time.Second, fired.Clear)
	u.Start()
	fmt.Println("waiting timer alive:", py(u.IsAlive()))
	u.Cancel()
	u.JoinTimeout(30 * time.Second)
	fmt.Println("cancelled timer ended:", py(u.IsAlive()), py(fired.IsSet()))
}
