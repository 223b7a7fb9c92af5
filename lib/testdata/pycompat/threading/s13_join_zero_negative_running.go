package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	t := &threading.Thread{Target: gate.Wait, Name: "sleeper"}
	t.Start()
	for _, to := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.05", 50 * time.Millisecond}} {
		t.JoinTimeout(to.d)
		fmt.Println("join", to.text, "->", "None", "alive", pyBool(t.IsAlive()))
	}
	gate.Set()
	t.Join()
	fmt.Println("join() ->", "None", "alive", pyBool(t.IsAlive()))
	t.JoinTimeout(0)
	t.JoinTimeout(-5 * time.Second)
	fmt.Println("join again ->", "None", "None", pyBool(t.IsAlive()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
